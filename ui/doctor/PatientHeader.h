// The selected patient at the top of the doctor's view: name, id, access (EMERGENCY in red), the
// purpose reads are receipted with, "New encounter", and the clinical summary at a glance.
#pragma once

#include "client/ClientTypes.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace medchain::ui {

class PatientHeader : public QWidget {
    Q_OBJECT
public:
    explicit PatientHeader(QWidget *parent = nullptr);

    /// The patient shown, or none ("select a patient"); the summary is cleared when the patient
    /// changes.
    void setPatient(const std::optional<client::PatientEntry> &patient);
    const std::optional<client::PatientEntry> &patient() const { return m_patient; }
    /// The summary of the patient shown; one of another patient is ignored.
    void setSummary(const client::ClinicalSummary &summary);
    bool hasSummary() const { return m_summary.has_value(); }
    /// What a record opened now is read for, in the interface language (the receipt's purpose).
    QString purpose() const;

signals:
    void newEncounterRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showPatient();

    std::optional<client::PatientEntry> m_patient;
    std::optional<client::ClinicalSummary> m_summary;
    QLabel *m_name = nullptr;
    QLabel *m_emergency = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_access = nullptr;
    QLabel *m_purposeLabel = nullptr;
    QComboBox *m_purpose = nullptr;
    QPushButton *m_newEncounter = nullptr;
    QLabel *m_summaryText = nullptr;
};

} // namespace medchain::ui

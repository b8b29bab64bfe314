// The encounter form: a new record for a patient, or an amendment of the doctor's own record
// (prefilled, with a mandatory reason). Signed and submitted through the session; the draft stays
// bound to its patient, so switching patients never sends it to the wrong one.
#pragma once

#include "client/ClientTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class EncounterFields;
class PendingActions;

class EncounterForm : public QWidget {
    Q_OBJECT
public:
    explicit EncounterForm(client::Session &session, QWidget *parent = nullptr);

    /// The patient selected in the view. An empty form follows it; a draft stays with its own
    /// patient and cannot be submitted while another one is selected.
    void setSelectedPatient(const std::optional<client::PatientEntry> &patient);
    /// The selected patient's summary: its exams feed the repeated-exam warning.
    void setClinicalSummary(const client::ClinicalSummary &summary);
    /// A new encounter for the selected patient (a draft for them is kept), focus on the chief
    /// complaint.
    void startNew();
    /// An amendment of detail (the doctor's own record), prefilled with the version in force;
    /// asks first when that would discard a draft.
    void startAmendment(const client::RecordDetail &detail);

    bool isAmendment() const { return m_amending.has_value(); }
    bool isSubmitting() const { return m_submitting; }
    /// True when anything has been typed or added (an amendment always counts).
    bool hasDraft() const;
    /// What the form holds now, as the record's content.
    records::RecordContent content() const;
    /// What keeps the form from being submitted now, or an empty string.
    QString problem() const;

public slots:
    /// Validates, signs and submits (Ctrl+Enter).
    void submit();
    /// Asks before discarding a draft, then closes (Esc).
    void cancel();

signals:
    /// The chain has the new record (patient's id) or the proposed amendment (record id).
    void recordAdded(const QByteArray &patientId);
    void amendmentProposed(const QByteArray &recordId);
    /// The form was left (cancelled, or submitted successfully).
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// Empties every field and returns to a new encounter for the selected patient.
    void reset();
    void beginAmendment(const client::RecordDetail &detail);
    void showBinding();
    void showProblem(const QString &problem);
    void finishSubmit(bool ok);

    client::Session &m_session;
    std::optional<client::PatientEntry> m_selected;
    std::optional<client::PatientEntry> m_patient; // whom the draft is for
    std::optional<client::RecordDetail> m_amending;
    QList<client::ExamDone> m_examsDone; // of m_patient, from its summary
    bool m_submitting = false;

    QLabel *m_heading = nullptr;
    QLabel *m_mismatch = nullptr;
    EncounterFields *m_fields = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_submit = nullptr;
    PendingActions *m_actions = nullptr;
};

} // namespace medchain::ui

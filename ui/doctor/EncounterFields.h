// What the encounter form asks, as one scrollable body: category, time, complaint, diagnoses,
// prescriptions, exam orders, fees, notes and (when amending) the reason. No session, no patient.
#pragma once

#include "client/ClientTypes.h"

#include <QScrollArea>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace medchain::ui {

class DiagnosisSection;
class EncounterSection;
class ExamSection;
class FeeSection;
class PrescriptionSection;

class EncounterFields : public QScrollArea {
    Q_OBJECT
public:
    explicit EncounterFields(QWidget *parent = nullptr);

    records::RecordContent content() const;
    /// Fills every list and text from content (an amendment starts from the version in force).
    void setContent(const records::RecordContent &content);
    chain::RecordCategory category() const;
    void setCategory(chain::RecordCategory category);
    qint64 encounterTime() const; // ms since the epoch
    void setEncounterTime(qint64 msSinceEpoch);
    QString reason() const;
    /// An amendment keeps the record's category and time and asks for a reason.
    void setAmending(bool amending);
    /// The patient's exams, for the repeated-exam warning (see ExamSection::setHistory).
    void setExamHistory(const QList<client::ExamDone> &done, qint64 now, int days);

    /// True when anything has been typed or added.
    bool hasDraft() const;
    /// Empties everything; the time becomes now.
    void clear();
    /// Adds the lines typed but not added; the section's title when one cannot be (it then has
    /// the focus and says why), else an empty string.
    QString addTypedLines();
    /// The fields in tab order.
    QList<QWidget *> focusOrder() const;
    void focusComplaint();
    void focusReason();

signals:
    /// Something was typed, added or removed.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QList<EncounterSection *> sections() const;

    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_timeLabel = nullptr;
    QDateTimeEdit *m_time = nullptr;
    QLabel *m_complaintLabel = nullptr;
    QLineEdit *m_complaint = nullptr;
    DiagnosisSection *m_diagnoses = nullptr;
    PrescriptionSection *m_prescriptions = nullptr;
    ExamSection *m_exams = nullptr;
    FeeSection *m_fees = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace medchain::ui

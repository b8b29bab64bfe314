#include "doctor/EncounterForm.h"

#include "client/Session.h"
#include "doctor/EncounterChecks.h"
#include "doctor/EncounterFields.h"
#include "doctor/PatientListModel.h"
#include "patient/ConfirmBox.h"
#include "patient/PendingActions.h"
#include "patient/RecordFormat.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {
// A clock a little ahead of the node's is not a future encounter.
constexpr qint64 kClockSlackMs = 5 * 60 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool samePatient(const std::optional<client::PatientEntry> &a,
                 const std::optional<client::PatientEntry> &b)
{
    return a && b && a->patient.id == b->patient.id;
}
} // namespace

EncounterForm::EncounterForm(client::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("encounterForm"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("encounterPatient"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_mismatch = new QLabel(this);
    m_mismatch->setObjectName(QStringLiteral("encounterMismatch"));
    m_mismatch->setWordWrap(true);
    m_mismatch->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                  .arg(PatientListModel::emergencyColour().name()));
    m_mismatch->hide();
    m_fields = new EncounterFields(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("encounterMessage"));
    m_message->setWordWrap(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelEncounter"));
    m_cancel->setAutoDefault(false);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("submitEncounter"));
    m_submit->setAutoDefault(false); // Enter adds lines; Ctrl+Enter signs
    m_actions = new PendingActions(session, m_message, this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_mismatch);
    layout->addWidget(m_fields, 1);
    layout->addLayout(buttons);
    setTabOrder(m_fields->focusOrder().constLast(), m_submit);
    setTabOrder(m_submit, m_cancel);

    connect(m_submit, &QPushButton::clicked, this, &EncounterForm::submit);
    connect(m_cancel, &QPushButton::clicked, this, &EncounterForm::cancel);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *sign = new QShortcut(keys, this);
        sign->setContext(Qt::WidgetWithChildrenShortcut);
        connect(sign, &QShortcut::activated, this, &EncounterForm::submit);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &EncounterForm::cancel);
    // What was said about the form before it changed no longer holds.
    connect(m_fields, &EncounterFields::edited, this, [this] {
        if (!m_submitting)
            m_message->clear();
    });
    retranslateUi();
    reset();
}

void EncounterForm::setSelectedPatient(const std::optional<client::PatientEntry> &patient)
{
    m_selected = patient;
    if (samePatient(patient, m_patient)) {
        m_patient = patient; // fresher access state
    } else if (!m_submitting && !hasDraft()) {
        m_patient = patient;
        m_examsDone.clear();
        m_fields->setExamHistory({}, nowMs(), EncounterChecks::repeatExamDays());
    }
    showBinding();
}

void EncounterForm::setClinicalSummary(const client::ClinicalSummary &summary)
{
    if (!m_patient || summary.patient != m_patient->patient.id)
        return;
    m_examsDone = summary.exams;
    m_fields->setExamHistory(m_examsDone, nowMs(), EncounterChecks::repeatExamDays());
}

void EncounterForm::startNew()
{
    if (m_amending) {
        m_message->setText(tr("Submit or cancel the amendment first."));
    } else if (!m_patient || !hasDraft()) {
        m_patient = m_selected;
        m_fields->setEncounterTime(nowMs());
    }
    showBinding();
    m_fields->focusComplaint();
}

void EncounterForm::startAmendment(const client::RecordDetail &detail)
{
    if (m_submitting)
        return;
    if (!hasDraft()) {
        beginAmendment(detail);
        return;
    }
    askToConfirm(this, QStringLiteral("confirmDiscard"), tr("Discard the draft"),
                 tr("The form holds a draft that has not been submitted. Discard it and amend "
                    "the record instead?"),
                 tr("&Discard the draft"), [this, detail] { beginAmendment(detail); });
}

void EncounterForm::beginAmendment(const client::RecordDetail &detail)
{
    reset();
    m_amending = detail;
    m_fields->setCategory(detail.summary.category);
    m_fields->setEncounterTime(detail.summary.encounterTime);
    m_fields->setContent(detail.content);
    m_fields->setExamHistory(m_examsDone, nowMs(), EncounterChecks::repeatExamDays());
    showBinding();
    m_fields->focusReason();
}

bool EncounterForm::hasDraft() const
{
    return m_amending || m_fields->hasDraft();
}

records::RecordContent EncounterForm::content() const
{
    return m_fields->content();
}

QString EncounterForm::problem() const
{
    if (!m_patient)
        return tr("Select a patient first.");
    if (!samePatient(m_selected, m_patient))
        return tr("This draft is for %1. Select %1 again to submit it, or cancel it.")
            .arg(RecordFormat::party(m_patient->patient));
    const records::RecordContent written = content();
    if (const QString missing = EncounterChecks::missingContent(written); !missing.isEmpty())
        return missing;
    if (m_amending) {
        if (m_fields->reason().isEmpty())
            return tr("Give the reason for the amendment: the patient reads it before "
                      "confirming.");
        if (written == m_amending->content)
            return tr("The amendment changes nothing.");
    } else if (m_fields->encounterTime() > nowMs() + kClockSlackMs) {
        return tr("The encounter time is in the future.");
    }
    return {};
}

void EncounterForm::submit()
{
    if (m_submitting)
        return;
    // A line typed but not added counts: add it, or say why it cannot be.
    if (const QString section = m_fields->addTypedLines(); !section.isEmpty()) {
        showProblem(tr("Finish or clear the line being typed in “%1”.").arg(section));
        return;
    }
    if (const QString problemNow = problem(); !problemNow.isEmpty()) {
        showProblem(problemNow);
        return;
    }
    const QString who = RecordFormat::party(m_patient->patient);
    client::Session::ActionId id = 0;
    QString pending;
    QString failure;
    if (m_amending) {
        id = m_session.proposeAmendment(m_amending->summary.id, content(), m_fields->reason());
        pending
            = tr("Signing and sending the amendment for %1… (waiting for the next block)").arg(who);
        failure = tr("The amendment was not proposed");
    } else {
        id = m_session.addRecord(m_patient->patient.id, m_fields->category(),
                                 m_fields->encounterTime(), content());
        pending
            = tr("Signing and sending the record for %1… (waiting for the next block)").arg(who);
        failure = tr("The record was not added");
    }
    m_submitting = true;
    showBinding();
    m_actions->track(id, pending, failure, [this](bool ok, const QString &) { finishSubmit(ok); });
}

void EncounterForm::finishSubmit(bool ok)
{
    m_submitting = false;
    if (!ok) {
        showBinding(); // the draft stays for another try
        return;
    }
    const QString who = RecordFormat::party(m_patient->patient);
    const bool amendment = m_amending.has_value();
    const QByteArray patient = m_patient->patient.id.toByteArray();
    const QByteArray record = amendment ? m_amending->summary.id.toByteArray() : QByteArray();
    reset();
    m_message->setText(amendment ? tr("Amendment proposed to %1; it takes effect when they "
                                      "confirm it.")
                                       .arg(who)
                                 : tr("Record added to the chain for %1.").arg(who));
    if (amendment)
        emit amendmentProposed(record);
    else
        emit recordAdded(patient);
    emit closed();
}

void EncounterForm::cancel()
{
    if (m_submitting)
        return; // what was sent cannot be called back
    if (!hasDraft()) {
        reset();
        emit closed();
        return;
    }
    askToConfirm(this, QStringLiteral("confirmDiscard"), tr("Discard the draft"),
                 m_amending ? tr("Discard this amendment? The record stays as it is.")
                            : tr("Discard this encounter? Nothing has been sent."),
                 tr("&Discard"), [this] {
                     reset();
                     emit closed();
                 });
}

void EncounterForm::reset()
{
    m_amending.reset();
    m_patient = m_selected;
    m_fields->clear();
    m_message->clear();
    m_message->setStyleSheet(QString());
    showBinding();
}

void EncounterForm::showProblem(const QString &problem)
{
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(PatientListModel::emergencyColour().name()));
    m_message->setText(problem);
}

void EncounterForm::showBinding()
{
    m_fields->setAmending(m_amending.has_value());
    if (!m_patient)
        m_heading->setText(tr("Select a patient to write an encounter."));
    else if (m_amending)
        m_heading->setText(tr("Amendment of the record of %1 for %2")
                               .arg(RecordFormat::date(m_amending->summary.encounterTime),
                                    RecordFormat::party(m_patient->patient)));
    else
        m_heading->setText(tr("New encounter for %1 (ID %2…)")
                               .arg(RecordFormat::party(m_patient->patient),
                                    RecordFormat::shortHex(m_patient->patient.id.toByteArray())));
    const bool mismatch = m_patient && !samePatient(m_selected, m_patient);
    m_mismatch->setText(mismatch ? tr("This draft is for %1, not for the patient selected now. "
                                      "Select %1 again to submit it, or cancel it.")
                                       .arg(RecordFormat::party(m_patient->patient))
                                 : QString());
    m_mismatch->setVisible(mismatch);
    m_submit->setEnabled(m_patient && !mismatch && !m_submitting);
    m_cancel->setEnabled(!m_submitting);
    setEnabled(m_patient.has_value() || m_selected.has_value());
}

void EncounterForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EncounterForm::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Discard the draft (Esc)"));
    m_submit->setText(tr("Sign and su&bmit"));
    m_submit->setToolTip(tr("Sign with your key and send to the chain (Ctrl+Enter)"));
    showBinding();
}

} // namespace medchain::ui

#include "doctor/PatientHeader.h"

#include "doctor/ClinicalSummaryHtml.h"
#include "doctor/PatientListModel.h"
#include "patient/PartyText.h"
#include "patient/RecordFormat.h"
#include "patient/RecordHtml.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {
enum class Purpose { Treatment, Consultation, FollowUp, EmergencyCare };
}

PatientHeader::PatientHeader(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("patientHeader"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("patientName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_emergency = new QLabel(this);
    m_emergency->setObjectName(QStringLiteral("patientEmergency"));
    m_emergency->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                              "font-weight: bold; padding: 2px 6px; }")
                                   .arg(PatientListModel::emergencyColour().name()));
    m_emergency->hide();
    m_id = new QLabel(this);
    m_id->setObjectName(QStringLiteral("patientId"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_access = new QLabel(this);
    m_access->setObjectName(QStringLiteral("patientAccess"));
    m_access->setWordWrap(true);

    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("readPurpose"));
    m_purposeLabel = new QLabel(this);
    m_purposeLabel->setBuddy(m_purpose);
    m_newEncounter = new QPushButton(this);
    m_newEncounter->setObjectName(QStringLiteral("newEncounter"));
    connect(m_newEncounter, &QPushButton::clicked, this, &PatientHeader::newEncounterRequested);

    m_summaryText = new QLabel(this);
    m_summaryText->setObjectName(QStringLiteral("clinicalSummary"));
    m_summaryText->setWordWrap(true);
    m_summaryText->setTextFormat(Qt::RichText);
    m_summaryText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summaryText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Who on the first line; access, the purpose and the form on the second (it may wrap).
    auto *who = new QHBoxLayout;
    who->addWidget(m_name);
    who->addWidget(m_emergency);
    who->addWidget(m_id);
    who->addStretch(1);
    auto *access = new QHBoxLayout;
    access->addWidget(m_access, 1);
    access->addWidget(m_purposeLabel);
    access->addWidget(m_purpose);
    access->addWidget(m_newEncounter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(who);
    layout->addLayout(access);
    layout->addWidget(m_summaryText);
    setTabOrder(m_purpose, m_newEncounter);

    retranslateUi();
}

void PatientHeader::setPatient(const std::optional<client::PatientEntry> &patient)
{
    const bool samePatient = patient && m_patient && patient->patient.id == m_patient->patient.id;
    m_patient = patient;
    if (!samePatient)
        m_summary.reset();
    showPatient();
}

void PatientHeader::setSummary(const client::ClinicalSummary &summary)
{
    if (!m_patient || summary.patient != m_patient->patient.id)
        return;
    m_summary = summary;
    showPatient();
}

QString PatientHeader::purpose() const
{
    return m_purpose->currentText();
}

void PatientHeader::showPatient()
{
    m_newEncounter->setEnabled(m_patient.has_value());
    if (!m_patient) {
        m_name->setText(tr("No patient selected"));
        m_id->clear();
        m_id->setToolTip(QString());
        m_access->setText(tr("Find a patient on the left (Ctrl+F)."));
        m_emergency->hide();
        m_summaryText->clear();
        return;
    }
    const client::PatientEntry &entry = *m_patient;
    m_name->setText(RecordFormat::party(entry.patient));
    m_id->setText(tr("ID %1…").arg(RecordFormat::shortHex(entry.patient.id.toByteArray())));
    m_id->setToolTip(PartyText::fullId(entry.patient.id));
    m_emergency->setVisible(entry.emergency);
    if (entry.emergency)
        m_access->setText(tr("Emergency (break-glass) access in force: every record you open is "
                             "shown to the patient and the regulator as an emergency read."));
    else if (entry.granted)
        m_access->setText(
            entry.grantedToInstitution
                ? tr("Access granted to your institution until %1.")
                      .arg(RecordFormat::date(entry.grantExpiry))
                : tr("Access granted to you until %1.").arg(RecordFormat::date(entry.grantExpiry)));
    else if (entry.requestPending)
        m_access->setText(tr("You asked for access; the patient has not answered yet."));
    else
        m_access->setText(tr("No access: you see only the records you wrote. Request access, or "
                             "declare an emergency."));
    m_summaryText->setText(m_summary ? ClinicalSummaryHtml::summary(*m_summary)
                                     : RecordHtml::escaped(tr("Reading the summary…")));
}

void PatientHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PatientHeader::retranslateUi()
{
    m_emergency->setText(tr("EMERGENCY"));
    m_purposeLabel->setText(tr("P&urpose of reading:"));
    m_purpose->setToolTip(tr("Recorded with every record you open; the patient sees it"));
    const int chosen = qMax(0, m_purpose->currentIndex());
    {
        const QSignalBlocker blocker(m_purpose);
        m_purpose->clear();
        m_purpose->addItem(tr("Treatment"), int(Purpose::Treatment));
        m_purpose->addItem(tr("Consultation"), int(Purpose::Consultation));
        m_purpose->addItem(tr("Follow-up"), int(Purpose::FollowUp));
        m_purpose->addItem(tr("Emergency care"), int(Purpose::EmergencyCare));
        m_purpose->setCurrentIndex(chosen);
    }
    m_newEncounter->setText(tr("&New encounter"));
    m_newEncounter->setToolTip(tr("Write a new record for this patient (Ctrl+N)"));
    showPatient();
}

} // namespace medchain::ui

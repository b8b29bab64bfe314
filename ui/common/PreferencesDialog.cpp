#include "common/PreferencesDialog.h"

#include "common/IdleMonitor.h"
#include "doctor/EncounterChecks.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace medchain::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_lockLabel = new QLabel(this);
    m_lockMinutes = new QSpinBox(this);
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutes"));
    m_lockMinutes->setRange(0, 24 * 60);
    m_lockMinutes->setValue(IdleMonitor::savedLockMinutes());
    m_lockLabel->setBuddy(m_lockMinutes);
    m_lockNote = new QLabel(this);
    m_lockNote->setWordWrap(true);
    m_examLabel = new QLabel(this);
    m_examDays = new QSpinBox(this);
    m_examDays->setObjectName(QStringLiteral("repeatExamDays"));
    m_examDays->setRange(0, 3 * 365);
    m_examDays->setValue(EncounterChecks::repeatExamDays());
    m_examLabel->setBuddy(m_examDays);
    m_examNote = new QLabel(this);
    m_examNote->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(m_lockLabel, m_lockMinutes);
    auto *examForm = new QFormLayout;
    examForm->addRow(m_examLabel, m_examDays);
    auto *column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(m_lockNote);
    column->addSpacing(fontMetrics().height());
    column->addLayout(examForm);
    column->addWidget(m_examNote);
    column->addStretch(1);
    column->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

void PreferencesDialog::accept()
{
    IdleMonitor::saveLockMinutes(m_lockMinutes->value());
    QSettings().setValue(QLatin1String(EncounterChecks::RepeatExamDaysKey), m_examDays->value());
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_lockLabel->setText(tr("&Lock after:"));
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setSpecialValueText(tr("Never"));
    m_lockNote->setText(tr("Without keyboard or mouse input for this long, the session locks: "
                           "its keys are wiped from memory until the passphrase is typed again."));
    m_examLabel->setText(tr("&Repeated exams:"));
    m_examDays->setSuffix(tr(" days"));
    m_examDays->setSpecialValueText(tr("Never warn"));
    m_examNote->setText(tr("The encounter form warns a doctor who orders an exam the patient "
                           "already had within this many days."));
}

} // namespace medchain::ui

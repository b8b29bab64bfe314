#include "common/PreferencesDialog.h"

#include "common/IdleMonitor.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
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
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(m_lockLabel, m_lockMinutes);
    auto *column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(m_lockNote);
    column->addStretch(1);
    column->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

void PreferencesDialog::accept()
{
    IdleMonitor::saveLockMinutes(m_lockMinutes->value());
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
}

} // namespace medchain::ui

#include "doctor/EmergencyAccessDialog.h"

#include "doctor/PatientListModel.h"
#include "patient/PartyText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {
int characters(const QString &text)
{
    return int(text.trimmed().toUcs4().size());
}
} // namespace

EmergencyAccessDialog::EmergencyAccessDialog(const client::Party &patient, QWidget *parent)
    : QDialog(parent), m_patient(patient)
{
    setObjectName(QStringLiteral("emergencyAccessDialog"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("emergencyWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { border: 2px solid %1; color: %1; padding: 6px; }")
            .arg(PatientListModel::emergencyColour().name()));

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("emergencyReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(fontMetrics().height() * 5);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reason);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("emergencyReasonHint"));
    m_hint->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("emergencyOk"));
    // Enter must never break the glass by accident: Cancel is the default.
    ok->setAutoDefault(false);
    ok->setDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (acceptableReason(reason()))
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &EmergencyAccessDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    retranslateUi();
    m_reason->setFocus();
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36, sizeHint().height());
}

QString EmergencyAccessDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool EmergencyAccessDialog::acceptableReason(const QString &reason)
{
    return characters(reason) >= MinimumReasonLength;
}

void EmergencyAccessDialog::updateState()
{
    const int length = characters(m_reason->toPlainText());
    const bool enough = length >= MinimumReasonLength;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(enough);
    m_hint->setText(enough ? tr("The reason will be recorded exactly as written.")
                           : tr("Give a reason of at least %1 characters (%2 so far).")
                                 .arg(MinimumReasonLength)
                                 .arg(length));
}

void EmergencyAccessDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EmergencyAccessDialog::retranslateUi()
{
    setWindowTitle(tr("Emergency access (break-glass)"));
    m_warning->setText(
        tr("<b>EMERGENCY ACCESS — BREAK-GLASS</b><br/>You are about to read the records of %1 "
           "without their permission. This is recorded on the chain with your name and your "
           "reason, shown to the patient as an emergency access, and reported to the regulator. "
           "Use it only when the patient's care cannot wait for their consent.")
            .arg(PartyText::display(m_patient).toHtmlEscaped()));
    m_reasonLabel->setText(tr("&Reason (required):"));
    m_reason->setPlaceholderText(tr("Unconscious on arrival at the emergency department; history "
                                    "of medication needed"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Declare emergency access"));
    updateState();
}

} // namespace medchain::ui

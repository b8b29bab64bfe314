#include "regulator/RevokeDialog.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace medchain::ui {

RevokeDialog::RevokeDialog(const client::Party &who, QWidget *parent) : QDialog(parent), m_who(who)
{
    setObjectName(QStringLiteral("revokeDialog"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("revokeWho"));
    m_text->setWordWrap(true);
    m_id = new QLabel(this);
    m_id->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setText(PartyText::fullId(who.id));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("revokeReason"));
    m_reason->setMaxLength(MaxReasonLength);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reason);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("revokeProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setVisible(false);
    m_buttons = new QDialogButtonBox(this);
    m_accept = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("revokeAccept"));
    m_accept->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("revokeCancel"));

    auto *form = new QFormLayout;
    form->addRow(m_reasonLabel, m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_id);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RevokeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RevokeDialog::reject);
    retranslateUi();
    m_reason->setFocus();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 44, sizeHint().height());
}

QString RevokeDialog::reason() const
{
    return m_reason->text().simplified();
}

QString RevokeDialog::describe(const client::Party &who)
{
    if (who.name.isEmpty())
        return tr("identity %1, which is no institution, practitioner or node this replica knows "
                  "(a patient, perhaps)")
            .arg(RecordFormat::shortHex(who.id.toByteArray()));
    if (who.institution.isEmpty())
        return tr("%1 (%2)").arg(who.name, PartyText::description(who));
    return tr("%1 (%2, %3)").arg(who.name, PartyText::description(who), who.institution);
}

void RevokeDialog::accept()
{
    if (reason().isEmpty()) {
        m_problem->setText(tr("Give the reason: it is recorded on chain with the revocation."));
        m_problem->setVisible(true);
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

void RevokeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RevokeDialog::retranslateUi()
{
    setWindowTitle(tr("Revoke an Identity"));
    m_text->setText(tr("Revoke %1? From the next block on it can sign nothing, and peers refuse "
                       "its node certificate. This cannot be undone.")
                        .arg(describe(m_who)));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("e.g. licence withdrawn, key lost"));
    m_accept->setText(tr("&Continue…"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace medchain::ui

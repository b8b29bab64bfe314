#include "common/UnlockDialog.h"

#include "common/PassphraseForm.h"
#include "common/RoleNames.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace medchain::ui {

UnlockDialog::UnlockDialog(const QString &path, QWidget *parent) : QDialog(parent), m_path(path)
{
    if (auto info = identity::Keystore::readPublicInfo(path))
        m_info = std::move(info).value();
    else
        m_problem = info.error();
    setObjectName(QStringLiteral("unlockDialog"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("unlockIntro"));
    m_intro->setWordWrap(true);
    m_form = new PassphraseForm(this);
    m_form->setKeystore(path);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_intro);
    column->addWidget(m_form);
    column->addStretch(1);
    column->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &PassphraseForm::unlocked, this, &QDialog::accept);
    // A derivation cannot be interrupted: the dialog stays until it ends (half a second).
    connect(m_form, &PassphraseForm::busyChanged, this,
            [this](bool busy) { m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy); });
    m_form->setFocus();
    retranslateUi();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 36, sizeHint().height());
}

void UnlockDialog::reject()
{
    if (!m_form->isBusy())
        QDialog::reject();
}

std::optional<UnlockedKeystore> UnlockDialog::takeUnlocked()
{
    return m_form->takeUnlocked();
}

void UnlockDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UnlockDialog::retranslateUi()
{
    setWindowTitle(tr("Open Keystore"));
    const QString file = QDir::toNativeSeparators(QFileInfo(m_path).fileName());
    if (!m_info) {
        m_intro->setText(m_problem);
        return;
    }
    const QString role = RoleNames::chainRole(m_info->role);
    m_intro->setText(
        m_info->label.isEmpty()
            ? tr("Type the passphrase of the %1 keystore %2.").arg(role, file)
            : tr("Type the passphrase of %1 (%2), keystore %3.").arg(m_info->label, role, file));
}

} // namespace medchain::ui

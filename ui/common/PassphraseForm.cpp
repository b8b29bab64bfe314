#include "common/PassphraseForm.h"

#include "crypto/Argon2id.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

#include <utility>

namespace medchain::ui {

PassphraseForm::PassphraseForm(QWidget *parent) : QWidget(parent)
{
    m_label = new QLabel(this);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("passphrase"));
    m_field->setEchoMode(QLineEdit::Password);
    m_label->setBuddy(m_field);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("unlockButton"));
    m_button->setDefault(true);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("unlockBusy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(fontMetrics().height() / 2);
    m_busyBar->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa3, 0x1f, 0x1f)); // a calm, readable red
    m_message->setPalette(palette);
    m_message->hide();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_label, 0, 0);
    grid->addWidget(m_field, 0, 1);
    grid->addWidget(m_button, 0, 2);
    grid->addWidget(m_busyBar, 1, 1, 1, 2);
    grid->addWidget(m_message, 2, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    setFocusProxy(m_field);

    connect(m_field, &QLineEdit::returnPressed, this, &PassphraseForm::unlock);
    connect(m_button, &QPushButton::clicked, this, &PassphraseForm::unlock);
    retranslateUi();
}

QString PassphraseForm::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

std::optional<UnlockedKeystore> PassphraseForm::takeUnlocked()
{
    return std::exchange(m_unlocked, std::nullopt);
}

void PassphraseForm::reset()
{
    m_field->clear();
    m_message->clear();
    m_message->hide();
    m_field->setFocus();
}

void PassphraseForm::unlock()
{
    if (m_busy)
        return;
    m_message->hide();
    if (m_field->text().isEmpty()) {
        m_message->setText(tr("Type the keystore's passphrase."));
        m_message->show();
        return;
    }
    crypto::SecureBuffer passphrase = crypto::Argon2id::passphraseToUtf8(m_field->text());
    m_field->clear();
    setBusy(true);
    KeystoreUnlock::start(this, m_path, std::move(passphrase),
                          [this](Result<UnlockedKeystore> result) { finished(std::move(result)); });
}

void PassphraseForm::finished(Result<UnlockedKeystore> result)
{
    setBusy(false);
    if (!result) {
        m_message->setText(KeystoreUnlock::message(result.failure()));
        m_message->show();
        m_field->setFocus();
        return;
    }
    m_unlocked = std::move(result).value();
    emit unlocked();
}

void PassphraseForm::setBusy(bool busy)
{
    m_busy = busy;
    m_field->setEnabled(!busy);
    m_button->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    emit busyChanged(busy);
}

void PassphraseForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PassphraseForm::retranslateUi()
{
    m_label->setText(tr("&Passphrase:"));
    m_button->setText(tr("&Unlock"));
    m_busyBar->setToolTip(tr("Opening the keystore…"));
}

} // namespace medchain::ui

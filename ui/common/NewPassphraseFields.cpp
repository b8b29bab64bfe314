#include "common/NewPassphraseFields.h"

#include "crypto/Argon2id.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace medchain::ui {

NewPassphraseFields::NewPassphraseFields(QWidget *parent) : QWidget(parent)
{
    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("newPassphrase"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
    for (QLineEdit *field : {m_first, m_repeat}) {
        field->setEchoMode(QLineEdit::Password);
        connect(field, &QLineEdit::textChanged, this, &NewPassphraseFields::changed);
    }
    m_firstLabel = new QLabel(this);
    m_firstLabel->setBuddy(m_first);
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setBuddy(m_repeat);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_firstLabel, m_first);
    form->addRow(m_repeatLabel, m_repeat);
    setFocusProxy(m_first);
    retranslateUi();
}

QString NewPassphraseFields::problem() const
{
    if (m_first->text().size() < MinLength)
        return tr("The passphrase needs at least %n characters.", nullptr, MinLength);
    if (m_first->text() != m_repeat->text())
        return tr("The two passphrases differ.");
    return {};
}

crypto::SecureBuffer NewPassphraseFields::take()
{
    crypto::SecureBuffer utf8 = crypto::Argon2id::passphraseToUtf8(m_first->text());
    clear();
    return utf8;
}

void NewPassphraseFields::clear()
{
    m_first->clear();
    m_repeat->clear();
}

void NewPassphraseFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NewPassphraseFields::retranslateUi()
{
    m_firstLabel->setText(tr("&Passphrase:"));
    m_repeatLabel->setText(tr("&Repeat passphrase:"));
}

} // namespace medchain::ui

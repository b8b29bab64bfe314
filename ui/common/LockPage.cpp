#include "common/LockPage.h"

#include "common/PassphraseForm.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace medchain::ui {

LockPage::LockPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lockPage"));
    auto *logo = new QLabel(this);
    const int logoSize = fontMetrics().height() * 4;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/medchain.svg")).pixmap(logoSize, logoSize));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_title->setFont(big);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("lockText"));
    m_text->setWordWrap(true);
    m_form = new PassphraseForm(this);
    m_switch = new QPushButton(this);
    m_switch->setObjectName(QStringLiteral("lockSwitchIdentity"));

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    auto *column = new QVBoxLayout;
    column->addWidget(logo, 0, Qt::AlignHCenter);
    column->addWidget(m_title, 0, Qt::AlignHCenter);
    column->addWidget(m_text);
    column->addSpacing(em);
    column->addWidget(m_form);
    column->addWidget(m_switch, 0, Qt::AlignLeft);
    auto *centre = new QWidget(this);
    centre->setLayout(column);
    centre->setMaximumWidth(em * 36);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(centre, 3, Qt::AlignVCenter);
    outer->addStretch(1);
    setFocusProxy(m_form);
    setTabOrder(m_form, m_switch);

    connect(m_form, &PassphraseForm::unlocked, this, &LockPage::unlocked);
    connect(m_switch, &QPushButton::clicked, this, &LockPage::switchIdentityRequested);
    connect(m_form, &PassphraseForm::busyChanged, m_switch, &QWidget::setDisabled);
    retranslateUi();
}

void LockPage::setIdentity(const QString &keystore, const QString &name, const QString &role)
{
    m_form->setKeystore(keystore);
    m_form->reset();
    m_name = name;
    m_role = role;
    retranslateUi();
}

QString LockPage::keystore() const
{
    return m_form->keystore();
}

std::optional<UnlockedKeystore> LockPage::takeUnlocked()
{
    return m_form->takeUnlocked();
}

void LockPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockPage::retranslateUi()
{
    m_title->setText(tr("MedChain is locked"));
    m_text->setText(tr("The session of %1 (%2) is locked: its keys have been wiped from memory. "
                       "Type the passphrase to continue where you left off.")
                        .arg(m_name, m_role));
    m_switch->setText(tr("&Switch Identity…"));
}

} // namespace medchain::ui

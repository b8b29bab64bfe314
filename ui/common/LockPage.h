// What the window shows once an idle session has locked: whose session it was and a passphrase
// field that unlocks the same identity again. The keys are gone until then.
#pragma once

#include "common/KeystoreUnlock.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace medchain::ui {

class PassphraseForm;

class LockPage : public QWidget {
    Q_OBJECT
public:
    explicit LockPage(QWidget *parent = nullptr);

    /// The identity to unlock again: its keystore, and its name and role as the user knows them.
    void setIdentity(const QString &keystore, const QString &name, const QString &role);
    QString keystore() const;
    PassphraseForm *form() const { return m_form; }
    std::optional<UnlockedKeystore> takeUnlocked();

signals:
    void unlocked();
    /// The user would rather log in as someone else.
    void switchIdentityRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_name;
    QString m_role;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    PassphraseForm *m_form = nullptr;
    QPushButton *m_switch = nullptr;
};

} // namespace medchain::ui

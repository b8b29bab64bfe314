// File → Open Keystore…: asks for a keystore's passphrase and unlocks it off the GUI thread; a
// wrong passphrase is said plainly and the dialog stays open for another try.
#pragma once

#include "common/KeystoreUnlock.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;

namespace medchain::ui {

class PassphraseForm;

class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    /// path: the keystore file; its public part (label, role) is shown without the passphrase.
    explicit UnlockDialog(const QString &path, QWidget *parent = nullptr);

    PassphraseForm *form() const { return m_form; }
    /// After accept: the keys and the passphrase that opened them, once.
    std::optional<UnlockedKeystore> takeUnlocked();

public slots:
    /// Not while the keystore is being opened: that cannot be interrupted (half a second).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_path;
    std::optional<identity::KeystorePublicInfo> m_info; // label and role, shown before unlocking
    QString m_problem; // why the public part could not be read
    QLabel *m_intro = nullptr;
    PassphraseForm *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace medchain::ui

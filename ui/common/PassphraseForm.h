// A passphrase field with its Unlock button, for the unlock dialog and the lock page: unlocks
// one keystore off the GUI thread, shows a busy bar meanwhile and says plainly what failed.
#pragma once

#include "common/KeystoreUnlock.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace medchain::ui {

class PassphraseForm : public QWidget {
    Q_OBJECT
public:
    explicit PassphraseForm(QWidget *parent = nullptr);

    void setKeystore(const QString &path) { m_path = path; }
    QString keystore() const { return m_path; }
    bool isBusy() const { return m_busy; }
    /// The failure shown under the field; empty when there is none.
    QString message() const;
    /// After unlocked(): the keys and the passphrase that opened them, once.
    std::optional<UnlockedKeystore> takeUnlocked();
    /// Empties the field and the message, and gives the field the focus.
    void reset();

public slots:
    /// Unlocks the keystore with what the field holds (also on Enter in the field).
    void unlock();

signals:
    void unlocked();
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);
    void finished(Result<UnlockedKeystore> result);

    QString m_path;
    QLabel *m_label = nullptr;
    QLineEdit *m_field = nullptr;
    QPushButton *m_button = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_message = nullptr;
    bool m_busy = false;
    std::optional<UnlockedKeystore> m_unlocked;
};

} // namespace medchain::ui

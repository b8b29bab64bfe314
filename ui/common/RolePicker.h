// The demo's front door: the identities identities.json lists (role, name, detail); one click or
// Enter unlocks that identity's keystore off the GUI thread, with a busy bar meanwhile.
#pragma once

#include "common/KeystoreUnlock.h"
#include "demo/DemoNetwork.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace medchain::ui {

class RolePicker : public QWidget {
    Q_OBJECT
public:
    explicit RolePicker(QWidget *parent = nullptr);

    /// folder: the demo folder the keystore paths are relative to.
    void setIdentities(const QString &folder, const QList<demo::DemoIdentity> &identities);
    QList<demo::DemoIdentity> identities() const { return m_identities; }
    QTreeWidget *list() const { return m_list; }
    bool isBusy() const { return m_busy; }
    /// The failure shown, if the last unlock failed.
    QString message() const;

    /// Unlocks the identity at row with the demo passphrase; false if busy or out of range.
    bool choose(int row);
    /// choose() the first identity of role ("patient", "doctor", "desk", "regulator", …);
    /// false if there is none.
    bool chooseRole(const QString &role);

    /// After unlocked(): whom, and the keys.
    const demo::DemoIdentity &chosen() const { return m_chosen; }
    std::optional<UnlockedKeystore> takeUnlocked();

signals:
    void unlocked();
    /// The chosen identity's keystore did not open; the message is also shown on the page.
    void failedToUnlock(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void setBusy(bool busy);

    QString m_folder;
    QList<demo::DemoIdentity> m_identities;
    demo::DemoIdentity m_chosen;
    std::optional<UnlockedKeystore> m_unlocked;
    bool m_busy = false;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QTreeWidget *m_list = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace medchain::ui

// The institution's staff: its practitioners and nodes, revoked ones greyed, with a filter; and
// the enrollment of a new practitioner, whose keystore the desk writes for them.
#pragma once

#include "client/Session.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace medchain::ui {

class ReloadThrottle;
class PartyTableModel;

class StaffPage : public QWidget {
    Q_OBJECT
public:
    /// Loads the staff at once and again after blocks (see ReloadThrottle).
    explicit StaffPage(client::Session &session, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    bool isEnrolling() const { return m_pending.has_value(); }
    PartyTableModel *model() const { return m_model; }
    void setMinimumReloadInterval(int ms);
    /// Puts the cursor in the filter (Ctrl+F).
    void focusFilter();

public slots:
    /// Reads the staff again after a block: throttled, and only while the page is seen.
    void reload();
    /// Opens the enrollment form.
    void openEnrollDialog();

signals:
    /// The first list is on screen (or the session failed).
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void showStaff(const QList<client::Party> &staff);
    void onActionFinished(client::Session::ActionId id, bool ok, const QString &message);
    void showStatus(const QString &text, bool problem);
    void updateCount();
    void retranslateUi();

    client::Session &m_session;
    PartyTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    ReloadThrottle *m_throttle = nullptr;

    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_enroll = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;

    std::optional<client::Session::ActionId> m_pending;
    QString m_pendingName;
    QString m_pendingPath;
    bool m_loaded = false;
};

} // namespace medchain::ui

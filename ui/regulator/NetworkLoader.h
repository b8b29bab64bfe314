// Asks the session for the Network tab's health: when the tab shows, after blocks while it shows,
// and every few seconds while it shows, since peers come, go and catch up without new blocks.
#pragma once

#include <QObject>
#include <QTimer>

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class NetworkPage;
class ReloadThrottle;

class NetworkLoader : public QObject {
    Q_OBJECT
public:
    /// How often the health is read again while the tab is seen, without blocks.
    static constexpr int PollIntervalMs = 5000;

    /// session must outlive the page; the loader is the page's child. Nothing is read until
    /// the page is first shown.
    NetworkLoader(client::Session &session, NetworkPage &page);

    /// The least time between two reloads while blocks keep coming (default 2 s; tests set 0).
    void setMinimumInterval(int ms);
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    bool isPolling() const { return m_poll.isActive(); }
    bool isLoading() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();

    client::Session &m_session;
    NetworkPage &m_page;
    ReloadThrottle *m_throttle = nullptr;
    QTimer m_poll;
};

} // namespace medchain::ui

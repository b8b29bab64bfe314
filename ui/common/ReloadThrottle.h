// When a page reads the chain again after blocks: at most one read at a time, at most one
// per interval while blocks keep coming, and none while the page is hidden (one when it shows).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace medchain::ui {

class ReloadThrottle : public QObject {
    Q_OBJECT
public:
    /// load starts one read; the page calls finished() when its answer is in. page is watched
    /// for being shown and must outlive this (make this its child).
    ReloadThrottle(QWidget *page, std::function<void()> load);

    /// The least time from the start of one read to the start of the next (default 2 s; tests
    /// set 0).
    void setMinimumInterval(int ms) { m_minimumIntervalMs = ms; }
    /// A block was committed: read again when the page is seen and the interval has passed.
    void request();
    /// Read now, seen or not (the first load, or after the page's own action), unless a read
    /// is running: then once more after it.
    void loadNow();
    /// The read started last has answered.
    void finished();
    bool isLoading() const { return m_loading; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void start();

    QWidget *m_page;
    std::function<void()> m_load;
    QTimer m_delay;
    QElapsedTimer m_sinceStart;
    int m_minimumIntervalMs = 2000;
    bool m_loading = false;
    bool m_wanted = false; // another read after the running one, throttled
    bool m_wantedNow = false; // another read right after the running one
    bool m_wantedWhenShown = false;
};

} // namespace medchain::ui

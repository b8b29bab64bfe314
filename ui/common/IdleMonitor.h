// Locks an unattended session: an application-wide event filter restarts a timer on every key,
// click, wheel or mouse move, and idle() fires when it runs out (QSettings session/lockMinutes).
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <chrono>

class QTimer;

namespace medchain::ui {

class IdleMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultLockMinutes = 10;

    /// Installs itself on the application; watching starts with start().
    explicit IdleMonitor(QObject *parent = nullptr);
    ~IdleMonitor() override;

    /// session/lockMinutes: minutes without input before the session locks; 0 never locks.
    static int savedLockMinutes();
    static void saveLockMinutes(int minutes);

    /// Re-reads the setting (after the Preferences dialog) and restarts the count if watching.
    void reload();
    /// For tests: an interval other than whole minutes; zero never fires.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    /// Counts from now; idle() fires once after the interval without input.
    void start();
    void stop();
    bool isWatching() const { return m_watching; }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer *m_timer = nullptr;
    QElapsedTimer m_lastInput;
    std::chrono::milliseconds m_interval {0};
    bool m_watching = false;
};

} // namespace medchain::ui

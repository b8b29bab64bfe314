#include "common/IdleMonitor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace medchain::ui {

namespace {
const auto kLockMinutesSetting = QStringLiteral("session/lockMinutes");
constexpr int kMaxLockMinutes = 24 * 60;
} // namespace

IdleMonitor::IdleMonitor(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // Input only notes the time; the timer checks it when it runs out, so a stream of mouse
    // moves costs no timer restarts.
    connect(m_timer, &QTimer::timeout, this, [this] {
        const auto quiet = std::chrono::milliseconds(m_lastInput.elapsed());
        if (quiet < m_interval) {
            m_timer->start(m_interval - quiet);
            return;
        }
        m_watching = false;
        emit idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
    reload();
}

IdleMonitor::~IdleMonitor()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

int IdleMonitor::savedLockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(kLockMinutesSetting, DefaultLockMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, 0, kMaxLockMinutes) : DefaultLockMinutes;
}

void IdleMonitor::saveLockMinutes(int minutes)
{
    QSettings().setValue(kLockMinutesSetting, std::clamp(minutes, 0, kMaxLockMinutes));
}

void IdleMonitor::reload()
{
    setInterval(std::chrono::minutes(savedLockMinutes()));
}

void IdleMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (m_watching)
        restart();
}

void IdleMonitor::start()
{
    m_watching = true;
    restart();
}

void IdleMonitor::stop()
{
    m_watching = false;
    m_timer->stop();
}

void IdleMonitor::restart()
{
    m_lastInput.start();
    if (m_interval.count() <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(m_interval);
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    if (m_watching) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TabletPress:
            m_lastInput.start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace medchain::ui

#include "common/ReloadThrottle.h"

#include <QEvent>
#include <QWidget>

#include <utility>

namespace medchain::ui {

ReloadThrottle::ReloadThrottle(QWidget *page, std::function<void()> load)
    : QObject(page), m_page(page), m_load(std::move(load))
{
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &ReloadThrottle::request);
    m_page->installEventFilter(this);
}

void ReloadThrottle::request()
{
    if (!m_page->isVisible()) {
        m_wantedWhenShown = true;
        return;
    }
    if (m_loading) {
        m_wanted = true;
        return;
    }
    if (m_delay.isActive())
        return;
    const qint64 wait = m_sinceStart.isValid() ? m_minimumIntervalMs - m_sinceStart.elapsed() : 0;
    if (wait > 0)
        m_delay.start(int(wait));
    else
        start();
}

void ReloadThrottle::loadNow()
{
    if (m_loading) {
        m_wantedNow = true;
        return;
    }
    m_delay.stop();
    start();
}

void ReloadThrottle::start()
{
    m_loading = true;
    m_wanted = false;
    m_wantedNow = false;
    m_wantedWhenShown = false;
    m_sinceStart.start();
    m_load();
}

void ReloadThrottle::finished()
{
    m_loading = false;
    if (m_wantedNow)
        start();
    else if (std::exchange(m_wanted, false))
        request();
}

bool ReloadThrottle::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_wantedWhenShown) {
        m_wantedWhenShown = false;
        request();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace medchain::ui

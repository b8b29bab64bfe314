#include "regulator/NetworkLoader.h"

#include "client/Session.h"
#include "common/ReloadThrottle.h"
#include "regulator/NetworkPage.h"

#include <QEvent>

namespace medchain::ui {

NetworkLoader::NetworkLoader(client::Session &session, NetworkPage &page)
    : QObject(&page), m_session(session), m_page(page)
{
    m_throttle = new ReloadThrottle(&m_page, [this] { load(); });
    m_poll.setInterval(PollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, [this] { m_throttle->request(); });
    connect(&m_session, &client::Session::chainChanged, this, [this] { m_throttle->request(); });
    connect(&m_session, &client::Session::failed, &m_page, &NetworkPage::showProblem);
    m_page.installEventFilter(this);
    if (m_page.isVisible())
        m_poll.start();
    m_throttle->request();
}

void NetworkLoader::setMinimumInterval(int ms)
{
    m_throttle->setMinimumInterval(ms);
}

bool NetworkLoader::isLoading() const
{
    return m_throttle->isLoading();
}

void NetworkLoader::load()
{
    m_session.loadNetworkHealth(this, [this](const client::NetworkHealth &health) {
        m_page.showHealth(health);
        m_throttle->finished();
    });
}

bool NetworkLoader::eventFilter(QObject *watched, QEvent *event)
{
    // The timer runs only while the tab can be seen: a hidden tab reads once when shown again.
    if (watched == &m_page) {
        if (event->type() == QEvent::Show)
            m_poll.start();
        else if (event->type() == QEvent::Hide)
            m_poll.stop();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace medchain::ui

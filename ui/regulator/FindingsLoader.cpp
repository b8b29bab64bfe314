#include "regulator/FindingsLoader.h"

#include "client/Session.h"
#include "common/ReloadThrottle.h"
#include "regulator/FindingsPage.h"
#include "regulator/RegulatorDashboard.h"

namespace medchain::ui {

FindingsLoader::FindingsLoader(client::Session &session, RegulatorDashboard &dashboard,
                               FindingsPage &page)
    : QObject(&page), m_session(session), m_dashboard(dashboard), m_page(page)
{
    m_throttle = new ReloadThrottle(&m_page, [this] { load(); });
    connect(&m_dashboard, &RegulatorDashboard::queryChanged, this, &FindingsLoader::queryChanged);
    connect(&m_page, &FindingsPage::repeatExamDaysChanged, this, &FindingsLoader::queryChanged);
    connect(&m_session, &client::Session::chainChanged, this, [this] { m_throttle->request(); });
    // The first read waits for the tab to be shown: the dashboard's snapshot comes first.
    m_throttle->request();
}

void FindingsLoader::setMinimumInterval(int ms)
{
    m_throttle->setMinimumInterval(ms);
}

bool FindingsLoader::isLoading() const
{
    return m_throttle->isLoading();
}

client::SurveillanceQuery FindingsLoader::currentQuery() const
{
    return m_page.findingsQuery(m_dashboard.currentQuery());
}

void FindingsLoader::queryChanged()
{
    // What the user just changed is read at once when they can see it, else when they look.
    if (m_page.isVisible())
        m_throttle->loadNow();
    else
        m_throttle->request();
}

void FindingsLoader::load()
{
    const client::SurveillanceQuery asked = currentQuery();
    m_session.loadFindings(asked, this,
                           [this, asked](const Result<QList<client::SupervisionFinding>> &result) {
                               answered(asked, result);
                           });
}

void FindingsLoader::answered(const client::SurveillanceQuery &asked,
                              const Result<QList<client::SupervisionFinding>> &result)
{
    // One read runs at a time; a query asked since waits in the throttle, and its answer, not
    // this older one, is what the page should show.
    if (sameFindingsQuery(asked, currentQuery())) {
        if (result.ok())
            m_page.showFindings(asked, result.value());
        else
            m_page.showProblem(result.error());
    }
    m_throttle->finished();
}

} // namespace medchain::ui

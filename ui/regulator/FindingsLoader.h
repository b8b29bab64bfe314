// Asks the session for the Findings tab's rule breakers: the dashboard's query with the page's
// repeated-exam window, when the tab shows, when either changes, and after blocks while it shows.
#pragma once

#include "client/SurveillanceTypes.h"
#include "common/Result.h"

#include <QObject>

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class FindingsPage;
class RegulatorDashboard;
class ReloadThrottle;

class FindingsLoader : public QObject {
    Q_OBJECT
public:
    /// session and dashboard must outlive the page; the loader is the page's child. Nothing is
    /// read until the page is first shown.
    FindingsLoader(client::Session &session, RegulatorDashboard &dashboard, FindingsPage &page);

    /// The least time between two reloads while blocks keep coming (default 2 s; tests set 0).
    void setMinimumInterval(int ms);
    bool isLoading() const;
    /// What the page asks for now.
    client::SurveillanceQuery currentQuery() const;

private:
    void load();
    void answered(const client::SurveillanceQuery &asked,
                  const Result<QList<client::SupervisionFinding>> &result);
    void queryChanged();

    client::Session &m_session;
    RegulatorDashboard &m_dashboard;
    FindingsPage &m_page;
    ReloadThrottle *m_throttle = nullptr;
};

} // namespace medchain::ui

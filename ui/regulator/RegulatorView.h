// The health authority's supervision dashboard: its name, how far the summaries have been read,
// and the dashboard's tabs. It asks the session for one SurveillanceQuery at a time (a newer
// query's answer wins) and again after blocks; loaded once the first snapshot is on screen.
#pragma once

#include "client/SurveillanceTypes.h"
#include "common/Result.h"
#include "common/RoleView.h"

#include <optional>

class QLabel;
class QPushButton;

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class RegulatorDashboard;
class ReloadThrottle;

class RegulatorView : public RoleView {
    Q_OBJECT
public:
    /// session must outlive the view. Starts reading at once.
    explicit RegulatorView(client::Session &session, QWidget *parent = nullptr);

    RegulatorDashboard *dashboard() const { return m_dashboard; }
    /// What the view asks for now (the dashboard's query).
    client::SurveillanceQuery currentQuery() const;
    /// The least time between two reloads while blocks keep coming (default 2 s; tests set 0).
    void setMinimumReloadInterval(int ms);

public slots:
    /// Shows an answer: header and tabs. The session's answers come through here.
    void showSnapshot(const client::SurveillanceSnapshot &snapshot);
    /// The list of the dashboard's keyboard shortcuts (Ctrl+/).
    void showShortcuts();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void answered(const client::SurveillanceQuery &asked,
                  const Result<client::SurveillanceSnapshot> &result);
    void showProblem(const QString &message);
    void retranslateUi();

    client::Session &m_session;
    ReloadThrottle *m_throttle = nullptr;
    RegulatorDashboard *m_dashboard = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_shortcuts = nullptr;
    std::optional<client::SurveillanceSnapshot> m_shown;
    QString m_problem;
};

} // namespace medchain::ui

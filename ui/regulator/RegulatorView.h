// The health authority's supervision dashboard: its name, how far the summaries have been read,
// the dashboard's tabs, then Findings, Trace, Network and Administration. It asks for one
// SurveillanceQuery at a time (the newest wins); loaded once the first snapshot is on screen.
#pragma once

#include "client/SurveillanceTypes.h"
#include "common/ExportFiles.h"
#include "common/Result.h"
#include "common/RoleView.h"

#include <optional>

class QLabel;
class QPushButton;

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class AdministrationController;
class DashboardExportButton;
class AdministrationPage;
class FindingsLoader;
class FindingsPage;
class NetworkLoader;
class NetworkPage;
class RegulatorDashboard;
class ReloadThrottle;
class TraceLoader;
class TracePage;

class RegulatorView : public RoleView {
    Q_OBJECT
public:
    /// session must outlive the view. Starts reading at once.
    explicit RegulatorView(client::Session &session, QWidget *parent = nullptr);

    RegulatorDashboard *dashboard() const { return m_dashboard; }
    DashboardExportButton *exportButton() const { return m_export; }
    FindingsPage *findingsPage() const { return m_findings; }
    TracePage *tracePage() const { return m_trace; }
    NetworkPage *networkPage() const { return m_network; }
    NetworkLoader *networkLoader() const { return m_networkLoader; }
    AdministrationPage *administrationPage() const { return m_administration; }
    AdministrationController *administrationController() const
    {
        return m_administrationController;
    }
    /// What the view asks for now (the dashboard's query).
    client::SurveillanceQuery currentQuery() const;
    /// The least time between two reloads while blocks keep coming (default 2 s; tests set 0).
    void setMinimumReloadInterval(int ms);
    /// Replaces the evidence export's save file dialog (tests).
    void setPathChooser(ExportFiles::PathChooser chooser);

public slots:
    /// Shows an answer: header and tabs. The session's answers come through here.
    void showSnapshot(const client::SurveillanceSnapshot &snapshot);
    /// The list of the dashboard's keyboard shortcuts (Ctrl+/).
    void showShortcuts();
    /// The record id is about (it or any of its transactions) on the Trace tab.
    void traceRecord(const client::Hash &id);
    /// Ctrl+4: the Findings tab, with the keyboard in its table.
    void showFindings();
    /// Ctrl+5: the Trace tab, with the keyboard in its id field.
    void showTrace();
    /// Ctrl+6: the Network tab, with the keyboard in its validators' table.
    void showNetwork();
    /// Ctrl+7: the Administration tab, with the keyboard in its section's table.
    void showAdministration();

signals:
    /// An evidence export of the Trace tab ended (see RecordExporter::finished).
    void evidenceExported(bool ok, const QString &path, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void answered(const client::SurveillanceQuery &asked,
                  const Result<client::SurveillanceSnapshot> &result);
    void showProblem(const QString &message);
    void retranslateUi();
    void retranslateTabs();

    client::Session &m_session;
    ReloadThrottle *m_throttle = nullptr;
    RegulatorDashboard *m_dashboard = nullptr;
    FindingsPage *m_findings = nullptr;
    TracePage *m_trace = nullptr;
    FindingsLoader *m_findingsLoader = nullptr;
    TraceLoader *m_traceLoader = nullptr;
    NetworkPage *m_network = nullptr;
    NetworkLoader *m_networkLoader = nullptr;
    AdministrationPage *m_administration = nullptr;
    AdministrationController *m_administrationController = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_status = nullptr;
    DashboardExportButton *m_export = nullptr;
    QLabel *m_exported = nullptr; // where the last export was saved
    QPushButton *m_shortcuts = nullptr;
    std::optional<client::SurveillanceSnapshot> m_shown;
    QString m_problem;
};

} // namespace medchain::ui

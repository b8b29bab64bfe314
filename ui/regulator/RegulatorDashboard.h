// The regulator's three tabs (surveillance, alerts, break-glass) over one SurveillanceQuery that
// it owns: every filter, drill-down and method change edits the query and asks for it again;
// showSnapshot() shows the answer. Knows no session, so tests feed it fabricated snapshots.
#pragma once

#include "client/SurveillanceTypes.h"
#include "common/Result.h"

#include <QWidget>

#include <optional>

class QTabWidget;

namespace medchain::ui {

class AlertsPage;
class BreakGlassPage;
class SurveillancePage;

class RegulatorDashboard : public QWidget {
    Q_OBJECT
public:
    /// Days shown before and after an alert's day when Enter opens it.
    static constexpr int AlertDaysBefore = 28;
    static constexpr int AlertDaysAfter = 14;

    explicit RegulatorDashboard(QWidget *parent = nullptr);

    /// What the dashboard asks for now; from and to stay invalid (the year up to the newest
    /// data) until the user picks dates or opens an alert.
    const client::SurveillanceQuery &currentQuery() const { return m_query; }
    bool hasSnapshot() const { return m_hasSnapshot; }
    const client::SurveillanceSnapshot &snapshot() const { return m_snapshot; }
    /// The alerts of the snapshot's window, once they have come.
    const std::optional<QList<client::OutbreakAlert>> &alerts() const { return m_alertList; }
    QTabWidget *tabs() const { return m_tabs; }
    SurveillancePage *surveillancePage() const { return m_surveillance; }
    AlertsPage *alertsPage() const { return m_alerts; }
    BreakGlassPage *breakGlassPage() const { return m_breakGlass; }

public slots:
    /// The answer to a query (the caller drops answers to queries no longer current).
    void showSnapshot(const client::SurveillanceSnapshot &snapshot);
    /// The alerts for window (a snapshot's resolved query); dropped unless it is the one shown.
    void showAlerts(const client::SurveillanceQuery &window,
                    const Result<QList<client::OutbreakAlert>> &alerts);
    void setRegion(const QString &code);
    void setChapter(int chapter);
    void setCategory(const QString &category);
    void clearCategory();
    void setRange(const QDate &from, const QDate &to);
    void setMethod(client::AlertMethod method);
    /// The alert's district and disease around its day, on the Surveillance tab.
    void openAlert(const client::OutbreakAlert &alert);
    /// Ctrl+1…3: the tab, with the keyboard in its first table or field.
    void showTab(int index);

signals:
    void queryChanged(const medchain::client::SurveillanceQuery &query);
    /// A snapshot (or its alerts) is on screen.
    void snapshotShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void changeQuery(const client::SurveillanceQuery &query);
    void retranslateUi();

    QTabWidget *m_tabs = nullptr;
    SurveillancePage *m_surveillance = nullptr;
    AlertsPage *m_alerts = nullptr;
    BreakGlassPage *m_breakGlass = nullptr;
    client::SurveillanceQuery m_query;
    client::SurveillanceSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    std::optional<QList<client::OutbreakAlert>> m_alertList;
};

/// Whether two queries ask for the same data.
bool sameQuery(const client::SurveillanceQuery &a, const client::SurveillanceQuery &b);

} // namespace medchain::ui

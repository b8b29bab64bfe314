// The regulator view's Export button: the dashboard as shown — counts, the alerts and findings
// if they have come for the same window, the two charts — as CSV or PDF (DashboardExporter).
#pragma once

#include <QPushButton>

namespace medchain::ui {

class DashboardExporter;
class FindingsPage;
class RegulatorDashboard;

class DashboardExportButton : public QPushButton {
    Q_OBJECT
public:
    /// dashboard and findings must outlive the button; authority names who exports.
    DashboardExportButton(RegulatorDashboard &dashboard, FindingsPage &findings,
                          QWidget *parent = nullptr);

    DashboardExporter *exporter() const { return m_exporter; }
    void setAuthority(const QString &name) { m_authority = name; }

public slots:
    void exportCsv();
    void exportPdf();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEnabled();
    void retranslateUi();

    RegulatorDashboard &m_dashboard;
    FindingsPage &m_findings;
    DashboardExporter *m_exporter = nullptr;
    QAction *m_csv = nullptr;
    QAction *m_pdf = nullptr;
    QString m_authority;
};

} // namespace medchain::ui

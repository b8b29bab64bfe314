// The Alerts tab: the outbreak detection method (C1, C2, C3, CUSUM) with what it does, and the
// alerts it raised in the dashboard's window, newest first; Enter on one shows its cases. The
// alerts come after the snapshot (they read far more), and the summary says so meanwhile.
#pragma once

#include "client/SurveillanceTypes.h"
#include "common/Result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace medchain::ui {

class AlertModel;

class AlertsPage : public QWidget {
    Q_OBJECT
public:
    explicit AlertsPage(QWidget *parent = nullptr);

    AlertModel *model() const { return m_model; }
    void setQuery(const client::SurveillanceQuery &query);
    /// The dashboard now shows snapshot's window: its alerts are being looked for.
    void showSnapshot(const client::SurveillanceSnapshot &snapshot);
    /// The alerts of the window shown, or why they could not be computed.
    void showAlerts(const Result<QList<client::OutbreakAlert>> &alerts);
    void focusMethod();

signals:
    void methodChosen(client::AlertMethod method);
    /// Enter or double-click on an alert.
    void alertActivated(const client::OutbreakAlert &alert);

protected:
    void changeEvent(QEvent *event) override;

private:
    void activated(const QModelIndex &index);
    void updateSummary();
    void retranslateUi();

    AlertModel *m_model = nullptr;
    QSortFilterProxyModel *m_sort = nullptr;
    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_tableLabel = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    client::SurveillanceQuery m_query;
    client::SurveillanceQuery m_shownQuery;
    bool m_hasSnapshot = false;
    bool m_hasAlerts = false; // for the snapshot shown
    QString m_problem; // why the alerts could not be computed
};

} // namespace medchain::ui

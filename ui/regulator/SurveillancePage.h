// The Surveillance tab: the filter bar, cases by day and by region as charts, and the By region
// and By disease tables (Enter or double-click drills in; Backspace goes up a region).
#pragma once

#include "client/SurveillanceTypes.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace medchain::ui {

class DailyCasesChart;
class DiseaseCountModel;
class RegionCasesChart;
class RegionCountModel;
class SurveillanceFilters;

class SurveillancePage : public QWidget {
    Q_OBJECT
public:
    explicit SurveillancePage(QWidget *parent = nullptr);

    SurveillanceFilters *filters() const { return m_filters; }
    RegionCountModel *regionModel() const { return m_regionModel; }
    DiseaseCountModel *diseaseModel() const { return m_diseaseModel; }
    DailyCasesChart *dayChart() const { return m_dayChart; }
    RegionCasesChart *regionChart() const { return m_regionChart; }

    /// The query as the dashboard now holds it (filters follow at once; data when it comes).
    void setQuery(const client::SurveillanceQuery &query);
    void showSnapshot(const client::SurveillanceSnapshot &snapshot);
    /// Puts the cursor in the By region table, on its first row.
    void focusRegions();

signals:
    void rangeChosen(const QDate &from, const QDate &to);
    void regionChosen(const QString &code);
    void chapterChosen(int chapter);
    void categoryChosen(const QString &category);
    void categoryCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    QTableView *makeTable(const char *name, QSortFilterProxyModel *proxy, int casesColumn);
    void restoreCurrent(QTableView *table, int keyRole, const QString &key);
    void regionActivated(const QModelIndex &index);
    void diseaseActivated(const QModelIndex &index);
    void goUp();
    void updateTotals();
    void retranslateUi();

    SurveillanceFilters *m_filters = nullptr;
    DailyCasesChart *m_dayChart = nullptr;
    RegionCasesChart *m_regionChart = nullptr;
    RegionCountModel *m_regionModel = nullptr;
    QSortFilterProxyModel *m_regionSort = nullptr;
    DiseaseCountModel *m_diseaseModel = nullptr;
    QSortFilterProxyModel *m_diseaseSort = nullptr;
    QLabel *m_regionsLabel = nullptr;
    QTableView *m_regions = nullptr;
    QLabel *m_diseasesLabel = nullptr;
    QTableView *m_diseases = nullptr;
    QLabel *m_total = nullptr;
    client::SurveillanceQuery m_query;
    client::SurveillanceSnapshot m_shown;
    bool m_hasSnapshot = false;
};

} // namespace medchain::ui

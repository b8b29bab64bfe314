// The dashboard's bar chart of cases in the regions one level below the one shown: those with
// most cases, as many as the height leaves room for (at most ten), largest on top.
#pragma once

#include "client/SurveillanceTypes.h"

#include <QWidget>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

namespace medchain::ui {

/// A widget around a QChartView, so that Qt Charts stays a private dependency of medchain-ui.
class RegionCasesChart : public QWidget {
    Q_OBJECT
public:
    /// Regions beyond this many are left to the table, and fewer when the chart is low.
    static constexpr int MaxBars = 10;
    static constexpr int MinBars = 3;

    explicit RegionCasesChart(QWidget *parent = nullptr);

    /// The counts of the regions below region (in any order).
    void setCounts(const QString &region, const QList<client::GroupCount> &counts);
    /// The bars' region names, top bar first.
    QStringList regionNames() const;
    /// How many bars the chart's height holds with their names readable.
    int barsShown() const { return m_barsShown; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void fitBars(const QRectF &plotArea);
    void retranslateUi();

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QString m_region;
    QList<client::GroupCount> m_counts; // most cases first, all of them
    int m_barsShown = MaxBars;
    QHorizontalBarSeries *m_series = nullptr;
    QBarSet *m_bars = nullptr;
    QBarCategoryAxis *m_regions = nullptr;
    QValueAxis *m_cases = nullptr;
};

} // namespace medchain::ui

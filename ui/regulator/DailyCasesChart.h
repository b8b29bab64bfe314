// The dashboard's line chart of cases by day over the query's window (zero days included), kept
// light: one series, date axis, no animation, no legend.
#pragma once

#include "client/SurveillanceTypes.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace medchain::ui {

/// A widget around a QChartView, so that Qt Charts stays a private dependency of medchain-ui.
class DailyCasesChart : public QWidget {
    Q_OBJECT
public:
    explicit DailyCasesChart(QWidget *parent = nullptr);

    void setDays(const QList<client::DayCount> &days);
    /// The points drawn (one a day).
    qsizetype pointCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QLineSeries *m_series = nullptr;
    QDateTimeAxis *m_days = nullptr;
    QValueAxis *m_cases = nullptr;
};

} // namespace medchain::ui

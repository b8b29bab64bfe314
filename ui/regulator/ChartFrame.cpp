#include "regulator/ChartFrame.h"

#include <QChart>
#include <QChartView>
#include <QVBoxLayout>

namespace medchain::ui {

QChart *frameChart(QWidget *owner, QChartView **view)
{
    auto *chart = new QChart;
    *view = new QChartView(chart, owner);
    (*view)->setRenderHint(QPainter::Antialiasing);
    (*view)->setFocusPolicy(Qt::NoFocus);
    owner->setMinimumHeight(owner->fontMetrics().height() * 12);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(*view);
    return chart;
}

} // namespace medchain::ui

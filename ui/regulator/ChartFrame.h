// The dashboard's charts share one frame: a QChartView filling its owner widget, no focus (the
// tables beside a chart hold its numbers for the keyboard), no animation, no legend.
#pragma once

class QChart;
class QChartView;
class QWidget;

namespace medchain::ui {

/// Makes owner's chart and its view, laid out to fill owner; returns the chart (owned by view).
QChart *frameChart(QWidget *owner, QChartView **view);

} // namespace medchain::ui

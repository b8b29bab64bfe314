#include "regulator/RegionCasesChart.h"

#include "regulator/ChartFrame.h"

#include "regulator/SurveillanceText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace medchain::ui {

RegionCasesChart::RegionCasesChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("regionCasesChart"));
    m_chart = frameChart(this, &m_view);
    m_series = new QHorizontalBarSeries(m_chart);
    m_bars = new QBarSet(QString(), m_series);
    m_series->append(m_bars);
    m_chart->addSeries(m_series);
    m_regions = new QBarCategoryAxis(m_chart);
    // Names a little smaller than the text around, so that ten fit beside their bars.
    QFont small = m_regions->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_regions->setLabelsFont(small);
    // Qt Charts measures the names before they are set and would elide them all to "…".
    m_regions->setTruncateLabels(false);
    m_cases = new QValueAxis(m_chart);
    m_cases->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_regions, Qt::AlignLeft);
    m_chart->addAxis(m_cases, Qt::AlignBottom);
    m_series->attachAxis(m_regions);
    m_series->attachAxis(m_cases);
    // The plot's height, not the widget's, says how many names fit: the title and the axis
    // below take what the fonts and style make them.
    connect(m_chart, &QChart::plotAreaChanged, this, &RegionCasesChart::fitBars);
    retranslateUi();
}

void RegionCasesChart::setCounts(const QString &region, const QList<client::GroupCount> &counts)
{
    m_region = region;
    m_counts = counts;
    std::stable_sort(
        m_counts.begin(), m_counts.end(),
        [](const client::GroupCount &a, const client::GroupCount &b) { return a.cases > b.cases; });
    fill();
}

void RegionCasesChart::fill()
{
    // A horizontal bar chart draws its first category at the bottom: fill smallest first.
    m_bars->remove(0, m_bars->count());
    QStringList names;
    qint64 most = 0;
    const QList<client::GroupCount> shown = m_counts.mid(0, m_barsShown);
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        QString name = SurveillanceText::regionName(it->key);
        // Category names must differ; two unknown codes never share one.
        if (names.contains(name))
            name = it->key;
        names.append(name);
        m_bars->append(qreal(it->cases));
        most = std::max(most, it->cases);
    }
    m_regions->setCategories(names);
    // An empty axis keeps drawing the names it had: hide it, and say why the chart is empty.
    m_regions->setLabelsVisible(!names.isEmpty());
    m_chart->setTitle(!names.isEmpty() || m_region.isEmpty()
                          ? tr("Cases by region")
                          : tr("No regions below %1").arg(SurveillanceText::regionName(m_region)));
    m_cases->setRange(0, qreal(std::max<qint64>(4, most + most / 10 + 1)));
    m_cases->applyNiceNumbers();
    m_cases->setLabelFormat(QStringLiteral("%d"));
}

QStringList RegionCasesChart::regionNames() const
{
    QStringList names = m_regions->categories();
    std::reverse(names.begin(), names.end());
    return names;
}

void RegionCasesChart::fitBars(const QRectF &plotArea)
{
    // A name needs its line and a quarter, or Qt Charts elides it to "…".
    const qreal line = QFontMetricsF(m_regions->labelsFont()).height() * 1.25;
    const int fits = int(plotArea.height() / std::max<qreal>(1, line));
    const int bars = std::clamp(fits, int(MinBars), int(MaxBars));
    if (bars != m_barsShown) {
        m_barsShown = bars;
        fill();
    }
}

void RegionCasesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RegionCasesChart::retranslateUi()
{
    m_bars->setLabel(tr("Cases"));
    setAccessibleName(tr("Cases by region"));
    fill();
}

} // namespace medchain::ui

#include "regulator/DailyCasesChart.h"

#include "regulator/ChartFrame.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace medchain::ui {

namespace {

/// Noon, so that the point sits on its day in any time zone the axis is drawn in.
qreal dayPosition(const QDate &day)
{
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

} // namespace

DailyCasesChart::DailyCasesChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dailyCasesChart"));
    m_chart = frameChart(this, &m_view);
    m_series = new QLineSeries(m_chart);
    m_chart->addSeries(m_series);
    m_days = new QDateTimeAxis(m_chart);
    m_days->setFormat(QStringLiteral("MM-dd"));
    m_days->setTickCount(7);
    m_cases = new QValueAxis(m_chart);
    m_cases->setLabelFormat(QStringLiteral("%d"));
    m_cases->setRange(0, 1);
    m_chart->addAxis(m_days, Qt::AlignBottom);
    m_chart->addAxis(m_cases, Qt::AlignLeft);
    m_series->attachAxis(m_days);
    m_series->attachAxis(m_cases);
    retranslateUi();
}

void DailyCasesChart::setDays(const QList<client::DayCount> &days)
{
    QList<QPointF> points;
    points.reserve(days.size());
    qint64 most = 0;
    for (const client::DayCount &day : days) {
        points.append(QPointF(dayPosition(day.day), qreal(day.cases)));
        most = std::max(most, day.cases);
    }
    m_series->replace(points);
    if (!days.isEmpty()) {
        const QDate first = days.first().day;
        const QDate last = days.last().day;
        m_days->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(23, 59)));
    }
    // Whole numbers of cases: at least 4 steps, so a small count still reads as a count.
    m_cases->setRange(0, qreal(std::max<qint64>(4, most + most / 10 + 1)));
    m_cases->applyNiceNumbers();
    m_cases->setLabelFormat(QStringLiteral("%d"));
}

qsizetype DailyCasesChart::pointCount() const
{
    return m_series->count();
}

void DailyCasesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DailyCasesChart::retranslateUi()
{
    m_chart->setTitle(tr("Cases by day"));
    m_series->setName(tr("Cases"));
    setAccessibleName(tr("Cases by day"));
}

} // namespace medchain::ui

// DashboardReport's document for the PDF: the same tables as the CSV, but the days as a calendar
// of weeks (a year would take pages otherwise) and the charts after the query.
#include "regulator/DashboardReport.h"

#include "patient/RecordHtml.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

namespace medchain::ui {

namespace {

using Table = DashboardReport::Table;

QString dayChartName()
{
    return QStringLiteral("dashboard-daily-cases");
}

QString regionChartName()
{
    return QStringLiteral("dashboard-region-cases");
}

/// The document's page is about 680 units wide; a wider chart is scaled down to fit.
constexpr int kChartWidth = 640;

QString escaped(const QString &text)
{
    return RecordHtml::escaped(text);
}

QString cell(const char *tag, const QString &text, bool numeric)
{
    return QStringLiteral("<%1%2>%3</%1>")
        .arg(QLatin1String(tag), numeric ? QStringLiteral(" align=\"right\"") : QString(),
             escaped(text));
}

QString tableStart()
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse:collapse; font-size:8pt\" width=\"100%\">");
}

QString rowsHtml(const Table &table)
{
    QString html = tableStart() + QStringLiteral("<thead><tr>");
    for (qsizetype column = 0; column < table.header.size(); ++column)
        html += cell("th", table.header.at(column), table.numericColumns.contains(int(column)));
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype column = 0; column < row.size(); ++column)
            html += cell("td", row.at(column), table.numericColumns.contains(int(column)));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

/// A row per calendar week, Monday first: week, seven days (blank outside the window), total.
QString weeksHtml(const QList<client::DayCount> &days)
{
    QMap<QDate, qint64> cases;
    for (const client::DayCount &day : days)
        if (day.day.isValid())
            cases.insert(day.day, day.cases);
    if (cases.isEmpty())
        return QString();
    QString html = tableStart() + QStringLiteral("<thead><tr>")
        + cell("th", DashboardReport::tr("Week of"), false);
    const QLocale locale;
    for (int weekday = 1; weekday <= 7; ++weekday)
        html += cell("th", locale.dayName(weekday, QLocale::ShortFormat), true);
    html += cell("th", DashboardReport::tr("Total"), true) + QStringLiteral("</tr></thead><tbody>");
    const QDate last = cases.lastKey();
    for (QDate monday = cases.firstKey().addDays(1 - cases.firstKey().dayOfWeek()); monday <= last;
         monday = monday.addDays(7)) {
        html += QStringLiteral("<tr>") + cell("td", monday.toString(Qt::ISODate), false);
        qint64 total = 0;
        for (int offset = 0; offset < 7; ++offset) {
            const auto found = cases.constFind(monday.addDays(offset));
            const bool inWindow = found != cases.cend();
            html += cell("td", inWindow ? QString::number(*found) : QString(), true);
            total += inWindow ? *found : 0;
        }
        html += cell("td", QString::number(total), true) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString imageHtml(const QString &name, const QImage &image)
{
    if (image.isNull())
        return QString();
    const int width = std::min(image.width(), kChartWidth);
    const int height = int(qint64(image.height()) * width / std::max(image.width(), 1));
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
        .arg(name)
        .arg(width)
        .arg(height);
}

} // namespace

QHash<QString, QImage> DashboardReport::images(const Input &input)
{
    QHash<QString, QImage> images;
    if (!input.dayChart.isNull())
        images.insert(dayChartName(), input.dayChart);
    if (!input.regionChart.isNull())
        images.insert(regionChartName(), input.regionChart);
    return images;
}

QString DashboardReport::html(const Input &input)
{
    const QString heading = escaped(title(input));
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head>"
                                  "<body><h1>%1</h1>")
                       .arg(heading);
    for (const Table &table : tables(input, Format::Pdf)) {
        if (table.kind != Kind::Query)
            html += QStringLiteral("<h2>%1</h2>").arg(escaped(table.title));
        if (table.rows.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(escaped(tr("None in this window.")));
            continue;
        }
        html += table.kind == Kind::Days ? weeksHtml(input.snapshot.byDay) : rowsHtml(table);
        if (table.kind == Kind::Query)
            html += imageHtml(dayChartName(), input.dayChart)
                + imageHtml(regionChartName(), input.regionChart);
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace medchain::ui

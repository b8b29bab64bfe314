#include "regulator/DashboardReport.h"

#include "common/ExportFiles.h"
#include "patient/RecordFormat.h"
#include "regulator/FindingText.h"
#include "regulator/SurveillanceText.h"

#include <algorithm>

namespace medchain::ui {

namespace {

using Table = DashboardReport::Table;
using Kind = DashboardReport::Kind;

QString number(qint64 value)
{
    return QString::number(value);
}

QString decimal(double value)
{
    return QString::number(value, 'f', 2);
}

QString isoDay(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

/// Local time with its offset ("2026-03-05T14:30:00+08:00"), so the moment is unambiguous.
QString isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate);
}

QString isoTime(qint64 msSinceEpoch)
{
    return isoTime(QDateTime::fromMSecsSinceEpoch(msSinceEpoch));
}

/// Not translated: a machine-friendly code beside the method's name.
QString methodCode(client::AlertMethod method)
{
    switch (method) {
    case client::AlertMethod::C1:
        return QStringLiteral("C1");
    case client::AlertMethod::C2:
        return QStringLiteral("C2");
    case client::AlertMethod::C3:
        return QStringLiteral("C3");
    case client::AlertMethod::Cusum:
        return QStringLiteral("CUSUM");
    }
    return QString();
}

QString ruleCode(client::SupervisionRule rule)
{
    switch (rule) {
    case client::SupervisionRule::Overdose:
        return QStringLiteral("overdose");
    case client::SupervisionRule::RepeatedExam:
        return QStringLiteral("repeated-exam");
    case client::SupervisionRule::Expense:
        return QStringLiteral("high-fees");
    }
    return QString();
}

QString ruleUnit(client::SupervisionRule rule)
{
    switch (rule) {
    case client::SupervisionRule::Overdose:
        return DashboardReport::tr("µg a day");
    case client::SupervisionRule::RepeatedExam:
        return DashboardReport::tr("days");
    case client::SupervisionRule::Expense:
        return DashboardReport::tr("fen");
    }
    return QString();
}

/// Which exports a column is in: codes and raw figures are for machines (CSV), a few columns
/// say the same for people (PDF).
enum class In { Both, Csv, Pdf };

struct Column {
    QString header;
    In in = In::Both;
    bool numeric = false;
};

Column numeric(const QString &header, In in = In::Both)
{
    return {header, in, true};
}

/// A table of every column, cut down to those of one format.
class Builder {
public:
    Builder(Kind kind, const QString &title, const QList<Column> &columns,
            DashboardReport::Format format)
        : m_columns(columns)
    {
        m_table.kind = kind;
        m_table.title = title;
        const In dropped = format == DashboardReport::Format::Csv ? In::Pdf : In::Csv;
        for (qsizetype column = 0; column < columns.size(); ++column) {
            if (columns.at(column).in == dropped)
                continue;
            if (columns.at(column).numeric)
                m_table.numericColumns.append(int(m_kept.size()));
            m_kept.append(column);
            m_table.header.append(columns.at(column).header);
        }
    }

    /// A cell for every column, in the columns' order.
    void add(const QStringList &cells)
    {
        Q_ASSERT(cells.size() == m_columns.size());
        QStringList row;
        row.reserve(m_kept.size());
        for (const qsizetype column : m_kept)
            row.append(cells.value(column));
        m_table.rows.append(row);
    }

    Table table() const { return m_table; }

private:
    QList<Column> m_columns;
    QList<qsizetype> m_kept;
    Table m_table;
};

Table queryTable(const DashboardReport::Input &input, DashboardReport::Format format)
{
    const client::SurveillanceSnapshot &snapshot = input.snapshot;
    const client::SurveillanceQuery &query = snapshot.query;
    Builder table(Kind::Query, DashboardReport::tr("Surveillance dashboard"),
                  {{DashboardReport::tr("Item")},
                   {DashboardReport::tr("Value")},
                   {DashboardReport::tr("Code")}},
                  format);
    auto add = [&table](const QString &item, const QString &value, const QString &code = {}) {
        table.add({item, value, code});
    };
    add(DashboardReport::tr("Health authority"), input.authority);
    add(DashboardReport::tr("From"), isoDay(query.from));
    add(DashboardReport::tr("To"), isoDay(query.to));
    add(DashboardReport::tr("Region"), SurveillanceText::regionName(query.region), query.region);
    add(DashboardReport::tr("ICD-10 chapter"), SurveillanceText::chapter(query.chapter),
        query.chapter > 0 ? number(query.chapter) : QString());
    add(DashboardReport::tr("Disease category"),
        query.category.isEmpty() ? DashboardReport::tr("All categories")
                                 : SurveillanceText::category(query.category),
        query.category);
    add(DashboardReport::tr("Alert method"), SurveillanceText::methodName(query.method),
        methodCode(query.method));
    if (input.findings)
        add(DashboardReport::tr("Repeated exam window (days)"), number(query.repeatExamDays));
    const bool forPeople = format == DashboardReport::Format::Pdf && input.generated.isValid();
    add(DashboardReport::tr("Generated at"),
        forPeople ? RecordFormat::dateTime(input.generated.toMSecsSinceEpoch())
                  : isoTime(input.generated));
    add(DashboardReport::tr("Block height"), number(qint64(snapshot.height)));
    add(DashboardReport::tr("Summaries read"), number(snapshot.summaries));
    add(DashboardReport::tr("Unreadable summaries"), number(snapshot.unreadable));
    return table.table();
}

Table daysTable(const client::SurveillanceSnapshot &snapshot, DashboardReport::Format format)
{
    Builder table(Kind::Days, DashboardReport::tr("Cases by day"),
                  {{DashboardReport::tr("Day")}, numeric(DashboardReport::tr("Cases"))}, format);
    for (const client::DayCount &day : snapshot.byDay)
        table.add({isoDay(day.day), number(day.cases)});
    return table.table();
}

Table regionsTable(const client::SurveillanceSnapshot &snapshot, DashboardReport::Format format)
{
    Builder table(Kind::Regions, DashboardReport::tr("Cases by region"),
                  {{DashboardReport::tr("Code")},
                   {DashboardReport::tr("Region")},
                   numeric(DashboardReport::tr("Cases"))},
                  format);
    for (const client::GroupCount &region : snapshot.byRegion)
        table.add({region.key, SurveillanceText::regionName(region.key), number(region.cases)});
    return table.table();
}

Table chaptersTable(const client::SurveillanceSnapshot &snapshot, DashboardReport::Format format)
{
    Builder table(Kind::Chapters, DashboardReport::tr("Cases by ICD-10 chapter"),
                  {{DashboardReport::tr("Chapter")},
                   {DashboardReport::tr("Diseases")},
                   numeric(DashboardReport::tr("Cases"))},
                  format);
    for (const client::GroupCount &chapter : snapshot.byChapter) {
        bool isNumber = false;
        const int n = chapter.key.toInt(&isNumber);
        table.add({chapter.key, isNumber ? SurveillanceText::chapter(n) : chapter.key,
                   number(chapter.cases)});
    }
    return table.table();
}

Table categoriesTable(const client::SurveillanceSnapshot &snapshot, DashboardReport::Format format)
{
    Builder table(Kind::Categories, DashboardReport::tr("Cases by disease category"),
                  {{DashboardReport::tr("Code")},
                   {DashboardReport::tr("Disease")},
                   numeric(DashboardReport::tr("Cases"))},
                  format);
    for (const client::GroupCount &category : snapshot.byCategory)
        table.add(
            {category.key, SurveillanceText::categoryTitle(category.key), number(category.cases)});
    return table.table();
}

Table alertsTable(const QList<client::OutbreakAlert> &alerts, DashboardReport::Format format)
{
    Builder table(Kind::Alerts, DashboardReport::tr("Outbreak alerts"),
                  {{DashboardReport::tr("Day")},
                   {DashboardReport::tr("Region code"), In::Csv},
                   {DashboardReport::tr("Region")},
                   {DashboardReport::tr("Disease code"), In::Csv},
                   {DashboardReport::tr("Disease"), In::Csv},
                   {DashboardReport::tr("Disease"), In::Pdf},
                   {DashboardReport::tr("Method")},
                   numeric(DashboardReport::tr("Cases")),
                   numeric(DashboardReport::tr("Expected")),
                   numeric(DashboardReport::tr("Statistic")),
                   numeric(DashboardReport::tr("Threshold"))},
                  format);
    for (const client::OutbreakAlert &alert : alerts)
        table.add({isoDay(alert.day), alert.region, SurveillanceText::regionName(alert.region),
                   alert.category, SurveillanceText::categoryTitle(alert.category),
                   SurveillanceText::category(alert.category), methodCode(alert.method),
                   number(alert.cases), decimal(alert.expected), decimal(alert.statistic),
                   decimal(alert.threshold)});
    return table.table();
}

Table breakGlassTable(const client::SurveillanceSnapshot &snapshot, DashboardReport::Format format)
{
    Builder table(Kind::BreakGlass, DashboardReport::tr("Break-glass reads"),
                  {{DashboardReport::tr("Time"), In::Csv},
                   {DashboardReport::tr("Time"), In::Pdf},
                   {DashboardReport::tr("Practitioner")},
                   {DashboardReport::tr("Institution")},
                   {DashboardReport::tr("Patient pseudonym")},
                   {DashboardReport::tr("Reason")},
                   {DashboardReport::tr("Transaction"), In::Csv}},
                  format);
    for (const client::EmergencyEntry &entry : snapshot.emergencies)
        table.add({isoTime(entry.time), RecordFormat::dateTime(entry.time),
                   RecordFormat::party(entry.practitioner), entry.practitioner.institution,
                   RecordFormat::party(entry.patient), entry.reason,
                   QString::fromLatin1(entry.transaction.toHex())});
    return table.table();
}

Table findingsTable(const QList<client::SupervisionFinding> &findings,
                    DashboardReport::Format format)
{
    Builder table(Kind::Findings, DashboardReport::tr("Supervision findings"),
                  {{DashboardReport::tr("Rule code"), In::Csv},
                   {DashboardReport::tr("Rule")},
                   {DashboardReport::tr("Day")},
                   {DashboardReport::tr("Practitioner")},
                   {DashboardReport::tr("Institution")},
                   {DashboardReport::tr("Subject code"), In::Csv},
                   {DashboardReport::tr("Subject")},
                   numeric(DashboardReport::tr("Value"), In::Csv),
                   numeric(DashboardReport::tr("Limit"), In::Csv),
                   {DashboardReport::tr("Unit"), In::Csv},
                   numeric(DashboardReport::tr("Value"), In::Pdf),
                   numeric(DashboardReport::tr("Limit"), In::Pdf),
                   {DashboardReport::tr("Record"), In::Csv}},
                  format);
    for (const client::SupervisionFinding &finding : findings)
        table.add({ruleCode(finding.rule), FindingText::ruleName(finding.rule), isoDay(finding.day),
                   RecordFormat::party(finding.practitioner),
                   RecordFormat::party(finding.institution), finding.subject,
                   FindingText::subject(finding), number(finding.value), number(finding.limit),
                   ruleUnit(finding.rule), FindingText::value(finding), FindingText::limit(finding),
                   QString::fromLatin1(finding.record.toHex())});
    return table.table();
}

} // namespace

QList<Table> DashboardReport::tables(const Input &input, Format format)
{
    const client::SurveillanceSnapshot &snapshot = input.snapshot;
    QList<Table> tables {queryTable(input, format), daysTable(snapshot, format),
                         regionsTable(snapshot, format), chaptersTable(snapshot, format),
                         categoriesTable(snapshot, format)};
    if (input.alerts)
        tables.append(alertsTable(*input.alerts, format));
    tables.append(breakGlassTable(snapshot, format));
    if (input.findings)
        tables.append(findingsTable(*input.findings, format));
    return tables;
}

QString DashboardReport::csvField(const QString &text)
{
    QString field = text;
    // Names come from the chain: one that a spreadsheet would evaluate (CSV injection) is
    // kept as text. Our own numbers are never negative, so a leading '-' is someone's text.
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!field.isEmpty() && kFormulaStarts.contains(field.front()))
        field.prepend(QLatin1Char('\''));
    static const QString kSpecial = QStringLiteral("\",\r\n");
    if (std::any_of(field.cbegin(), field.cend(), [](QChar c) { return kSpecial.contains(c); })) {
        field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

QByteArray DashboardReport::csv(const Input &input)
{
    const QString lineEnd = QStringLiteral("\r\n");
    QString text;
    auto line = [&text, &lineEnd](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &field : fields)
            quoted.append(csvField(field));
        text += quoted.join(QLatin1Char(',')) + lineEnd;
    };
    const QList<Table> all = tables(input, Format::Csv);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i > 0)
            text += lineEnd;
        line({all.at(i).title});
        line(all.at(i).header);
        for (const QStringList &row : all.at(i).rows)
            line(row);
    }
    // The byte order mark is what makes Excel read the file as UTF-8 (names in Chinese).
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QString DashboardReport::title(const Input &input)
{
    return tr("Surveillance dashboard of %1").arg(input.authority);
}

Result<void> DashboardReport::writeCsv(const Input &input, const QString &path)
{
    return ExportFiles::writeFile(csv(input), path);
}

Result<void> DashboardReport::writePdf(const Input &input, const QString &path)
{
    return ExportFiles::writePdf(html(input), path, title(input), images(input));
}

} // namespace medchain::ui

#include "analytics/SupervisionStore.h"
#include "analytics/SupervisionStoreImpl.h"

#include "chain/FieldCodec.h"

#include <algorithm>
#include <map>

namespace medchain::analytics {

namespace {

/// Where a count is read from: the (day, district, category) cells, or one of the totals kept
/// from them (schema version 3), whichever has the fewest rows that can answer the filter.
enum class Table {
    Cases,
    RegionDays, // every disease: no category filter
    ProvinceDays, // every district of a province: a region prefix of at most two digits
};

Table tableFor(const CaseFilter &filter, bool needsDistricts, bool needsCategories)
{
    const bool everyDisease = filter.firstCategory.isEmpty() && filter.lastCategory.isEmpty();
    if (everyDisease && !needsCategories)
        return Table::RegionDays;
    if (filter.regionPrefix.size() <= 2 && !needsDistricts)
        return Table::ProvinceDays;
    return Table::Cases;
}

/// SELECT columns FROM the table WHERE the CaseFilter holds (parameters ?1…?5), then tail.
/// Regions are digits, so a prefix's codes sort between it and it followed by ':'; the
/// range, unlike substr(), lets SQLite use the index.
QByteArray filtered(const char *columns, Table table, const char *tail)
{
    QByteArray sql = QByteArray("SELECT ") + columns + " FROM ";
    sql += table == Table::Cases     ? "cases"
        : table == Table::RegionDays ? "region_days"
                                     : "province_days";
    sql += " WHERE day BETWEEN ?1 AND ?2 AND region >= ?3 AND region < ?3 || ':' ";
    if (table != Table::RegionDays)
        sql += "AND (?4 = '' OR category >= ?4) AND (?5 = '' OR category <= ?5) ";
    return sql + tail;
}

void bindFilter(storage::Statement &s, const CaseFilter &filter, Table table)
{
    s.bindInt64(1, filter.fromDay);
    s.bindInt64(2, filter.toDay);
    s.bindText(3, filter.regionPrefix);
    if (table == Table::RegionDays)
        return;
    s.bindText(4, filter.firstCategory);
    s.bindText(5, filter.lastCategory);
}

/// The rows of a SELECT tx, time, practitioner, patient, reason FROM emergencies.
QList<EmergencyRead> emergencyRows(storage::Statement &s)
{
    QList<EmergencyRead> reads;
    while (s.step() == storage::Statement::Step::Row)
        reads.append({chain::fixedFrom<chain::Hash>(s.columnBlob(0)), s.columnInt64(1),
                      chain::fixedFrom<chain::IdentityId>(s.columnBlob(2)),
                      chain::fixedFrom<chain::IdentityId>(s.columnBlob(3)), s.columnText(4)});
    return reads;
}

} // namespace

quint64 SupervisionStore::height() const
{
    return d->height;
}

qint64 SupervisionStore::summaries() const
{
    return d->summaries;
}

qint64 SupervisionStore::unreadable() const
{
    return d->unreadable;
}

std::optional<qint64> SupervisionStore::lastDay() const
{
    auto s = d->db.prepare("SELECT MAX(day) FROM region_days WHERE cases > 0");
    if (!s || s->step() != storage::Statement::Step::Row || s->columnIsNull(0))
        return std::nullopt;
    return s->columnInt64(0);
}

QList<qint64> SupervisionStore::dailyCases(const CaseFilter &filter) const
{
    QList<qint64> daily(qMax<qint64>(0, filter.toDay - filter.fromDay + 1), 0);
    const Table table = tableFor(filter, false, false);
    auto s = d->db.prepare(filtered("day, SUM(cases)", table, "GROUP BY day"));
    if (!s)
        return daily;
    bindFilter(s.value(), filter, table);
    while (s->step() == storage::Statement::Step::Row)
        daily[s->columnInt64(0) - filter.fromDay] += s->columnInt64(1);
    return daily;
}

QList<KeyedCount> SupervisionStore::casesByRegion(const CaseFilter &filter, int regionDigits) const
{
    QList<KeyedCount> counts;
    const Table table = tableFor(filter, regionDigits > 2, false);
    auto s = d->db.prepare(filtered("substr(region, 1, ?6) AS part, SUM(cases) AS n", table,
                                    "GROUP BY part HAVING n > 0 ORDER BY n DESC, part"));
    if (!s)
        return counts;
    bindFilter(s.value(), filter, table);
    s->bindInt64(6, regionDigits);
    while (s->step() == storage::Statement::Step::Row)
        counts.append({s->columnText(0), s->columnInt64(1)});
    return counts;
}

QList<KeyedCount> SupervisionStore::casesByCategory(const CaseFilter &filter) const
{
    QList<KeyedCount> counts;
    const Table table = tableFor(filter, false, true);
    auto s = d->db.prepare(filtered("category, SUM(cases) AS n", table,
                                    "GROUP BY category HAVING n > 0 ORDER BY n DESC, category"));
    if (!s)
        return counts;
    bindFilter(s.value(), filter, table);
    while (s->step() == storage::Statement::Step::Row)
        counts.append({s->columnText(0), s->columnInt64(1)});
    return counts;
}

QList<CaseSeries> SupervisionStore::series(const CaseFilter &filter, qint64 minCases) const
{
    std::map<std::pair<QString, QString>, CaseSeries> found;
    auto s = d->db.prepare(filtered("category, region, day, cases", Table::Cases, "AND cases > 0"));
    if (!s)
        return {};
    bindFilter(s.value(), filter, Table::Cases);
    const qsizetype days = qMax<qint64>(0, filter.toDay - filter.fromDay + 1);
    while (s->step() == storage::Statement::Step::Row) {
        const QString category = s->columnText(0);
        const QString region = s->columnText(1);
        auto [at, added] = found.try_emplace({category, region});
        if (added)
            at->second = {category, region, QList<qint64>(days, 0)};
        at->second.daily[s->columnInt64(2) - filter.fromDay] += s->columnInt64(3);
    }
    QList<CaseSeries> series;
    for (auto &[key, one] : found) {
        qint64 total = 0;
        for (const qint64 n : one.daily)
            total += n;
        if (total >= minCases)
            series.append(std::move(one));
    }
    return series;
}

QList<RuleFinding> SupervisionStore::findings(const CaseFilter &filter, int repeatExamDays) const
{
    QList<RuleFinding> found;
    const auto where = [&filter](storage::Statement &s) {
        s.bindInt64(1, filter.fromDay).bindInt64(2, filter.toDay).bindText(3, filter.regionPrefix);
    };
    const auto finding = [](Rule rule, const storage::Statement &s) {
        return RuleFinding {rule,
                            chain::fixedFrom<chain::Hash>(s.columnBlob(0)),
                            s.columnInt64(1),
                            chain::fixedFrom<chain::IdentityId>(s.columnBlob(2)),
                            chain::fixedFrom<chain::IdentityId>(s.columnBlob(3)),
                            s.columnText(4),
                            s.columnInt64(5),
                            s.columnInt64(6)};
    };
    auto overdoses = d->db.prepare(
        "SELECT record, day, author, facility, drug, daily, max_daily FROM prescriptions "
        "WHERE max_daily > 0 AND daily > max_daily AND day BETWEEN ?1 AND ?2 "
        "AND region >= ?3 AND region < ?3 || ':'");
    if (overdoses) {
        where(overdoses.value());
        while (overdoses->step() == storage::Statement::Step::Row)
            found.append(finding(Rule::Overdose, overdoses.value()));
    }
    if (repeatExamDays > 0) {
        // The same patient (pseudonym) and exam, an earlier record within the window; two on
        // one day count once, the later record by id.
        auto repeats = d->db.prepare(
            "SELECT b.record, b.day, b.author, b.facility, b.code, b.day - MAX(a.day), ?4 "
            "FROM exams b JOIN exams a ON a.pseudonym = b.pseudonym AND a.code = b.code "
            "AND a.record != b.record AND a.day >= b.day - ?4 "
            "AND (a.day < b.day OR (a.day = b.day AND a.record < b.record)) "
            "WHERE b.day BETWEEN ?1 AND ?2 AND b.region >= ?3 AND b.region < ?3 || ':' "
            "GROUP BY b.record, b.code");
        if (repeats) {
            where(repeats.value());
            repeats->bindInt64(4, repeatExamDays);
            while (repeats->step() == storage::Statement::Step::Row)
                found.append(finding(Rule::RepeatedExam, repeats.value()));
        }
    }
    auto expenses
        = d->db.prepare("SELECT record, day, author, facility, category, fen, 0 FROM expenses "
                        "WHERE day BETWEEN ?1 AND ?2 AND region >= ?3 AND region < ?3 || ':' "
                        "AND (?4 = '' OR category >= ?4) AND (?5 = '' OR category <= ?5)");
    if (expenses) {
        where(expenses.value());
        expenses->bindText(4, filter.firstCategory).bindText(5, filter.lastCategory);
        std::map<QString, QList<RuleFinding>> byCategory;
        while (expenses->step() == storage::Statement::Step::Row) {
            RuleFinding one = finding(Rule::Expense, expenses.value());
            byCategory[one.subject].append(one);
        }
        for (auto &[category, records] : byCategory) {
            if (records.size() < MinPeers)
                continue;
            QList<qint64> fees;
            for (const RuleFinding &record : records)
                fees.append(record.value);
            std::sort(fees.begin(), fees.end());
            // Nearest-rank quartiles: plain integers, no interpolation to argue about.
            const auto rank = [&fees](int percent) {
                return fees.at(std::max<qsizetype>(0, (fees.size() * percent + 99) / 100 - 1));
            };
            const qint64 median = rank(50);
            const qint64 q1 = rank(25);
            const qint64 q3 = rank(75);
            const qint64 limit = std::max(3 * median, q3 + 3 * (q3 - q1));
            for (RuleFinding &record : records)
                if (record.value > limit) {
                    record.limit = limit;
                    found.append(record);
                }
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const RuleFinding &a, const RuleFinding &b) { return a.day > b.day; });
    return found;
}

std::optional<AmendmentAnswer> SupervisionStore::answerTo(const chain::Hash &amendment) const
{
    auto s = d->db.prepare("SELECT tx, accept, time FROM answers WHERE amendment = ?1");
    if (!s)
        return std::nullopt;
    s->bindBlob(1, chain::bytesOf(amendment));
    if (s->step() != storage::Statement::Step::Row)
        return std::nullopt;
    return AmendmentAnswer {chain::fixedFrom<chain::Hash>(s->columnBlob(0)), s->columnInt64(1) != 0,
                            s->columnInt64(2)};
}

QList<EmergencyRead> SupervisionStore::emergenciesFor(const chain::IdentityId &patient) const
{
    auto s = d->db.prepare("SELECT tx, time, practitioner, patient, reason FROM emergencies "
                           "WHERE patient = ?1 ORDER BY time, tx");
    if (!s)
        return {};
    s->bindBlob(1, chain::bytesOf(patient));
    return emergencyRows(s.value());
}

QList<EmergencyRead> SupervisionStore::emergencies(qint64 fromTime, qint64 toTime) const
{
    auto s = d->db.prepare("SELECT tx, time, practitioner, patient, reason FROM emergencies "
                           "WHERE time BETWEEN ?1 AND ?2 ORDER BY time DESC, tx");
    if (!s)
        return {};
    s->bindInt64(1, fromTime).bindInt64(2, toTime);
    return emergencyRows(s.value());
}

} // namespace medchain::analytics

#include "client/SurveillanceReads.h"

#include "analytics/OutbreakDetection.h"
#include "analytics/SupervisionStore.h"
#include "client/PartyNames.h"
#include "demo/Catalog.h"

#include <algorithm>
#include <map>

namespace medchain::client {

namespace {

constexpr qint64 kJulianDayOfEpoch = 2440588; // QDate's Julian day of 1970-01-01
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
constexpr qint64 kChinaOffsetMs = 8 * 60 * 60 * 1000;
/// History before the window that the methods need to judge its first day.
constexpr qint64 kHistoryDays = 11;

QDate dateOf(qint64 day)
{
    return QDate::fromJulianDay(day + kJulianDayOfEpoch);
}

qint64 dayOf(const QDate &date)
{
    return date.toJulianDay() - kJulianDayOfEpoch;
}

/// The method's verdict on every day of a series.
QList<analytics::AberrationDay> judge(AlertMethod method, const QList<qint64> &daily)
{
    switch (method) {
    case AlertMethod::C1:
        return analytics::OutbreakDetection::ears(analytics::EarsMethod::C1, daily);
    case AlertMethod::C2:
        return analytics::OutbreakDetection::ears(analytics::EarsMethod::C2, daily);
    case AlertMethod::C3:
        return analytics::OutbreakDetection::ears(analytics::EarsMethod::C3, daily);
    case AlertMethod::Cusum:
        return analytics::OutbreakDetection::cusum(daily);
    }
    return {};
}

QList<OutbreakAlert> alertsOf(const analytics::SupervisionStore &store,
                              const analytics::CaseFilter &window, AlertMethod method)
{
    analytics::CaseFilter withHistory = window;
    withHistory.fromDay -= kHistoryDays;
    QList<OutbreakAlert> alerts;
    for (const analytics::CaseSeries &series :
         store.series(withHistory, SurveillanceReads::MinCasesForAlerts)) {
        const QList<analytics::AberrationDay> days = judge(method, series.daily);
        for (qsizetype i = kHistoryDays; i < days.size(); ++i) {
            const analytics::AberrationDay &day = days.at(i);
            if (!day.alert)
                continue;
            alerts.append({series.category, series.region, dateOf(withHistory.fromDay + i), method,
                           day.count, day.baselineMean, day.statistic, day.threshold});
        }
    }
    std::sort(alerts.begin(), alerts.end(), [](const OutbreakAlert &a, const OutbreakAlert &b) {
        if (a.day != b.day)
            return a.day > b.day;
        return a.cases != b.cases ? a.cases > b.cases : a.region < b.region;
    });
    return alerts;
}

QList<GroupCount> groups(const QList<analytics::KeyedCount> &counts)
{
    QList<GroupCount> out;
    out.reserve(counts.size());
    for (const analytics::KeyedCount &count : counts)
        out.append({count.key, count.cases});
    return out;
}

} // namespace

QString SurveillanceReads::regionPrefix(const QString &regionCode)
{
    QString prefix = regionCode.trimmed();
    while (prefix.size() >= 2 && prefix.endsWith(QLatin1String("00")))
        prefix.chop(2);
    return prefix;
}

QString SurveillanceReads::regionCode(const QString &prefix)
{
    return prefix.leftJustified(6, QLatin1Char('0'), true);
}

namespace {

/// A query with its window, region and disease resolved, and the store's filters for it.
struct Resolved {
    SurveillanceQuery query;
    analytics::CaseFilter chapterFilter; // the window, the region and the chapter's categories
    analytics::CaseFilter filter; // the same, narrowed to the query's category if it has one
};

Resolved resolve(const analytics::SupervisionStore &store, const SurveillanceQuery &query)
{
    const demo::Catalog *catalog = demo::Catalog::embedded();
    Resolved r {query, {}, {}};
    // The window: up to the newest data unless asked, DefaultWindowDays long unless asked.
    if (!r.query.to.isValid())
        r.query.to = dateOf(store.lastDay().value_or(
            analytics::SupervisionStore::dayOf(QDateTime::currentMSecsSinceEpoch())));
    if (!r.query.from.isValid() || r.query.from > r.query.to)
        r.query.from = r.query.to.addDays(1 - SurveillanceReads::DefaultWindowDays);
    if (r.query.region.isEmpty() && catalog)
        r.query.region = catalog->provinceCode();
    r.chapterFilter.fromDay = dayOf(r.query.from);
    r.chapterFilter.toDay = dayOf(r.query.to);
    r.chapterFilter.regionPrefix = SurveillanceReads::regionPrefix(r.query.region);
    if (catalog && r.query.chapter >= 1 && r.query.chapter <= catalog->icd10Chapters().size()) {
        const demo::Icd10Chapter &chapter = catalog->icd10Chapters().at(r.query.chapter - 1);
        r.chapterFilter.firstCategory = chapter.first;
        r.chapterFilter.lastCategory = chapter.last;
    } else {
        r.query.chapter = 0;
    }
    r.filter = r.chapterFilter;
    if (!r.query.category.isEmpty())
        r.filter.firstCategory = r.filter.lastCategory
            = r.query.category.trimmed().toUpper().left(3);
    return r;
}

} // namespace

SurveillanceSnapshot SurveillanceReads::snapshot(const analytics::SupervisionStore &store,
                                                 const chain::LedgerState &state,
                                                 const SurveillanceQuery &query)
{
    const Resolved resolved = resolve(store, query);
    const analytics::CaseFilter &filter = resolved.filter;
    const demo::Catalog *catalog = demo::Catalog::embedded();
    SurveillanceSnapshot snapshot;
    snapshot.query = resolved.query;
    snapshot.height = store.height();
    snapshot.summaries = store.summaries();
    snapshot.unreadable = store.unreadable();

    const QList<analytics::KeyedCount> categories = store.casesByCategory(resolved.chapterFilter);
    snapshot.byCategory = groups(categories);
    const QList<qint64> daily = store.dailyCases(filter);
    for (qsizetype i = 0; i < daily.size(); ++i)
        snapshot.byDay.append({dateOf(filter.fromDay + i), daily.at(i)});
    const int digits = std::min<int>(6, int(filter.regionPrefix.size()) + 2);
    for (const analytics::KeyedCount &count : store.casesByRegion(filter, digits))
        snapshot.byRegion.append({regionCode(count.key), count.cases});

    // The chapter totals count every disease: without a chapter chosen, the categories above.
    analytics::CaseFilter everyDisease = filter;
    everyDisease.firstCategory.clear();
    everyDisease.lastCategory.clear();
    std::map<int, qint64> chapters;
    for (const analytics::KeyedCount &count :
         resolved.query.chapter == 0 ? categories : store.casesByCategory(everyDisease))
        if (const demo::Icd10Chapter *of = catalog ? catalog->chapterOf(count.key) : nullptr)
            chapters[of->number] += count.cases;
    for (const auto &[number, cases] : chapters)
        snapshot.byChapter.append({QString::number(number), cases});
    std::stable_sort(snapshot.byChapter.begin(), snapshot.byChapter.end(),
                     [](const GroupCount &a, const GroupCount &b) { return a.cases > b.cases; });

    PartyNames parties(state);
    const qint64 fromMs = filter.fromDay * kDayMs - kChinaOffsetMs;
    const qint64 toMs = (filter.toDay + 1) * kDayMs - kChinaOffsetMs - 1;
    for (const analytics::EmergencyRead &read : store.emergencies(fromMs, toMs))
        snapshot.emergencies.append({read.transaction, read.time, parties(read.practitioner),
                                     parties(read.patient), read.reason});
    return snapshot;
}

QList<OutbreakAlert> SurveillanceReads::alerts(const analytics::SupervisionStore &store,
                                               const SurveillanceQuery &query)
{
    const Resolved resolved = resolve(store, query);
    return alertsOf(store, resolved.filter, resolved.query.method);
}

QList<SupervisionFinding> SurveillanceReads::findings(const analytics::SupervisionStore &store,
                                                      const chain::LedgerState &state,
                                                      const SurveillanceQuery &query)
{
    const Resolved resolved = resolve(store, query);
    PartyNames parties(state);
    QList<SupervisionFinding> findings;
    for (const analytics::RuleFinding &found :
         store.findings(resolved.filter, std::max(0, resolved.query.repeatExamDays))) {
        SupervisionFinding finding;
        finding.rule = found.rule == analytics::Rule::Overdose ? SupervisionRule::Overdose
            : found.rule == analytics::Rule::RepeatedExam      ? SupervisionRule::RepeatedExam
                                                               : SupervisionRule::Expense;
        finding.record = found.record;
        finding.day = dateOf(found.day);
        finding.practitioner = parties(found.author);
        finding.institution = parties(found.facility);
        finding.subject = found.subject;
        finding.value = found.value;
        finding.limit = found.limit;
        findings.append(finding);
    }
    return findings;
}

} // namespace medchain::client

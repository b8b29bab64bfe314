#include "demo/ConsentGenerator.h"

#include "demo/RecordWriter.h"

#include <algorithm>

namespace medchain::demo {

using chain::RecordCategory;

namespace {

// Proportions the issue asks for (grants by 20-40% of patients, requests mostly granted,
// amendments on 1-2% of records, most confirmed).
constexpr int kGrantPercent = 30; // patients who grant someone access
constexpr int kSecondGrantPercent = 20; // of them, who grant a second party
constexpr int kInstitutionGrantPercent = 20; // grants to an institution rather than a doctor
constexpr int kRevokePercent = 12;
constexpr int kSponsorPermille = 30; // diabetic patients who join the sponsor's trial
constexpr int kRequestPercent = 10; // patients a doctor asks for access
constexpr int kAmendPermille = 15; // records their author amends
constexpr int kAutomatedPercent = 30; // of institutions' reads
constexpr qint64 kMaxGrantMs = 365 * kDayMs;
constexpr qint64 kMargin = kMinuteMs + 1000; // strictly more than a minute

bool covers(const QList<RecordCategory> &categories, RecordCategory category)
{
    return categories.isEmpty() || categories.contains(category);
}

} // namespace

ConsentGenerator::ConsentGenerator(GeneratorContext &context, const RecordWriter &writer)
    : m_ctx(context), m_writer(writer)
{
}

QList<RecordCategory> ConsentGenerator::randomScope(DemoRandom &random) const
{
    if (random.percent(70))
        return {};
    static const QList<QList<RecordCategory>> scopes {
        {RecordCategory::Encounter, RecordCategory::Laboratory, RecordCategory::Imaging},
        {RecordCategory::Laboratory, RecordCategory::Imaging},
        {RecordCategory::Encounter, RecordCategory::Prescription}};
    return random.pick(scopes);
}

qint64 ConsentGenerator::randomGrantDays(DemoRandom &random) const
{
    static const WeightedChoice durations(std::vector<int> {25, 30, 25, 20});
    static constexpr qint64 kDays[] = {30, 90, 180, 365};
    return kDays[durations.pick(random)];
}

int ConsentGenerator::reads(const std::vector<HistoryRecord> &records, Reader reader, qint64 from,
                            qint64 until, const QList<RecordCategory> &categories, int count,
                            DemoRandom &random)
{
    const qint64 first = from + kMargin;
    const qint64 last = std::min(until, m_ctx.endMs) - kMargin;
    std::vector<const HistoryRecord *> eligible;
    for (const HistoryRecord &r : records)
        if (covers(categories, r.category) && r.practitioner != reader.practitioner
            && r.time + kMargin < last)
            eligible.push_back(&r);
    const bool institution = reader.institution >= 0;
    const bool sponsor = reader.institution == m_ctx.scenario.cast.sponsor;
    int done = 0;
    for (; done < count && !eligible.empty() && first < last; ++done) {
        const HistoryRecord &target = *random.pick(eligible);
        ReadEvent read;
        read.record = target.id;
        read.practitioner = reader.practitioner;
        read.institution = reader.institution;
        read.automated = institution && (sponsor || random.percent(kAutomatedPercent));
        read.purpose = random.pick(m_ctx.data.purposes(sponsor ? QStringLiteral("sponsor")
                                                           : read.automated
                                                           ? QStringLiteral("read_automated")
                                                           : QStringLiteral("read")));
        const qint64 earliest = std::max(first, target.time + kMargin);
        qint64 time = random.between(earliest, last);
        if (!read.automated) {
            // People read during the working day when the window allows it (the period starts
            // at midnight).
            const qint64 midnight = time - (time - m_ctx.options.startMs) % kDayMs;
            const qint64 daytime = midnight + random.between(8 * 60, 20 * 60) * kMinuteMs
                + random.between(0, 59) * 1000;
            if (daytime >= earliest && daytime <= last)
                time = daytime;
        }
        m_ctx.add(time, std::move(read));
    }
    return done;
}

bool ConsentGenerator::grant(int patient, const std::vector<HistoryRecord> &records, Reader grantee,
                             qint64 time, qint64 expiry, qint64 revokeTime,
                             const QList<RecordCategory> &categories, int readCount,
                             DemoRandom &random)
{
    if (time < m_ctx.options.startMs || time + 2 * kMargin >= m_ctx.endMs || expiry <= time
        || expiry - time > kMaxGrantMs
        || (revokeTime != 0
            && (revokeTime <= time + kMargin || revokeTime >= expiry || revokeTime >= m_ctx.endMs)))
        return false;
    GrantEvent g;
    g.patient = patient;
    g.practitioner = grantee.practitioner;
    g.institution = grantee.institution;
    g.categories = categories;
    g.expiry = expiry;
    g.revokeTime = revokeTime;
    m_ctx.add(time, std::move(g));
    reads(records, grantee, time, revokeTime != 0 ? revokeTime : expiry, categories, readCount,
          random);
    return true;
}

bool ConsentGenerator::request(int patient, const std::vector<HistoryRecord> &records,
                               int practitioner, qint64 time, qint64 expiry,
                               RequestEvent::Answer answer, qint64 answerTime, int readCount,
                               DemoRandom &random)
{
    const bool answered = answer != RequestEvent::Answer::None;
    if (time < m_ctx.options.startMs || time + 2 * kMargin >= m_ctx.endMs
        || expiry - time > kMaxGrantMs
        || (answered
            && (answerTime <= time + kMargin || answerTime >= m_ctx.endMs - kMargin
                || expiry - answerTime <= kDayMs)))
        return false;
    RequestEvent r;
    r.patient = patient;
    r.practitioner = practitioner;
    r.purpose = random.pick(m_ctx.data.purposes(QStringLiteral("request")));
    r.expiry = expiry;
    r.answer = answer;
    r.answerTime = answered ? answerTime : 0;
    m_ctx.add(time, std::move(r));
    if (answer == RequestEvent::Answer::Grant)
        reads(records, Reader {practitioner, -1}, answerTime, expiry, {}, readCount, random);
    return true;
}

bool ConsentGenerator::amend(const HistoryRecord &record, qint64 time,
                             AmendmentEvent::Answer answer, qint64 answerTime, DemoRandom &random)
{
    const bool answered = answer != AmendmentEvent::Answer::None;
    if (time <= record.time + kMargin || time >= m_ctx.endMs - kMargin
        || (answered && (answerTime <= time + kMargin || answerTime >= m_ctx.endMs)))
        return false;
    const auto &original = std::get<RecordEvent>(m_ctx.events[record.event].what);
    AmendmentEvent a;
    a.record = record.id;
    a.content = m_writer.amend(original.content, record.condition, random, &a.reason);
    a.answer = answer;
    a.answerTime = answered ? answerTime : 0;
    m_ctx.add(time, std::move(a));
    return true;
}

void ConsentGenerator::generate(int patient, const std::vector<HistoryRecord> &records,
                                const std::vector<int> &emergencyDoctors)
{
    if (records.empty())
        return;
    DemoRandom random = m_ctx.random(Stream::Consent, quint64(patient));
    const qint64 end = m_ctx.endMs;
    const auto later = [&](qint64 from, qint64 minMinutes, qint64 maxMinutes) {
        return from + random.between(minMinutes, maxMinutes) * kMinuteMs
            + random.between(0, 59) * 1000;
    };

    for (const HistoryRecord &record : records) {
        if (!random.permille(kAmendPermille))
            continue;
        const qint64 time = later(record.time, 30, 10 * 24 * 60);
        const int roll = int(random.below(100));
        const auto answer = roll < 80 ? AmendmentEvent::Answer::Confirm
            : roll < 90               ? AmendmentEvent::Answer::Reject
                                      : AmendmentEvent::Answer::None;
        const qint64 answerTime = std::min(later(time, 10, 5 * 24 * 60), end - 1000);
        amend(record, time, answer, answerTime, random);
    }

    std::vector<Reader> granted; // one grant per party at most
    const auto isExcluded = [&](Reader who) {
        if (who.practitioner >= 0
            && std::find(emergencyDoctors.cbegin(), emergencyDoctors.cend(), who.practitioner)
                != emergencyDoctors.cend())
            return true;
        return std::any_of(granted.cbegin(), granted.cend(), [&](Reader g) {
            return g.practitioner == who.practitioner && g.institution == who.institution;
        });
    };
    if (random.percent(kGrantPercent)) {
        const int grants = random.percent(kSecondGrantPercent) ? 2 : 1;
        for (int n = 0; n < grants; ++n) {
            const HistoryRecord &anchor = random.pick(records);
            Reader who {anchor.practitioner, -1};
            if (random.percent(kInstitutionGrantPercent) || isExcluded(who))
                who = Reader {-1, anchor.institution};
            if (isExcluded(who))
                continue;
            const qint64 time = later(anchor.time, 5, 2 * 24 * 60);
            const qint64 expiry = time + randomGrantDays(random) * kDayMs;
            qint64 revoke = 0;
            const qint64 revokeUntil = std::min(expiry, end) - kHourMs;
            if (random.percent(kRevokePercent) && revokeUntil > time + 2 * kDayMs)
                revoke = random.between(time + kDayMs, revokeUntil);
            if (grant(patient, records, who, time, expiry, revoke, randomScope(random),
                      1 + int(random.below(4)), random))
                granted.push_back(who);
        }
    }

    const int sponsor = m_ctx.scenario.cast.sponsor;
    const PatientInfo &info = m_ctx.patients[size_t(patient)];
    const bool diabetic = std::any_of(info.chronic.cbegin(), info.chronic.cend(), [&](int g) {
        return m_ctx.data.chronic[g].id == QLatin1String("t2dm");
    });
    if (diabetic && random.permille(kSponsorPermille)) {
        const qint64 time = later(random.pick(records).time, 60, 3 * 24 * 60);
        if (grant(patient, records, Reader {-1, sponsor}, time, time + 180 * kDayMs, 0,
                  {RecordCategory::Laboratory}, 1 + int(random.below(3)), random))
            granted.push_back(Reader {-1, sponsor});
    }

    if (records.size() >= 2 && random.percent(kRequestPercent)) {
        const HistoryRecord &visit = records[1 + size_t(random.below(records.size() - 1))];
        const Reader who {visit.practitioner, -1};
        if (!isExcluded(who)) {
            const qint64 time = later(visit.time, 1, 30);
            static constexpr qint64 kDays[] = {30, 90, 180};
            const qint64 expiry = time + kDays[random.below(3)] * kDayMs;
            const int roll = int(random.below(100));
            const auto answer = roll < 80 ? RequestEvent::Answer::Grant
                : roll < 92               ? RequestEvent::Answer::Decline
                                          : RequestEvent::Answer::None;
            request(patient, records, visit.practitioner, time, expiry, answer,
                    later(time, 5, 2 * 24 * 60), 1 + int(random.below(4)), random);
        }
    }
}

} // namespace medchain::demo

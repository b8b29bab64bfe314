#include "ScenarioChecker.h"

#include "WalletChecker.h"

#include "demo/Catalog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace medchain::demo::test {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 86'400'000;

/// Most administrations on one day, written out here rather than taken from Dosing.h.
int perDay(const QString &frequency)
{
    static const QHash<QString, int> table {
        {QStringLiteral("qd"), 1},  {QStringLiteral("bid"), 2},  {QStringLiteral("tid"), 3},
        {QStringLiteral("qid"), 4}, {QStringLiteral("q4h"), 6},  {QStringLiteral("q6h"), 4},
        {QStringLiteral("q8h"), 3}, {QStringLiteral("q12h"), 2}, {QStringLiteral("qn"), 1},
        {QStringLiteral("qod"), 1}, {QStringLiteral("qw"), 1},   {QStringLiteral("st"), 1},
        {QStringLiteral("biw"), 1}};
    return table.value(frequency, 0);
}

bool validCheckCharacter(const QString &id)
{
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    if (id.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!id[i].isDigit())
            return false;
        sum += id[i].digitValue() * kWeights[i];
    }
    return id[17] == QLatin1Char("10X98765432"[sum % 11]);
}

struct Interval {
    qint64 from = 0;
    qint64 until = 0; // exclusive end: min(expiry, revoke)
    QList<chain::RecordCategory> categories;
};

/// A reader's key: practitioners as themselves, institutions below zero.
qint64 readerKey(int patient, int practitioner, int institution)
{
    const qint64 who = practitioner >= 0 ? practitioner : -(qint64(institution) + 1);
    return qint64(patient) * (qint64(1) << 32) + who;
}

class Checker {
public:
    Checker(const Scenario &s, const Catalog &c, int limit) : m_s(s), m_catalog(c), m_limit(limit)
    {
    }

    QStringList run()
    {
        people();
        events();
        cast();
        return m_problems;
    }

private:
    void fail(const QString &problem)
    {
        if (m_problems.size() < m_limit)
            m_problems.append(problem);
    }
    bool inPeriod(qint64 t) const { return t >= m_start && t < m_end; }
    bool clinical(int institution) const
    {
        return institution >= 0 && institution < m_s.institutions.size()
            && (m_s.institutions[institution].kind == chain::InstitutionKind::Hospital
                || m_s.institutions[institution].kind == chain::InstitutionKind::Clinic);
    }
    static bool laterByAMinute(qint64 later, qint64 earlier)
    {
        return later > earlier && later - earlier >= kMinute;
    }

    void people()
    {
        if (m_s.authorityName.isEmpty() || m_s.authorityRegion != QLatin1String("340000"))
            fail(QStringLiteral("authority"));
        int gateways = 0;
        int sponsors = 0;
        int fundManagers = 0;
        for (const InstitutionSpec &i : m_s.institutions) {
            const RegionEntry *region = m_catalog.region(i.regionCode);
            if (!region || region->level != RegionLevel::District || i.name.isEmpty()
                || i.nameEn.isEmpty())
                fail(QStringLiteral("institution %1").arg(i.name));
            const bool clinicalKind = i.kind == chain::InstitutionKind::Hospital
                || i.kind == chain::InstitutionKind::Clinic;
            if (clinicalKind != (i.level >= 1 && i.level <= 3))
                fail(QStringLiteral("institution level %1").arg(i.name));
            gateways += i.kind == chain::InstitutionKind::PaymentGateway;
            sponsors += i.kind == chain::InstitutionKind::TrialSponsor;
            fundManagers += i.kind == chain::InstitutionKind::FundManager;
        }
        if (gateways != 1 || sponsors != 1 || fundManagers != 1)
            fail(QStringLiteral("one gateway, one sponsor and one fund manager"));
        QSet<QString> licences;
        for (const PractitionerSpec &p : m_s.practitioners) {
            if (!clinical(p.institution) || p.name.isEmpty() || p.specialty.isEmpty())
                fail(QStringLiteral("practitioner %1").arg(p.name));
            const bool digits = std::all_of(p.licence.cbegin(), p.licence.cend(),
                                            [](QChar c) { return c.isDigit(); });
            if (p.licence.size() != 15 || !digits || licences.contains(p.licence))
                fail(QStringLiteral("licence %1").arg(p.licence));
            licences.insert(p.licence);
        }
        QSet<QString> ids;
        for (const PatientSpec &p : m_s.patients) {
            if (!validCheckCharacter(p.nationalId) || ids.contains(p.nationalId))
                fail(QStringLiteral("national ID %1").arg(p.nationalId));
            ids.insert(p.nationalId);
            const RegionEntry *region = m_catalog.region(p.regionCode);
            if (!region || region->level != RegionLevel::District)
                fail(QStringLiteral("patient region %1").arg(p.regionCode));
            if ((p.sex != QLatin1String("F") && p.sex != QLatin1String("M")) || p.name.isEmpty()
                || !clinical(p.registeredAt) || p.birthYear < 1900 || p.birthYear > 2200)
                fail(QStringLiteral("patient %1").arg(p.name));
            // The ID carries the birth year and the sex (odd sequence numbers for men).
            if (p.nationalId.mid(6, 4).toInt() != p.birthYear
                || (p.nationalId.mid(16, 1).toInt() % 2 == 1) != (p.sex == QLatin1String("M")))
                fail(QStringLiteral("national ID against birth year and sex %1").arg(p.nationalId));
        }
    }

    void content(const records::RecordContent &c, const QString &where)
    {
        const auto decoded = records::RecordContent::decode(c.encode());
        if (!decoded.ok() || decoded.value() != c)
            fail(where + QStringLiteral(": content does not round-trip: ") + decoded.error());
        if (c.chiefComplaint.isEmpty() || c.diagnoses.isEmpty())
            fail(where + QStringLiteral(": no complaint or diagnosis"));
        for (const records::Diagnosis &d : c.diagnoses)
            if (!m_catalog.icd10(d.icd10))
                fail(where + QStringLiteral(": unknown ICD-10 code ") + d.icd10);
        for (const records::Prescription &p : c.prescriptions)
            if (!m_catalog.drug(p.drugCode) || p.doseMicrograms <= 0 || perDay(p.frequency) == 0
                || p.durationDays < 1 || p.durationDays > 3650)
                fail(where + QStringLiteral(": prescription ") + p.drugCode);
        for (const records::Exam &e : c.exams)
            if (!m_catalog.exam(e.code) || e.result.isEmpty())
                fail(where + QStringLiteral(": exam ") + e.code);
        for (const records::Fee &f : c.fees)
            if (f.amountFen <= 0 || f.item.isEmpty())
                fail(where + QStringLiteral(": fee"));
    }

    bool mayRead(const ReadEvent &read, qint64 time, const RecordEvent &record) const
    {
        const qint64 key = readerKey(record.patient, read.practitioner, read.institution);
        for (const Interval &i : m_grants.value(key))
            if (time > i.from + kMinute && time < i.until - kMinute
                && (i.categories.isEmpty() || i.categories.contains(record.category)))
                return true;
        if (read.practitioner < 0)
            return false;
        for (const qint64 at : m_emergencies.value(key))
            if (time >= at + kMinute && time <= at + kEmergencyWindowMs - kMinute)
                return true;
        return false;
    }

    bool hasActiveGrant(int patient, int practitioner, qint64 time) const
    {
        for (const Interval &i : m_grants.value(readerKey(patient, practitioner, -1)))
            if (time >= i.from && time < i.until)
                return true;
        return false;
    }

    void events()
    {
        m_start = m_s.options.startMs;
        m_end = m_start + qint64(m_s.options.days) * kDay;
        const int patients = int(m_s.patients.size());
        const int practitioners = int(m_s.practitioners.size());
        const int institutions = int(m_s.institutions.size());
        QList<const RecordEvent *> records;
        QList<qint64> recordTimes;
        QSet<int> amended;
        qint64 previous = m_start;
        for (qsizetype n = 0; n < m_s.events.size(); ++n) {
            const Event &e = m_s.events[n];
            const QString where = QStringLiteral("event %1").arg(n);
            if (e.time < previous)
                fail(where + QStringLiteral(": out of time order"));
            previous = e.time;
            if (!inPeriod(e.time))
                fail(where + QStringLiteral(": outside the period"));
            if (const auto *r = std::get_if<RecordEvent>(&e.what)) {
                if (r->patient < 0 || r->patient >= patients || r->practitioner < 0
                    || r->practitioner >= practitioners)
                    fail(where + QStringLiteral(": record parties"));
                if (r->encounterTime > e.time || e.time - r->encounterTime > 6 * 3'600'000)
                    fail(where + QStringLiteral(": encounter time"));
                content(r->content, where);
                records.append(r);
                recordTimes.append(e.time);
            } else if (const auto *a = std::get_if<AmendmentEvent>(&e.what)) {
                if (a->record < 0 || a->record >= records.size()) {
                    fail(where + QStringLiteral(": amends a record not yet written"));
                    continue;
                }
                if (e.time <= recordTimes[a->record] || amended.contains(a->record))
                    fail(where + QStringLiteral(": amendment time or a second amendment"));
                amended.insert(a->record);
                if (a->answer != AmendmentEvent::Answer::None
                    && (!inPeriod(a->answerTime) || !laterByAMinute(a->answerTime, e.time)))
                    fail(where + QStringLiteral(": amendment answer time"));
                if (a->reason.isEmpty() || a->content == records[a->record]->content)
                    fail(where + QStringLiteral(": amendment without reason or change"));
                content(a->content, where);
            } else if (const auto *g = std::get_if<GrantEvent>(&e.what)) {
                const bool one = (g->practitioner >= 0) != (g->institution >= 0);
                if (!one || g->practitioner >= practitioners || g->institution >= institutions
                    || g->patient < 0 || g->patient >= patients)
                    fail(where + QStringLiteral(": grant parties"));
                if (g->expiry <= e.time || g->expiry - e.time > 365 * kDay)
                    fail(where + QStringLiteral(": grant expiry"));
                if (g->revokeTime != 0
                    && (!inPeriod(g->revokeTime) || g->revokeTime >= g->expiry
                        || !laterByAMinute(g->revokeTime, e.time)))
                    fail(where + QStringLiteral(": revoke time"));
                m_grants[readerKey(g->patient, g->practitioner, g->institution)].append(
                    {e.time, g->revokeTime != 0 ? std::min(g->revokeTime, g->expiry) : g->expiry,
                     g->categories});
            } else if (const auto *q = std::get_if<RequestEvent>(&e.what)) {
                if (q->practitioner < 0 || q->practitioner >= practitioners || q->patient < 0
                    || q->patient >= patients || q->purpose.isEmpty())
                    fail(where + QStringLiteral(": request parties"));
                if (q->answer != RequestEvent::Answer::None
                    && (!inPeriod(q->answerTime) || !laterByAMinute(q->answerTime, e.time)
                        || q->expiry - q->answerTime > 365 * kDay
                        || q->expiry - q->answerTime <= kDay))
                    fail(where + QStringLiteral(": request answer or expiry"));
                if (q->answer == RequestEvent::Answer::Grant)
                    m_grants[readerKey(q->patient, q->practitioner, -1)].append(
                        {q->answerTime, q->expiry, {}});
            } else if (const auto *read = std::get_if<ReadEvent>(&e.what)) {
                if ((read->practitioner >= 0) == (read->institution >= 0)
                    || read->practitioner >= practitioners || read->institution >= institutions
                    || read->purpose.isEmpty()) {
                    fail(where + QStringLiteral(": read parties"));
                    continue;
                }
                if (read->record < 0 || read->record >= records.size()
                    || recordTimes[read->record] >= e.time) {
                    fail(where + QStringLiteral(": reads a record not yet written"));
                    continue;
                }
                const RecordEvent &record = *records[read->record];
                if (read->practitioner == record.practitioner)
                    fail(where + QStringLiteral(": the author reads their own record"));
                if (!mayRead(*read, e.time, record))
                    fail(where + QStringLiteral(": read without an active grant or emergency"));
            } else if (const auto *em = std::get_if<EmergencyEvent>(&e.what)) {
                if (em->practitioner < 0 || em->practitioner >= practitioners || em->patient < 0
                    || em->patient >= patients || em->reason.isEmpty())
                    fail(where + QStringLiteral(": emergency parties"));
                else if (hasActiveGrant(em->patient, em->practitioner, e.time))
                    fail(where + QStringLiteral(": emergency access while holding a grant"));
                m_emergencies[readerKey(em->patient, em->practitioner, -1)].append(e.time);
            }
        }
        if (records.size() != m_s.options.records)
            fail(QStringLiteral("%1 records instead of %2")
                     .arg(records.size())
                     .arg(m_s.options.records));
    }

    void cast()
    {
        const DemoCast &c = m_s.cast;
        if (c.patient < 0 || c.patient >= m_s.patients.size() || c.doctor < 0
            || c.doctor >= m_s.practitioners.size() || c.desk < 0
            || c.desk >= m_s.institutions.size() || c.gateway < 0
            || c.gateway >= m_s.institutions.size() || c.sponsor < 0
            || c.sponsor >= m_s.institutions.size() || c.fundManager < 0
            || c.fundManager >= m_s.institutions.size()) {
            fail(QStringLiteral("cast indices"));
            return;
        }
        if (c.desk != m_s.patients[c.patient].registeredAt
            || m_s.institutions[c.desk].kind != chain::InstitutionKind::Hospital)
            fail(QStringLiteral("the desk registered the cast patient and is a hospital"));
        if (m_s.institutions[c.gateway].kind != chain::InstitutionKind::PaymentGateway
            || m_s.institutions[c.sponsor].kind != chain::InstitutionKind::TrialSponsor
            || !m_s.institutions[c.gateway].regionCode.startsWith(QLatin1String("3401"))
            || !m_s.institutions[c.sponsor].regionCode.startsWith(QLatin1String("3401"))
            || m_s.institutions[c.fundManager].kind != chain::InstitutionKind::FundManager
            || !m_s.institutions[c.fundManager].regionCode.startsWith(QLatin1String("3401")))
            fail(QStringLiteral("gateway, sponsor and fund manager in Hefei"));
        if (!hasActiveGrant(c.patient, c.doctor, m_end - 1))
            fail(QStringLiteral("the cast doctor's grant is not active at the end"));
    }

    const Scenario &m_s;
    const Catalog &m_catalog;
    const int m_limit;
    qint64 m_start = 0;
    qint64 m_end = 0;
    QStringList m_problems;
    QHash<qint64, QList<Interval>> m_grants;
    QHash<qint64, QList<qint64>> m_emergencies;
};

void addInt(QCryptographicHash &h, qint64 v)
{
    h.addData(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v));
}

void addText(QCryptographicHash &h, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    addInt(h, utf8.size());
    h.addData(utf8);
}

void addAccount(QCryptographicHash &h, const Account &a)
{
    addInt(h, qint64(a.kind));
    addInt(h, a.index);
}

void addWalletEvent(QCryptographicHash &h, const Event &e)
{
    if (const auto *payment = std::get_if<PaymentEvent>(&e.what)) {
        addInt(h, qint64(payment->kind));
        addAccount(h, payment->account);
        addInt(h, payment->amount);
        addText(h, payment->reference);
    } else if (const auto *invoice = std::get_if<InvoiceEvent>(&e.what)) {
        for (const qint64 v :
             {qint64(invoice->institution), qint64(invoice->patient), qint64(invoice->feeType),
              invoice->amount, qint64(invoice->encounter)})
            addInt(h, v);
    } else if (const auto *settlement = std::get_if<SettlementEvent>(&e.what)) {
        addInt(h, settlement->invoice);
        addInt(h, qint64(settlement->kind));
    } else if (const auto *program = std::get_if<ProgramEvent>(&e.what)) {
        addAccount(h, program->owner);
        addText(h, program->name);
        addInt(h, program->category ? qint64(*program->category) : -1);
        addText(h, program->codes.join(QLatin1Char(';')));
        for (const qint64 v : {program->amountPerEvent, program->capPerPatient, program->funding})
            addInt(h, v);
    } else if (const auto *funding = std::get_if<ProgramFundingEvent>(&e.what)) {
        addInt(h, funding->program);
        addInt(h, funding->amount);
    } else if (const auto *enrolment = std::get_if<EnrolmentEvent>(&e.what)) {
        addInt(h, enrolment->program);
        addInt(h, enrolment->patient);
    } else if (const auto *fund = std::get_if<FundEvent>(&e.what)) {
        addInt(h, fund->institution);
        addText(h, fund->name);
    } else if (const auto *order = std::get_if<FundOrderEvent>(&e.what)) {
        for (const qint64 v :
             {qint64(order->kind), qint64(order->fund), qint64(order->patient), order->amount})
            addInt(h, v);
    } else if (const auto *yield = std::get_if<YieldEvent>(&e.what)) {
        addInt(h, yield->fund);
        addInt(h, yield->day);
        addInt(h, qint64(yield->ratePpb));
    }
}

} // namespace

QStringList checkScenario(const Scenario &scenario, const Catalog &catalog, int limit)
{
    QStringList problems = Checker(scenario, catalog, limit).run();
    problems += replayWallet(scenario, limit).problems;
    return problems.mid(0, limit);
}

QByteArray scenarioDigest(const Scenario &s)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &t : {s.authorityName, s.authorityNameEn, s.authorityRegion})
        addText(h, t);
    for (const InstitutionSpec &i : s.institutions) {
        addInt(h, int(i.kind));
        addInt(h, i.level);
        for (const QString &t : {i.name, i.nameEn, i.regionCode})
            addText(h, t);
    }
    for (const PractitionerSpec &p : s.practitioners) {
        addInt(h, p.institution);
        for (const QString &t : {p.name, p.licence, p.specialty})
            addText(h, t);
    }
    for (const PatientSpec &p : s.patients) {
        addInt(h, p.birthYear);
        addInt(h, p.registeredAt);
        for (const QString &t : {p.name, p.nationalId, p.sex, p.regionCode})
            addText(h, t);
    }
    for (const Event &e : s.events) {
        addInt(h, e.time);
        addInt(h, qint64(e.what.index()));
        if (const auto *r = std::get_if<RecordEvent>(&e.what)) {
            for (const qint64 v : {qint64(r->patient), qint64(r->practitioner), qint64(r->category),
                                   r->encounterTime})
                addInt(h, v);
            h.addData(r->content.encode());
            for (const int program : r->claims)
                addInt(h, program);
        } else if (const auto *a = std::get_if<AmendmentEvent>(&e.what)) {
            for (const qint64 v : {qint64(a->record), qint64(a->answer), a->answerTime})
                addInt(h, v);
            addText(h, a->reason);
            h.addData(a->content.encode());
        } else if (const auto *g = std::get_if<GrantEvent>(&e.what)) {
            for (const qint64 v : {qint64(g->patient), qint64(g->practitioner),
                                   qint64(g->institution), g->expiry, g->revokeTime})
                addInt(h, v);
            for (const chain::RecordCategory c : g->categories)
                addInt(h, qint64(c));
        } else if (const auto *q = std::get_if<RequestEvent>(&e.what)) {
            for (const qint64 v : {qint64(q->patient), qint64(q->practitioner), q->expiry,
                                   qint64(q->answer), q->answerTime})
                addInt(h, v);
            addText(h, q->purpose);
        } else if (const auto *read = std::get_if<ReadEvent>(&e.what)) {
            for (const qint64 v : {qint64(read->record), qint64(read->practitioner),
                                   qint64(read->institution), qint64(read->automated)})
                addInt(h, v);
            addText(h, read->purpose);
        } else if (const auto *em = std::get_if<EmergencyEvent>(&e.what)) {
            addInt(h, em->patient);
            addInt(h, em->practitioner);
            addText(h, em->reason);
        } else {
            addWalletEvent(h, e);
        }
    }
    const InjectedSignals &i = s.injected;
    for (const qint64 v : {i.outbreakStart, i.outbreakEnd, qint64(i.repeatedExamInstitution),
                           qint64(i.overdosePractitioner)})
        addInt(h, v);
    for (const QString &t : {i.outbreakRegion, i.repeatedExamCode, i.overdoseDrugCode})
        addText(h, t);
    for (const int v : {s.cast.patient, s.cast.doctor, s.cast.desk, s.cast.gateway, s.cast.sponsor,
                        s.cast.fundManager})
        addInt(h, v);
    return h.result();
}

qint64 chinaMidnight(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

int chinaMonth(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).date().month();
}

bool isInfluenzaLike(const records::RecordContent &content)
{
    return std::any_of(content.diagnoses.cbegin(), content.diagnoses.cend(),
                       [](const records::Diagnosis &d) {
                           return d.icd10.startsWith(QLatin1String("J10"))
                               || d.icd10.startsWith(QLatin1String("J11"));
                       });
}

QList<const RecordEvent *> recordsOf(const Scenario &scenario, QList<qint64> *times)
{
    QList<const RecordEvent *> list;
    for (const Event &e : scenario.events)
        if (const auto *r = std::get_if<RecordEvent>(&e.what)) {
            list.append(r);
            if (times)
                times->append(e.time);
        }
    return list;
}

QList<std::pair<int, QString>> prescriptionsAboveMaximum(const Scenario &scenario,
                                                         const Catalog &catalog)
{
    QList<std::pair<int, QString>> found;
    const QList<const RecordEvent *> records = recordsOf(scenario);
    const auto scan = [&](const records::RecordContent &c, int author) {
        for (const records::Prescription &p : c.prescriptions) {
            const int times = perDay(p.frequency);
            if (times == 0
                || p.doseMicrograms * times > catalog.drug(p.drugCode)->maxDailyMicrograms)
                found.append({author, p.drugCode});
        }
    };
    for (const Event &e : scenario.events) {
        if (const auto *r = std::get_if<RecordEvent>(&e.what))
            scan(r->content, r->practitioner);
        else if (const auto *a = std::get_if<AmendmentEvent>(&e.what))
            scan(a->content, records[a->record]->practitioner);
    }
    return found;
}

} // namespace medchain::demo::test

#include "demo/CastHistory.h"

#include "demo/ConsentGenerator.h"
#include "demo/PatientHistory.h"

#include <algorithm>

namespace medchain::demo {

using chain::RecordCategory;

namespace {

struct PlannedVisit {
    int day = 0;
    int condition = 0;
    int institution = 0;
    int specialty = 0;
    bool emergency = false;
};

/// The first day on or after `from` whose month (0..11) is one of `months`, else `from`.
int firstDayIn(const GeneratorContext &ctx, int from, std::initializer_list<int> months)
{
    for (int day = std::max(from, 0); day < ctx.options.days; ++day) {
        const int month = chinaDate(ctx.options.startMs + day * kDayMs + 12 * kHourMs).month - 1;
        if (std::find(months.begin(), months.end(), month) != months.end())
            return day;
    }
    return std::clamp(from, 0, ctx.options.days - 1);
}

} // namespace

void CastHistory::generate(GeneratorContext &ctx, PatientHistory &history,
                           ConsentGenerator &consent)
{
    const int patient = ctx.scenario.cast.patient;
    const int count = ctx.patients[size_t(patient)].records;
    const int days = ctx.options.days;
    const qint64 start = ctx.options.startMs;
    const qint64 end = ctx.endMs;
    DemoRandom random = ctx.random(Stream::Cast, 1);
    const auto specialty
        = [&](const char *name) { return ctx.data.specialtyIndex(QLatin1String(name)); };
    const auto condition
        = [&](const char *id) { return ctx.data.conditionIndex(QLatin1String(id)); };
    const auto at = [&](int percent) { return std::clamp(days * percent / 100, 0, days - 1); };

    const int desk = ctx.scenario.cast.desk;
    const int second = ctx.provincialHospitals.size() > 1 ? ctx.provincialHospitals[1] : desk;
    const int clinic = history.usualInstitution(patient, 1, random);
    const int endocrinology = specialty("Endocrinology");
    const int cardiology = specialty("Cardiology");
    const int lab = specialty("Laboratory medicine");
    const int gp = specialty("General practice");
    const int winter = firstDayIn(ctx, at(15), {11, 0, 1});

    std::vector<PlannedVisit> plan {
        {0, condition("dm_visit"), desk, endocrinology},
        {0, condition("dm_lab"), desk, lab},
        {at(6), condition("htn_visit"), second, cardiology},
        {at(10), condition("lipid_lab"), desk, lab},
        {winter, condition("uri"), clinic, gp},
        {std::min(winter + 20, days - 1), condition("bronchitis"), second,
         specialty("Respiratory medicine")},
        {firstDayIn(ctx, at(60), {9, 10}), condition("flu_vacc"), clinic,
         specialty("Preventive care")},
        {at(45), condition("nodule_ct"), desk, specialty("Radiology")},
        {at(55), condition("acs"), second, history.emergencySpecialty(), true},
        {std::min(at(55) + 3, days - 1), condition("chd_test"), second, cardiology},
        {at(65), condition("dm_eye"), desk, specialty("Ophthalmology")},
        {at(70), condition("htn_refill"), clinic, gp},
    };
    if (int(plan.size()) > count)
        plan.resize(size_t(count));
    // The rest: regular follow-ups over the whole period, the cast doctor's above all.
    const std::vector<PlannedVisit> routine {
        {0, condition("dm_visit"), desk, endocrinology},
        {0, condition("dm_refill"), clinic, gp},
        {0, condition("htn_visit"), second, cardiology},
        {0, condition("dm_lab"), desk, lab},
        {0, condition("htn_refill"), clinic, gp},
        {0, condition("dm_visit"), desk, endocrinology},
    };
    const int extra = count - int(plan.size());
    for (int k = 0; k < extra; ++k) {
        PlannedVisit visit = routine[size_t(k) % routine.size()];
        visit.day = std::clamp(int((qint64(k) * 2 + 1) * days / (qint64(extra) * 2)), 1, days - 1);
        plan.push_back(visit);
    }
    std::stable_sort(plan.begin(), plan.end(),
                     [](const PlannedVisit &a, const PlannedVisit &b) { return a.day < b.day; });

    std::vector<HistoryRecord> records;
    std::vector<int> emergencyDoctors;
    qint64 previous = 0;
    for (const PlannedVisit &visit : plan) {
        // Visits on one day follow each other (the lab after the consultation).
        qint64 encounter
            = start + visit.day * kDayMs + PatientHistory::visitTimeOfDay(random, visit.emergency);
        encounter = std::min(std::max(encounter, previous + 2 * kHourMs), end - kHourMs);
        previous = encounter;
        if (visit.emergency) {
            const int doctor = ctx.institutions[size_t(visit.institution)]
                                   .bySpecialty[size_t(visit.specialty)]
                                   .front();
            history.emergencyVisit(patient, visit.condition, visit.institution, doctor, encounter,
                                   random, &records, &emergencyDoctors);
            continue;
        }
        const int doctor
            = history.practitionerFor(patient, visit.institution, visit.specialty, encounter);
        records.push_back(history.addRecord(patient, visit.condition, visit.institution, doctor,
                                            encounter, random));
    }
    std::stable_sort(
        records.begin(), records.end(),
        [](const HistoryRecord &a, const HistoryRecord &b) { return a.time < b.time; });
    ctx.scenario.patients[patient].registeredAt = desk;
    if (records.empty())
        return;

    // The cast doctor: granted at the first consultation for half a year, then again for a
    // year when that runs out, so the grant is still active when the period ends.
    const int doctor = history.practitionerFor(patient, desk, endocrinology, start);
    ctx.scenario.cast.doctor = doctor;
    std::vector<const HistoryRecord *> byDoctor;
    for (const HistoryRecord &r : records)
        if (r.practitioner == doctor)
            byDoctor.push_back(&r);
    qint64 time
        = (byDoctor.empty() ? records.front().time : byDoctor.front()->time) + 20 * kMinuteMs;
    qint64 expiry = time + 180 * kDayMs;
    consent.grant(patient, records, Reader {doctor, -1}, time, expiry, 0, {}, 4, random);
    while (expiry < end + 30 * kDayMs) {
        time = expiry + random.between(60, 3 * 24 * 60) * kMinuteMs;
        if (time + kHourMs >= end)
            break;
        expiry = time + 365 * kDayMs;
        consent.grant(patient, records, Reader {doctor, -1}, time, expiry, 0, {}, 4, random);
    }

    // A cardiologist at the other provincial hospital, for the clinical categories.
    const int cardiologist = history.practitionerFor(patient, second, cardiology, start);
    for (const HistoryRecord &r : records)
        if (r.practitioner == cardiologist && cardiologist != doctor) {
            consent.grant(
                patient, records, Reader {cardiologist, -1}, r.time + 15 * kMinuteMs,
                r.time + 120 * kDayMs, 0,
                {RecordCategory::Encounter, RecordCategory::Laboratory, RecordCategory::Imaging}, 3,
                random);
            break;
        }

    // The trial sponsor sees laboratory results for a while, until the patient revokes it.
    const qint64 sponsorTime = start + at(30) * kDayMs + 10 * kHourMs;
    const qint64 sponsorRevoke = std::min(sponsorTime + 100 * kDayMs, end - kHourMs);
    consent.grant(patient, records, Reader {-1, ctx.scenario.cast.sponsor}, sponsorTime,
                  sponsorTime + 180 * kDayMs,
                  sponsorRevoke > sponsorTime + kDayMs ? sponsorRevoke : 0,
                  {RecordCategory::Laboratory}, 2, random);

    // The respiratory physician asks at the bronchitis visit and is granted; a doctor
    // elsewhere asks too and is declined.
    const int respiratory
        = history.practitionerFor(patient, second, specialty("Respiratory medicine"), start);
    for (const HistoryRecord &r : records)
        if (r.practitioner == respiratory && respiratory != doctor && respiratory != cardiologist) {
            const qint64 asked = r.time + 10 * kMinuteMs;
            consent.request(patient, records, respiratory, asked, asked + 60 * kDayMs,
                            RequestEvent::Answer::Grant, asked + 25 * kMinuteMs, 2, random);
            break;
        }
    for (int i = 0; i < int(ctx.institutions.size()); ++i) {
        if (ctx.institutions[size_t(i)].level != 3 || i == desk || i == second
            || i == ctx.scenario.injected.repeatedExamInstitution)
            continue;
        const int asker = ctx.institutions[size_t(i)]
                              .bySpecialty[size_t(specialty("Internal medicine"))]
                              .front();
        const qint64 asked = start + at(50) * kDayMs + 15 * kHourMs;
        consent.request(patient, records, asker, asked, asked + 90 * kDayMs,
                        RequestEvent::Answer::Decline, asked + kDayMs, 0, random);
        break;
    }

    // Amendments by the cast doctor: an early one the patient confirms, a late one pending.
    const HistoryRecord *confirmed = byDoctor.size() > 1 ? byDoctor[1] : &records.front();
    consent.amend(*confirmed, confirmed->time + 2 * kDayMs, AmendmentEvent::Answer::Confirm,
                  confirmed->time + 3 * kDayMs, random);
    for (auto it = records.crbegin(); it != records.crend(); ++it)
        if (&*it != confirmed && it->time + kDayMs < end
            && (it->practitioner == doctor || byDoctor.size() < 2)) {
            consent.amend(*it, it->time + 2 * kHourMs, AmendmentEvent::Answer::None, 0, random);
            break;
        }
}

} // namespace medchain::demo

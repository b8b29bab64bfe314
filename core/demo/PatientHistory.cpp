#include "demo/PatientHistory.h"

#include "demo/RecordWriter.h"

#include <algorithm>
#include <numeric>

namespace medchain::demo {

namespace {

constexpr int kMaxAge = 100;
constexpr int kChronicSharePercent = 65; // of a chronic patient's records
constexpr int kEmergencyPermille = 4; // of acute visits (about half of all): 0.2% of records
constexpr int kUsualPercent = 85; // visits at the patient's usual institution of that level

int tableIndex(QChar sex, int age, int month)
{
    return ((sex == QLatin1Char('F') ? 1 : 0) * (kMaxAge + 1) + std::clamp(age, 0, kMaxAge)) * 12
        + month;
}

} // namespace

PatientHistory::PatientHistory(GeneratorContext &context, const RecordWriter &writer)
    : m_ctx(context), m_writer(writer)
{
    const QList<Condition> &conditions = context.data.conditions;
    for (int c = 0; c < int(conditions.size()); ++c)
        if (conditions[c].group < 0)
            m_acute.push_back(c);
    buildAcuteTables();

    // A day's load follows the season of the acute conditions, and clinics see fewer people at
    // weekends.
    std::array<quint64, 12> monthLoad {};
    for (const int c : m_acute)
        for (int month = 0; month < 12; ++month)
            monthLoad[size_t(month)] += quint64(conditions[c].months[size_t(month)]);
    for (int day = 0; day < context.options.days; ++day) {
        const qint64 noon = context.options.startMs + day * kDayMs + 12 * kHourMs;
        const int month = chinaDate(noon).month - 1;
        const int weekday = chinaWeekday(noon);
        m_dayMonth.push_back(month);
        m_days.add(monthLoad[size_t(month)] * (weekday == 0 || weekday == 6 ? 7 : 10));
    }
    m_emergencySpecialty = context.data.specialtyIndex(QStringLiteral("Emergency medicine"));
    m_radiology = context.data.specialtyIndex(QStringLiteral("Radiology"));
}

void PatientHistory::buildAcuteTables()
{
    // Age bands weigh ages against each other within a condition; its weight says how common it
    // is across the whole population. So each condition is divided by the population's mean of
    // its age weights (from the age pyramid, both sexes).
    const QList<Condition> &conditions = m_ctx.data.conditions;
    std::array<qint64, kMaxAge + 1> population {};
    for (const AgeGroup &group : m_ctx.data.ages)
        for (int age = group.from; age <= std::min(group.to, kMaxAge); ++age)
            population[size_t(age)]
                = (group.malePermille + group.femalePermille) * 1000 / (group.to - group.from + 1);
    const qint64 people = std::accumulate(population.cbegin(), population.cend(), qint64(0));
    std::vector<qint64> meanAgeWeight; // × people
    for (const int c : m_acute) {
        qint64 sum = 0;
        for (int age = 0; age <= kMaxAge; ++age)
            sum += population[size_t(age)] * weightAtAge(conditions[c].ages, age)
                * (conditions[c].sex == QLatin1Char('*') ? 2 : 1);
        meanAgeWeight.push_back(std::max<qint64>(sum / 2, 1));
    }
    m_acuteTables.resize(size_t(2 * (kMaxAge + 1) * 12));
    for (const QChar sex : {QLatin1Char('M'), QLatin1Char('F')})
        for (int age = 0; age <= kMaxAge; ++age)
            for (int month = 0; month < 12; ++month) {
                WeightedChoice &table = m_acuteTables[size_t(tableIndex(sex, age, month))];
                table.reserve(m_acute.size());
                for (size_t i = 0; i < m_acute.size(); ++i) {
                    const Condition &condition = conditions[m_acute[i]];
                    table.add(condition.allows(sex) ? quint64(condition.months[size_t(month)]
                                                              * weightAtAge(condition.ages, age)
                                                              * people / meanAgeWeight[i])
                                                    : 0);
                }
            }
}

int PatientHistory::ageAt(int patient, qint64 time) const
{
    return m_ctx.patients[size_t(patient)].age
        + int((time - m_ctx.options.startMs) / (365 * kDayMs));
}

int PatientHistory::pickAcute(int patient, qint64 time, DemoRandom &random) const
{
    const PatientInfo &p = m_ctx.patients[size_t(patient)];
    const int day = int((time - m_ctx.options.startMs) / kDayMs);
    const int month = m_dayMonth[size_t(std::clamp(day, 0, m_ctx.options.days - 1))];
    const WeightedChoice &table
        = m_acuteTables[size_t(tableIndex(p.sex, ageAt(patient, time), month))];
    return table.total() > 0 ? m_acute[size_t(table.pick(random))] : m_acute.front();
}

int PatientHistory::pickWeighted(const QList<WeightedIndex> &options, int patient, qint64 time,
                                 DemoRandom &random) const
{
    const PatientInfo &p = m_ctx.patients[size_t(patient)];
    const int age = ageAt(patient, time);
    WeightedChoice choice;
    for (const WeightedIndex &option : options) {
        const Condition &c = m_ctx.data.conditions[option.index];
        choice.add(c.allows(p.sex) ? quint64(option.weight * weightAtAge(c.ages, age)) : 0);
    }
    if (choice.total() == 0)
        return -1;
    return options[choice.pick(random)].index;
}

qint64 PatientHistory::visitTimeOfDay(DemoRandom &random, bool anyHour)
{
    const qint64 seconds = random.between(0, 59) * 1000;
    if (anyHour)
        return random.between(0, 24 * 60 - 1) * kMinuteMs + seconds;
    const int period = int(random.below(100));
    if (period < 60) // morning clinic
        return (8 * 60 + random.between(0, 210)) * kMinuteMs + seconds;
    if (period < 95) // afternoon clinic
        return (14 * 60 + random.between(0, 210)) * kMinuteMs + seconds;
    return (18 * 60 + random.between(0, 180)) * kMinuteMs + seconds; // evening
}

qint64 PatientHistory::recordTime(qint64 encounter, DemoRandom &random) const
{
    const qint64 written = encounter + random.between(0, 90) * kMinuteMs;
    return std::min(written, m_ctx.endMs - 1);
}

int PatientHistory::usualInstitution(int patient, int level, DemoRandom &random)
{
    PatientInfo &p = m_ctx.patients[size_t(patient)];
    if (p.usual[size_t(level)] < 0)
        p.usual[size_t(level)]
            = random.pick(m_ctx.districts[size_t(p.district)].candidates[size_t(level)]);
    return p.usual[size_t(level)];
}

int PatientHistory::practitionerFor(int patient, int institution, int specialty, qint64 time)
{
    const Specialty &s = m_ctx.data.specialties[specialty];
    if (ageAt(patient, time) < 14 && s.paediatric >= 0)
        specialty = s.paediatric;
    if (m_doctorsOf != patient) {
        m_doctors.clear();
        m_doctorsOf = patient;
    }
    const qint64 key = qint64(institution) * 1024 + specialty;
    const auto it = m_doctors.constFind(key);
    if (it != m_doctors.cend())
        return *it;
    const std::vector<int> &doctors
        = m_ctx.institutions[size_t(institution)].bySpecialty[size_t(specialty)];
    DemoRandom random(DemoRandom::mix(m_ctx.options.seed, quint64(patient)), quint64(key));
    const int doctor = random.pick(doctors);
    m_doctors.insert(key, doctor);
    return doctor;
}

HistoryRecord PatientHistory::addRecord(int patient, int condition, int institution,
                                        int practitioner, qint64 encounterTime, DemoRandom &random)
{
    const Visit visit {condition, patient, institution, practitioner};
    RecordEvent record;
    record.patient = patient;
    record.practitioner = practitioner;
    record.category = m_ctx.data.conditions[condition].category;
    record.encounterTime = encounterTime;
    record.content = m_writer.write(visit, random);
    const qint64 time = recordTime(encounterTime, random);
    HistoryRecord h;
    h.event = int(m_ctx.events.size());
    h.id = m_ctx.add(time, std::move(record));
    h.time = time;
    h.practitioner = practitioner;
    h.institution = institution;
    h.condition = condition;
    h.category = m_ctx.data.conditions[condition].category;
    return h;
}

void PatientHistory::planSlots(int patient, DemoRandom &random)
{
    const PatientInfo &p = m_ctx.patients[size_t(patient)];
    const qint64 start = m_ctx.options.startMs;
    const int days = m_ctx.options.days;
    m_slots.clear();
    const int outbreak = std::min(p.outbreakCases, p.records);
    const int chronic = p.chronic.isEmpty()
        ? 0
        : std::max(1, (p.records - outbreak) * kChronicSharePercent / 100);
    const int chronicSlots = std::min(chronic, p.records - outbreak);

    const InjectedSignals &injected = m_ctx.scenario.injected;
    const qint64 windowDays = (injected.outbreakEnd - injected.outbreakStart) / kDayMs;
    for (int i = 0; i < outbreak; ++i) {
        // Cases cluster in the middle of the window: the mean of two uniform draws.
        const qint64 day
            = (random.between(0, windowDays - 1) + random.between(0, windowDays - 1) + 1) / 2;
        m_slots.push_back(
            {injected.outbreakStart + day * kDayMs + visitTimeOfDay(random, false), 2, -1});
    }

    // Chronic visits spread evenly over the condition's span; each group gets a share by its
    // number of visits a year.
    WeightedChoice groups;
    for (const int g : p.chronic)
        groups.add(quint64(m_ctx.data.chronic[g].visitsPerYear));
    std::vector<int> perGroup(size_t(p.chronic.size()), 0);
    for (int i = 0; i < chronicSlots; ++i)
        ++perGroup[size_t(groups.pick(random))];
    for (int gi = 0; gi < int(p.chronic.size()); ++gi) {
        const ChronicCondition &group = m_ctx.data.chronic[p.chronic[gi]];
        const int span = group.spanDays > 0 && group.spanDays < days ? group.spanDays : days;
        const int first = int(random.between(0, days - span));
        const qint64 visits = perGroup[size_t(gi)];
        for (int k = 0; k < visits; ++k) {
            const qint64 offset
                = (qint64(k) * 100 + random.between(15, 85)) * span / (visits * 100);
            const qint64 day = first + std::min<qint64>(offset, span - 1);
            const qint64 time = start + day * kDayMs + visitTimeOfDay(random, false);
            const int month = m_dayMonth[size_t(day)];
            WeightedChoice rows;
            for (const int c : group.conditions)
                rows.add(quint64(m_ctx.data.conditions[c].months[size_t(month)]));
            const int condition
                = rows.total() > 0 ? group.conditions[rows.pick(random)] : group.conditions.front();
            m_slots.push_back({time, 1, condition});
        }
    }

    while (int(m_slots.size()) < p.records) {
        const int day = m_days.pick(random);
        m_slots.push_back({start + day * kDayMs + visitTimeOfDay(random, false), 0, -1});
    }
    std::stable_sort(m_slots.begin(), m_slots.end(),
                     [](const Slot &a, const Slot &b) { return a.encounter < b.encounter; });
}

void PatientHistory::emergencyVisit(int patient, int condition, int hospital, int doctor,
                                    qint64 encounter, DemoRandom &random,
                                    std::vector<HistoryRecord> *records,
                                    std::vector<int> *emergencyDoctors)
{
    const qint64 accessTime = encounter - random.between(10, 60) * kMinuteMs;
    const qint64 firstRead = accessTime + random.between(2, 40) * kMinuteMs;
    std::vector<int> readable;
    for (int i = 0; i < int(records->size()); ++i)
        if ((*records)[size_t(i)].time < firstRead - kMinuteMs
            && (*records)[size_t(i)].practitioner != doctor)
            readable.push_back(i);
    if (readable.empty() || accessTime < m_ctx.options.startMs
        || firstRead + 30 * kMinuteMs >= m_ctx.endMs - kMinuteMs) {
        records->push_back(addRecord(patient, condition, hospital, doctor, encounter, random));
        return; // nothing to read, or too close to the end: an ordinary emergency visit
    }
    const QStringList &reasons = m_ctx.data.purposes(QStringLiteral("emergency"));
    m_ctx.add(accessTime, EmergencyEvent {patient, doctor, random.pick(reasons)});
    emergencyDoctors->push_back(doctor);
    const int reads = std::min(int(readable.size()), 1 + int(random.below(3)));
    qint64 readTime = firstRead;
    for (int r = 0; r < reads; ++r) {
        const size_t at = size_t(random.below(quint64(readable.size())));
        const HistoryRecord &target = (*records)[size_t(readable[at])];
        readable.erase(readable.begin() + qptrdiff(at));
        ReadEvent read;
        read.record = target.id;
        read.practitioner = doctor;
        read.purpose = reasons.front();
        m_ctx.add(readTime, std::move(read));
        readTime += random.between(1, 10) * kMinuteMs;
    }
    records->push_back(addRecord(patient, condition, hospital, doctor, encounter, random));
}

void PatientHistory::repeatExam(int patient, size_t slot, DemoRandom &random,
                                std::vector<HistoryRecord> *records, size_t *next)
{
    // Injected: one hospital orders the same exam again within days, far too often. The
    // patient's next visit becomes the repeat.
    const InjectedSignals &injected = m_ctx.scenario.injected;
    const HistoryRecord done = records->back();
    if (done.institution != injected.repeatedExamInstitution || slot + 1 >= m_slots.size()
        || m_slots[slot + 1].kind != 0 || !random.percent(m_ctx.data.settings.repeatedExamPercent))
        return;
    const auto &previous = std::get<RecordEvent>(m_ctx.events[done.event].what);
    if (!RecordWriter::hasExam(previous.content, injected.repeatedExamCode))
        return;
    const int days = int(random.between(1, 4));
    const qint64 encounter
        = m_slots[slot].encounter + days * kDayMs + random.between(-3 * 60, 3 * 60) * kMinuteMs;
    if (encounter + 2 * kHourMs >= m_ctx.endMs)
        return;
    ++*next;
    RecordEvent repeat;
    repeat.patient = patient;
    repeat.practitioner = practitionerFor(patient, done.institution, m_radiology, encounter);
    repeat.category = chain::RecordCategory::Imaging;
    repeat.encounterTime = encounter;
    repeat.content = m_writer.repeatExam(previous.content, injected.repeatedExamCode, days, random);
    HistoryRecord h = done;
    h.time = recordTime(encounter, random);
    h.event = int(m_ctx.events.size());
    h.practitioner = repeat.practitioner;
    h.category = chain::RecordCategory::Imaging;
    h.id = m_ctx.add(h.time, std::move(repeat));
    records->push_back(h);
}

void PatientHistory::generate(int patient, std::vector<HistoryRecord> *records,
                              std::vector<int> *emergencyDoctors)
{
    DemoRandom random = m_ctx.random(Stream::History, quint64(patient));
    records->clear();
    emergencyDoctors->clear();
    planSlots(patient, random);
    const ScenarioSettings &settings = m_ctx.data.settings;
    const int district = m_ctx.patients[size_t(patient)].district;

    for (size_t i = 0; i < m_slots.size(); ++i) {
        const Slot slot = m_slots[i];
        int condition = slot.condition;
        if (slot.kind == 2)
            condition = pickWeighted(settings.outbreakConditions, patient, slot.encounter, random);
        if (condition < 0)
            condition = pickAcute(patient, slot.encounter, random);

        if (slot.kind == 0 && !records->empty() && random.permille(kEmergencyPermille)) {
            const int urgent
                = pickWeighted(settings.emergencyConditions, patient, slot.encounter, random);
            const qint64 day = (slot.encounter - m_ctx.options.startMs) / kDayMs;
            const int hospital = usualInstitution(patient, 3, random);
            const int doctor = m_ctx.institutions[size_t(hospital)]
                                   .bySpecialty[size_t(m_emergencySpecialty)]
                                   .front();
            emergencyVisit(patient, urgent >= 0 ? urgent : condition, hospital, doctor,
                           m_ctx.options.startMs + day * kDayMs + visitTimeOfDay(random, true),
                           random, records, emergencyDoctors);
            continue;
        }

        const Condition &c = m_ctx.data.conditions[condition];
        const WeightedChoice levels(std::vector<qint64> {0, c.levels[1], c.levels[2], c.levels[3]});
        const int level = levels.pick(random);
        int institution = usualInstitution(patient, level, random);
        if (slot.kind != 2 && !random.percent(kUsualPercent))
            institution = random.pick(m_ctx.districts[size_t(district)].candidates[size_t(level)]);
        const int doctor = practitionerFor(patient, institution, c.specialty, slot.encounter);
        records->push_back(
            addRecord(patient, condition, institution, doctor, slot.encounter, random));
        repeatExam(patient, i, random, records, &i);
    }
    std::stable_sort(
        records->begin(), records->end(),
        [](const HistoryRecord &a, const HistoryRecord &b) { return a.time < b.time; });
    if (!records->empty())
        m_ctx.scenario.patients[patient].registeredAt = records->front().institution;
}

} // namespace medchain::demo

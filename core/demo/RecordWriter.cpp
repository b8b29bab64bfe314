#include "demo/RecordWriter.h"

#include "demo/Dosing.h"
#include "demo/GeneratorContext.h"

#include <algorithm>

namespace medchain::demo {

using chain::RecordCategory;
using records::RecordContent;

namespace {

// Fee items, stable keys the regulator's views group by.
const QString kRegistration = QStringLiteral("registration");
const QString kConsultation = QStringLiteral("consultation");
const QString kExam = QStringLiteral("exam");
const QString kDrug = QStringLiteral("drug");

/// ICD-10 chapters whose adult patients the overdose prescriber gives the painkiller to:
/// infections, respiratory, musculoskeletal, symptoms and injuries.
bool isPainOrFeverChapter(int chapter)
{
    return chapter == 1 || chapter == 10 || chapter == 13 || chapter == 18 || chapter == 19;
}

/// Young's rule (dose × age / (age + 12)), rounded down to a dose one can measure.
qint64 childDose(qint64 adultDose, int age)
{
    const int years = std::max(age, 1);
    const qint64 step = adultDose >= 100'000 ? 5'000
        : adultDose >= 10'000                ? 1'000
        : adultDose >= 1'000                 ? 100
                                             : 1;
    const qint64 dose = adultDose * years / (years + 12) / step * step;
    return std::max(dose, step);
}

const TextChoice &pickText(const QList<TextChoice> &choices, int age, DemoRandom &random)
{
    int fitting = 0;
    for (const TextChoice &c : choices)
        if (age >= c.ageFrom && age <= c.ageTo)
            ++fitting;
    int n = int(random.below(quint64(fitting)));
    for (const TextChoice &c : choices)
        if (age >= c.ageFrom && age <= c.ageTo && n-- == 0)
            return c;
    return choices.front(); // unreachable: every condition has a text for all ages
}

void addFee(RecordContent &content, const QString &item, qint64 amountFen)
{
    if (amountFen > 0)
        content.fees.append({item, amountFen});
}

} // namespace

RecordWriter::RecordWriter(const GeneratorContext &context) : m_ctx(context)
{
    for (const ExamEntry &exam : context.catalog.exams()) {
        m_examIndex.insert(exam.code, qsizetype(m_normalResults.size()));
        m_normalResults.push_back(TextTemplate::compile(exam.normalResult).value());
    }
}

const TextTemplate &RecordWriter::normalResult(const QString &examCode) const
{
    return m_normalResults[size_t(m_examIndex.value(examCode))];
}

bool RecordWriter::hasExam(const RecordContent &content, const QString &code)
{
    return std::any_of(content.exams.cbegin(), content.exams.cend(),
                       [&](const records::Exam &e) { return e.code == code; });
}

QStringList RecordWriter::diagnosisCodes(const Visit &visit, const Condition &condition,
                                         DemoRandom &random) const
{
    if (!condition.stable)
        return condition.diagnoses[condition.diagnosisPicker.pick(random)];
    // The same draw for every visit of this patient and group: rows of a group list the same
    // alternatives, so a diabetic keeps "E11.2" from visit to visit.
    DemoRandom stable(DemoRandom::mix(m_ctx.options.seed, quint64(visit.patient)),
                      quint64(1000 + std::max(condition.group, 0)));
    return condition.diagnoses[condition.diagnosisPicker.pick(stable)];
}

records::Prescription RecordWriter::prescribe(const QString &atc, qint64 doseOverride,
                                              const Visit &visit, bool longCourse,
                                              DemoRandom &random, qint64 *feeFen) const
{
    const DrugEntry &drug = *m_ctx.catalog.drug(atc);
    const PatientInfo &patient = m_ctx.patients[size_t(visit.patient)];
    records::Prescription p;
    p.drugCode = drug.atc;
    p.drugName = drug.nameZh;
    p.doseMicrograms = doseOverride > 0 ? doseOverride : drug.doseMicrograms;
    const bool vaccine = atc.startsWith(QLatin1String("J07"));
    if (patient.age < 14 && !vaccine && doseOverride == 0)
        p.doseMicrograms = childDose(p.doseMicrograms, patient.age);
    p.frequency = drug.frequencies.size() > 1 && random.percent(30)
        ? drug.frequencies[1 + qsizetype(random.below(quint64(drug.frequencies.size() - 1)))]
        : drug.frequencies.front();
    const InjectedSignals &injected = m_ctx.scenario.injected;
    if (visit.practitioner == injected.overdosePractitioner && atc == injected.overdoseDrugCode
        && patient.age >= 14) {
        p.doseMicrograms = m_ctx.overdoseDoseMicrograms;
        p.frequency = m_ctx.overdoseFrequency;
    }
    p.durationDays = p.frequency == QLatin1String("st") ? 1
        : longCourse                                    ? drug.maxDays
                     : random.between(drug.minDays, drug.maxDays);
    const qint64 administrations = administrationsOver(p.frequency, p.durationDays).value_or(1);
    *feeFen += std::max<qint64>(
        1, drug.priceFen * administrations * p.doseMicrograms / drug.doseMicrograms);
    return p;
}

records::Exam RecordWriter::examine(const QString &code, const TextTemplate *result,
                                    DemoRandom &random, qint64 *feeFen) const
{
    const ExamEntry &exam = *m_ctx.catalog.exam(code);
    *feeFen += exam.feeFen;
    const TextTemplate &text = result && !result->isEmpty() ? *result : normalResult(code);
    return {exam.code, exam.nameZh, text.expand(random)};
}

const TextTemplate &RecordWriter::resultTemplate(int condition, const QString &examCode) const
{
    for (const OrderSlot &slot : m_ctx.data.conditions[condition].orders)
        for (const OrderChoice &choice : slot.choices)
            if (!choice.isDrug && choice.code == examCode && !choice.result.isEmpty())
                return choice.result;
    return normalResult(examCode);
}

RecordContent RecordWriter::write(const Visit &visit, DemoRandom &random) const
{
    const Condition &condition = m_ctx.data.conditions[visit.condition];
    const PatientInfo &patient = m_ctx.patients[size_t(visit.patient)];
    const InstitutionInfo &institution = m_ctx.institutions[size_t(visit.institution)];
    const InjectedSignals &injected = m_ctx.scenario.injected;
    RecordContent content;
    if (condition.group >= 0) {
        // A chronic patient's complaint is carried from visit to visit, as clinicians do.
        DemoRandom carried(DemoRandom::mix(m_ctx.options.seed, quint64(visit.patient)),
                           quint64(2000 + visit.condition));
        content.chiefComplaint
            = pickText(condition.complaints, patient.age, carried).text.expand(carried);
    } else {
        content.chiefComplaint
            = pickText(condition.complaints, patient.age, random).text.expand(random);
    }
    const QStringList codes = diagnosisCodes(visit, condition, random);
    for (const QString &code : codes)
        content.diagnoses.append({code, m_ctx.catalog.icd10(code)->titleZh});

    const bool longCourse = condition.group >= 0;
    qint64 drugFee = 0;
    qint64 examFee = 0;
    for (int s = 0; s < condition.orders.size(); ++s) {
        const OrderSlot &slot = condition.orders[s];
        // A laboratory, imaging, prescription or vaccination record always has its first order.
        const bool required = s == 0 && condition.category != RecordCategory::Encounter;
        if (!required && !random.percent(slot.chancePercent))
            continue;
        const OrderChoice &choice = slot.choices[slot.picker.pick(random)];
        if (choice.isDrug) {
            const bool already = std::any_of(
                content.prescriptions.cbegin(), content.prescriptions.cend(),
                [&](const records::Prescription &p) { return p.drugCode == choice.code; });
            if (!already)
                content.prescriptions.append(prescribe(choice.code, choice.doseMicrograms, visit,
                                                       longCourse, random, &drugFee));
        } else if (!hasExam(content, choice.code)) {
            content.exams.append(examine(choice.code, &choice.result, random, &examFee));
        }
    }

    const Icd10Chapter *chapterEntry = m_ctx.catalog.chapterOf(codes.front());
    const int chapter = chapterEntry ? chapterEntry->number : 0;
    if (condition.category == RecordCategory::Encounter) {
        // Injected: the overdose prescriber adds the painkiller, above its maximum daily dose.
        if (visit.practitioner == injected.overdosePractitioner && patient.age >= 14
            && isPainOrFeverChapter(chapter) && random.percent(m_ctx.data.settings.overdosePercent)
            && std::none_of(content.prescriptions.cbegin(), content.prescriptions.cend(),
                            [&](const records::Prescription &p) {
                                return p.drugCode == injected.overdoseDrugCode;
                            }))
            content.prescriptions.append(
                prescribe(injected.overdoseDrugCode, 0, visit, false, random, &drugFee));
        // Injected: the repeated-exam hospital also orders its favourite exam liberally.
        if (visit.institution == injected.repeatedExamInstitution && chapter == 10
            && !hasExam(content, injected.repeatedExamCode) && random.percent(40))
            content.exams.append(examine(injected.repeatedExamCode, nullptr, random, &examFee));
    }

    content.notes = pickText(condition.notes, patient.age, random).text.expand(random);
    if (condition.category == RecordCategory::Encounter
        || condition.category == RecordCategory::Prescription
        || condition.category == RecordCategory::Vaccination)
        addFee(content, kRegistration, institution.registrationFen);
    if (condition.category == RecordCategory::Encounter)
        addFee(content, kConsultation, institution.consultationFen);
    addFee(content, kExam, examFee);
    addFee(content, kDrug, drugFee);
    return content;
}

RecordContent RecordWriter::repeatExam(const RecordContent &previous, const QString &examCode,
                                       int daysSince, DemoRandom &random) const
{
    const ScenarioSettings &s = m_ctx.data.settings;
    const ExamEntry &exam = *m_ctx.catalog.exam(examCode);
    RecordContent content;
    content.chiefComplaint
        = QString(s.repeatExamComplaint).replace(QLatin1String("{exam}"), exam.nameZh);
    content.diagnoses = previous.diagnoses;
    qint64 fee = 0;
    records::Exam repeated = examine(examCode, nullptr, random, &fee);
    repeated.result = QString(s.repeatExamResult)
                          .replace(QLatin1String("{days}"), QString::number(daysSince))
                          .replace(QLatin1String("{result}"), repeated.result);
    content.exams.append(repeated);
    content.notes = QString(s.repeatExamNote).replace(QLatin1String("{exam}"), exam.nameZh);
    addFee(content, kExam, fee);
    return content;
}

RecordContent RecordWriter::amend(const RecordContent &original, int conditionIndex,
                                  DemoRandom &random, QString *reason) const
{
    const Condition &condition = m_ctx.data.conditions[conditionIndex];
    QList<const AmendmentReason *> possible;
    for (const AmendmentReason &r : m_ctx.data.amendmentReasons) {
        const bool fits = (r.kind == QLatin1String("diagnosis") && condition.diagnoses.size() > 1
                           && !original.diagnoses.isEmpty())
            || (r.kind == QLatin1String("dose") && !original.prescriptions.isEmpty())
            || (r.kind == QLatin1String("result") && !original.exams.isEmpty())
            || r.kind == QLatin1String("note");
        if (fits)
            possible.append(&r);
    }
    const AmendmentReason &why = *random.pick(possible);
    *reason = why.reason;
    RecordContent amended = original;
    if (why.kind == QLatin1String("diagnosis")) {
        QStringList current;
        for (const records::Diagnosis &d : original.diagnoses)
            current.append(d.icd10);
        QList<QStringList> others;
        for (const QStringList &codes : condition.diagnoses)
            if (codes != current)
                others.append(codes);
        if (!others.isEmpty()) {
            amended.diagnoses.clear();
            for (const QString &code : random.pick(others))
                amended.diagnoses.append({code, m_ctx.catalog.icd10(code)->titleZh});
        }
    } else if (why.kind == QLatin1String("dose")) {
        records::Prescription &p
            = amended.prescriptions[qsizetype(random.below(quint64(amended.prescriptions.size())))];
        const DrugEntry &drug = *m_ctx.catalog.drug(p.drugCode);
        const int perDay = administrationsPerDay(p.frequency).value_or(1);
        QString lower;
        for (const QString &f : drug.frequencies)
            if (administrationsPerDay(f).value_or(perDay) < perDay)
                lower = f;
        if (!lower.isEmpty())
            p.frequency = lower; // fewer administrations: never above the maximum
        else if (p.durationDays > 2)
            p.durationDays -= 2;
        else
            p.doseMicrograms = std::max<qint64>(1, p.doseMicrograms / 2);
    } else if (why.kind == QLatin1String("result")) {
        records::Exam &exam = amended.exams.first();
        exam.result = resultTemplate(conditionIndex, exam.code).expand(random);
    } else {
        amended.notes += why.supplement;
    }
    if (amended == original) { // e.g. a result without numbers: supplement the notes instead
        for (const AmendmentReason &r : m_ctx.data.amendmentReasons)
            if (r.kind == QLatin1String("note")) {
                *reason = r.reason;
                amended.notes += r.supplement;
                break;
            }
    }
    return amended;
}

} // namespace medchain::demo

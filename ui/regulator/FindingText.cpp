#include "regulator/FindingText.h"

#include "common/MedicalCatalog.h"
#include "demo/Catalog.h"
#include "patient/RecordFormat.h"
#include "regulator/SurveillanceText.h"

namespace medchain::ui {

using client::SupervisionRule;

QString FindingText::ruleName(SupervisionRule rule)
{
    switch (rule) {
    case SupervisionRule::Overdose:
        return tr("Overdose");
    case SupervisionRule::RepeatedExam:
        return tr("Repeated exam");
    case SupervisionRule::Expense:
        return tr("High fees");
    }
    return QString();
}

QString FindingText::ruleExplanation(SupervisionRule rule, int repeatExamDays)
{
    switch (rule) {
    case SupervisionRule::Overdose:
        return tr("A prescription whose daily dose (the dose times the administrations a day) is "
                  "above the drug's maximum daily dose in the catalog.");
    case SupervisionRule::RepeatedExam:
        if (repeatExamDays <= 0)
            return tr("Off: set a window of one day or more to find patients given the same exam "
                      "again.");
        return tr("The same patient had the same exam in another record, at any institution, "
                  "within %n day(s) before. Two on one day count once.",
                  nullptr, repeatExamDays);
    case SupervisionRule::Expense:
        return tr("A record whose fees are above three times the median, or the upper quartile "
                  "plus three interquartile ranges, of the other records with the same diagnosis "
                  "in the window and region. Judged only when there are at least 20 of them.");
    }
    return QString();
}

QString FindingText::subject(const client::SupervisionFinding &finding)
{
    const demo::Catalog *catalog = medicalCatalog();
    const QLocale::Language language = SurveillanceText::language();
    QString name;
    switch (finding.rule) {
    case SupervisionRule::Overdose:
        name = catalog ? catalog->drugName(finding.subject, language) : QString();
        break;
    case SupervisionRule::RepeatedExam:
        if (const demo::ExamEntry *exam = catalog ? catalog->exam(finding.subject) : nullptr)
            name = language == QLocale::Chinese ? exam->nameZh : exam->nameEn;
        break;
    case SupervisionRule::Expense:
        return SurveillanceText::category(finding.subject);
    }
    return name.isEmpty() ? finding.subject : tr("%1 (%2)").arg(name, finding.subject);
}

QString FindingText::value(const client::SupervisionFinding &finding)
{
    switch (finding.rule) {
    case SupervisionRule::Overdose:
        return tr("%1 a day").arg(RecordFormat::dose(finding.value));
    case SupervisionRule::RepeatedExam:
        return tr("%1 after the last").arg(RecordFormat::days(finding.value));
    case SupervisionRule::Expense:
        return RecordFormat::yuan(finding.value);
    }
    return QString();
}

QString FindingText::limit(const client::SupervisionFinding &finding)
{
    switch (finding.rule) {
    case SupervisionRule::Overdose:
        return tr("%1 a day").arg(RecordFormat::dose(finding.limit));
    case SupervisionRule::RepeatedExam:
        return tr("within %1").arg(RecordFormat::days(finding.limit));
    case SupervisionRule::Expense:
        return RecordFormat::yuan(finding.limit);
    }
    return QString();
}

QString FindingText::sentence(const client::SupervisionFinding &finding)
{
    switch (finding.rule) {
    case SupervisionRule::Overdose:
        return tr("%1 prescribed at %2, above its maximum of %3.")
            .arg(subject(finding), value(finding), limit(finding));
    case SupervisionRule::RepeatedExam:
        return tr("%1 again %2 (the window is %3).")
            .arg(subject(finding), value(finding), RecordFormat::days(finding.limit));
    case SupervisionRule::Expense:
        return tr("Fees of %1 for %2, above the limit of %3 its peers set.")
            .arg(value(finding), subject(finding), limit(finding));
    }
    return QString();
}

} // namespace medchain::ui

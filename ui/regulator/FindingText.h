// How the Findings tab words the supervision rules (docs/supervision-rules.md) and a finding's
// figures: drugs, exams and diagnoses named from the catalog, doses in mg, fees in yuan.
#pragma once

#include "client/SurveillanceTypes.h"

#include <QCoreApplication>
#include <QString>

namespace medchain::ui {

class FindingText {
    Q_DECLARE_TR_FUNCTIONS(FindingText)
public:
    static constexpr client::SupervisionRule Rules[]
        = {client::SupervisionRule::Overdose, client::SupervisionRule::RepeatedExam,
           client::SupervisionRule::Expense};

    /// "Overdose", "Repeated exam", "High fees".
    static QString ruleName(client::SupervisionRule rule);
    /// The rule in one or two plain sentences; the repeated exam's with its window (0: off).
    static QString ruleExplanation(client::SupervisionRule rule, int repeatExamDays);

    /// The drug, exam or diagnosis by name and code ("Paracetamol (N02BE01)"); the code alone
    /// when the catalog does not know it.
    static QString subject(const client::SupervisionFinding &finding);
    /// The finding's figure in its unit: "3000 mg a day", "4 days after the last", "¥2000.00".
    static QString value(const client::SupervisionFinding &finding);
    /// The limit it broke: "2000 mg a day", "within 30 days", "¥45.00".
    static QString limit(const client::SupervisionFinding &finding);
    /// The verdict in one sentence, for tooltips.
    static QString sentence(const client::SupervisionFinding &finding);
};

} // namespace medchain::ui

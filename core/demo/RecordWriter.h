// Internal to ScenarioGenerator: writes what a clinician records at a visit (complaint, diagnoses,
// prescriptions, exams with results, notes, fees) from the clinical model, and its amendments.
#pragma once

#include "demo/TextTemplate.h"
#include "records/RecordContent.h"

#include <QHash>

#include <vector>

namespace medchain::demo {

class DemoRandom;
struct Condition;
struct GeneratorContext;

struct Visit {
    int condition = 0;
    int patient = 0;
    int institution = 0;
    int practitioner = 0;
};

class RecordWriter {
public:
    explicit RecordWriter(const GeneratorContext &context);

    records::RecordContent write(const Visit &visit, DemoRandom &random) const;

    /// A record holding only a repeat of `examCode` from `previous`, `daysSince` days later.
    records::RecordContent repeatExam(const records::RecordContent &previous,
                                      const QString &examCode, int daysSince,
                                      DemoRandom &random) const;

    /// The author's amended content for a record of `condition`, with the reason.
    records::RecordContent amend(const records::RecordContent &original, int condition,
                                 DemoRandom &random, QString *reason) const;

    static bool hasExam(const records::RecordContent &content, const QString &code);

private:
    QStringList diagnosisCodes(const Visit &visit, const Condition &condition,
                               DemoRandom &random) const;
    records::Prescription prescribe(const QString &atc, qint64 doseOverride, const Visit &visit,
                                    bool longCourse, DemoRandom &random, qint64 *feeFen) const;
    records::Exam examine(const QString &code, const TextTemplate *result, DemoRandom &random,
                          qint64 *feeFen) const;
    const TextTemplate &resultTemplate(int condition, const QString &examCode) const;

    const GeneratorContext &m_ctx;
    const TextTemplate &normalResult(const QString &examCode) const;

    QHash<QString, qsizetype> m_examIndex; // exam code → index in m_normalResults
    std::vector<TextTemplate> m_normalResults;
};

} // namespace medchain::demo

// Internal to ScenarioGenerator: what a patient's records lead to — grants and revocations,
// doctors' access requests and the patient's answers, reads by grantees, and amendments.
#pragma once

#include "demo/GeneratorContext.h"

#include <vector>

namespace medchain::demo {

class RecordWriter;

/// Who reads: a practitioner or an institution (exactly one is >= 0).
struct Reader {
    int practitioner = -1;
    int institution = -1;
};

class ConsentGenerator {
public:
    ConsentGenerator(GeneratorContext &context, const RecordWriter &writer);

    /// Grants, requests, reads and amendments in natural proportions for one patient whose
    /// records are `records` (time order); `emergencyDoctors` are never granted.
    void generate(int patient, const std::vector<HistoryRecord> &records,
                  const std::vector<int> &emergencyDoctors);

    /// A grant at `time` until `expiry` (revoked at `revokeTime` unless 0), then `reads` reads
    /// of the patient's records while it is active. Returns false if it does not fit.
    bool grant(int patient, const std::vector<HistoryRecord> &records, Reader grantee, qint64 time,
               qint64 expiry, qint64 revokeTime, const QList<chain::RecordCategory> &categories,
               int reads, DemoRandom &random);
    /// A request by `practitioner` at `time`; on Grant, `reads` reads follow.
    bool request(int patient, const std::vector<HistoryRecord> &records, int practitioner,
                 qint64 time, qint64 expiry, RequestEvent::Answer answer, qint64 answerTime,
                 int reads, DemoRandom &random);
    /// The record's author amends it at `time`; the patient answers at `answerTime`.
    bool amend(const HistoryRecord &record, qint64 time, AmendmentEvent::Answer answer,
               qint64 answerTime, DemoRandom &random);
    /// `count` reads by `reader` of records in `categories` (empty: all), at times strictly
    /// inside (from + 1 min, until - 1 min) and after each record; returns how many fitted.
    int reads(const std::vector<HistoryRecord> &records, Reader reader, qint64 from, qint64 until,
              const QList<chain::RecordCategory> &categories, int count, DemoRandom &random);

private:
    QList<chain::RecordCategory> randomScope(DemoRandom &random) const;
    qint64 randomGrantDays(DemoRandom &random) const;

    GeneratorContext &m_ctx;
    const RecordWriter &m_writer;
};

} // namespace medchain::demo

// How fast a patient's timeline opens: one patient's records decrypted and named the way the
// session does it, in its batches, beside the bare cryptography of the same records.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace medchain::client {

struct TimelineBenchmarkResult {
    int records = 0;
    double indexMs = 0; // listing the patient's records
    double firstBatchMs = 0; // the index and the first batch: until the window shows rows
    double worstBatchMs = 0; // the longest a click waits behind one batch
    double totalMs = 0; // every batch
    double timelinePerSecond = 0;
    double cryptoPerSecond = 0; // opening the sealed key and the ciphertext alone
    double ratio = 0; // timeline / crypto
};

class TimelineBenchmark {
    Q_DECLARE_TR_FUNCTIONS(TimelineBenchmark)
public:
    static Result<TimelineBenchmarkResult> run(const QString &folder, int records,
                                               const std::function<void(const QString &)> &progress
                                               = {});
};

} // namespace medchain::client

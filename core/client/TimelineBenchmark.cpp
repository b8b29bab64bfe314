#include "client/TimelineBenchmark.h"

#include "chain/BenchmarkChain.h"
#include "client/PatientReads.h"
#include "records/RecordAccess.h"
#include "records/RecordCrypto.h"

#include <QElapsedTimer>

#include <algorithm>

namespace medchain::client {

namespace {
// The session's batch size (SessionQueries.cpp).
constexpr int kBatch = 200;

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}
} // namespace

Result<TimelineBenchmarkResult>
TimelineBenchmark::run(const QString &folder, int records,
                       const std::function<void(const QString &)> &progress)
{
    chain::BenchmarkChainOptions options;
    options.transactions = records;
    options.patients = 1;
    options.practitioners = 20;
    auto chain = chain::BenchmarkChain::create(folder, options, progress);
    if (!chain)
        return chain.failure();
    if (auto committed = chain.value()->commitWorkload(); !committed)
        return committed.failure();
    // Read as the session does: a read-only connection beside the writer.
    auto reader = chain::Ledger::openReadOnly(chain.value()->replicaPath, chain.value()->replicaKey,
                                              chain.value()->network.genesis);
    if (!reader)
        return reader.failure();
    const chain::Ledger &ledger = *reader.value();
    const identity::IdentityKeys &patient = chain.value()->patient(0);
    if (progress)
        progress(tr("Opening the timeline of %n record(s)…", nullptr, records));

    TimelineBenchmarkResult result;
    QElapsedTimer clock;
    clock.start();
    PatientReads reads(ledger, patient.id(), patient.encryption);
    const QList<chain::RecordInfo> index = reads.recordIndex();
    result.indexMs = msSince(clock);
    result.records = int(index.size());
    int unreadable = 0;
    for (int from = 0; from < index.size(); from += kBatch) {
        QElapsedTimer batch;
        batch.start();
        for (int i = from; i < std::min(int(index.size()), from + kBatch); ++i)
            unreadable += reads.summarise(index[i]).problem.isEmpty() ? 0 : 1;
        result.worstBatchMs = std::max(result.worstBatchMs, msSince(batch));
        if (from == 0)
            result.firstBatchMs = msSince(clock);
    }
    result.totalMs = msSince(clock);
    if (unreadable > 0)
        return Error {tr("%n record(s) of the benchmark could not be read.", nullptr, unreadable)};

    // The baseline: the same records' key and content opened from bytes already in memory.
    QList<std::pair<QByteArray, records::RecordHeader>> sealed;
    QList<QByteArray> keys;
    for (const chain::RecordInfo &record : index) {
        const auto tx = ledger.transaction(record.id);
        const auto key = ledger.state().sealedKey(record.id, patient.id());
        if (!tx || !key)
            return Error {tr("A benchmark record is missing from the replica.")};
        const auto &body = std::get<records::AddRecord>(tx->body);
        sealed.append(
            {body.ciphertext,
             records::RecordAccess::headerOf(ledger.genesis().chainId, record, record.id)});
        keys.append(*key);
    }
    clock.restart();
    for (int i = 0; i < sealed.size(); ++i) {
        const auto contentKey = records::RecordCrypto::openKey(keys[i], patient.encryption);
        if (!contentKey
            || !records::RecordCrypto::open(sealed[i].first, sealed[i].second, contentKey.value()))
            return Error {tr("A benchmark record could not be decrypted.")};
    }
    const double cryptoMs = msSince(clock);
    result.timelinePerSecond = result.totalMs > 0 ? result.records * 1000.0 / result.totalMs : 0;
    result.cryptoPerSecond = cryptoMs > 0 ? result.records * 1000.0 / cryptoMs : 0;
    result.ratio
        = result.cryptoPerSecond > 0 ? result.timelinePerSecond / result.cryptoPerSecond : 0;
    return result;
}

} // namespace medchain::client

// The scratch network the benchmarks run on: one hospital with its practitioners and patients
// enrolled in set-up blocks, and signed encounter records as the workload, committed on demand.
#pragma once

#include "chain/Ledger.h"
#include "chain/NetworkBootstrap.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <thread>
#include <vector>

namespace medchain::chain {

struct BenchmarkChainOptions {
    int transactions = 20'000;
    int threads = 0; // 0: one per core
    int blockSize = 5'000;
    int practitioners = 50;
    int patients = 2'000;
    int extraNodes = 0; // genesis nodes besides the validator, e.g. peers of a network benchmark
    /// The supervision summary (its encoding) sealed to the authority in record i; called from
    /// several threads. Unset: 120 filler bytes, enough for benchmarks that never open it.
    std::function<QByteArray(int record)> supervision;
};

class BenchmarkChain {
    Q_DECLARE_TR_FUNCTIONS(BenchmarkChain)
public:
    /// Called after each workload block: the block, how long it took to execute and commit, and
    /// how long it waited for its transactions' checks.
    using BlockDone = std::function<void(const ProducedBlock &, qint64 elapsedMs, qint64 waitedMs)>;

    /// A new network and replica (bench-replica.db in folder), the set-up blocks committed and
    /// the workload signed, none of it timed. `progress` receives lines for a terminal.
    static Result<std::unique_ptr<BenchmarkChain>>
    create(const QString &folder, const BenchmarkChainOptions &options,
           const std::function<void(const QString &)> &progress = {});

    /// Commits the workload in blocks of options.blockSize: the next block's decoding and
    /// signature checks run on every thread while the current block executes and commits.
    /// Returns the number of blocks.
    Result<int> commitWorkload(const BlockDone &onBlock = {});

    /// Runs work(i) for i in [0, count) on `threads` threads.
    template <typename Work> static void parallelFor(int count, int threads, const Work &work)
    {
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back([&, t] {
                for (int i = t; i < count; i += threads)
                    work(i);
            });
        for (std::thread &thread : pool)
            thread.join();
    }

    BenchmarkChainOptions options; // threads resolved
    NewNetwork network;
    /// The genesis nodes' keys, the validator first, and their certificates (DER).
    std::vector<crypto::Ed25519SigningKey> nodeKeys;
    QList<QByteArray> nodeCertificates;
    crypto::SecureBuffer replicaKey;
    QString replicaPath;
    std::unique_ptr<Ledger> ledger;
    QList<QByteArray> workload; // AddRecord transactions, signed, not yet committed

    /// Patient i's keys (records are spread over the patients in turn).
    const identity::IdentityKeys &patient(int i) const { return m_patients[size_t(i)]; }

private:
    explicit BenchmarkChain(NewNetwork created);
    QByteArray sign(const crypto::Ed25519SigningKey &key, TxBody body);
    Result<void> commit(const QList<QByteArray> &transactions);
    Result<void> enroll();
    void signWorkload();

    qint64 m_time = 0;
    qint64 m_blockStepMs = 1000; // how far each block's time is after its parent's
    std::map<IdentityId, quint64> m_nonces;
    identity::IdentityKeys m_hospital;
    std::vector<identity::IdentityKeys> m_doctors;
    std::vector<identity::IdentityKeys> m_patients;
};

} // namespace medchain::chain

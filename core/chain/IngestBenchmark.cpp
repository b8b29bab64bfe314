#include "chain/IngestBenchmark.h"

#include "chain/Ledger.h"
#include "chain/NetworkBootstrap.h"
#include "crypto/Random.h"
#include "records/RecordContent.h"
#include "records/RecordCrypto.h"

#include <QElapsedTimer>

#include <algorithm>
#include <future>
#include <thread>

namespace medchain::chain {

namespace {
using identity::IdentityKeys;

/// Runs work(i) for i in [0, count) on `threads` threads.
template <typename Work> void parallelFor(int count, int threads, const Work &work)
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

struct Network {
    explicit Network(NewNetwork created) : chain(std::move(created)) { }

    NewNetwork chain;
    std::unique_ptr<Ledger> ledger;
    IdentityKeys hospital = IdentityKeys::generate();
    std::vector<IdentityKeys> doctors;
    std::vector<IdentityKeys> patients;
    qint64 time = 0;
    std::map<IdentityId, quint64> nonces;

    QByteArray sign(const crypto::Ed25519SigningKey &key, TxBody body)
    {
        return Transaction::signAndEncode(chain.genesis.chainId, ++nonces[key.publicKey()], time,
                                          std::move(body), key);
    }

    Result<void> commit(const QList<QByteArray> &txs)
    {
        time += 1000;
        auto produced = ledger->produceBlock(txs, time, chain.validator);
        if (!produced)
            return produced.failure();
        if (!produced->rejected.isEmpty())
            return Error {produced->rejected.first().reason.message};
        return {};
    }
};
} // namespace

Result<IngestResult> IngestBenchmark::run(const QString &folder, const IngestOptions &options,
                                          const std::function<void(const QString &)> &progress)
{
    auto say = [&](const QString &line) {
        if (progress)
            progress(line);
    };
    const int threads = options.threads > 0 ? options.threads
                                            : std::max(1, int(std::thread::hardware_concurrency()));
    NetworkSpec spec {QStringLiteral("medchain-bench"),
                      QStringLiteral("Benchmark Health Authority"),
                      QStringLiteral("340000"),
                      1'790'000'000'000,
                      10,
                      {}};
    spec.parameters.maxBlockTransactions = quint64(options.blockSize);
    auto created = NetworkBootstrap::create(spec);
    if (!created)
        return created.failure();
    Network net(std::move(created).value());
    net.time = spec.time;
    crypto::SecureBuffer key(32);
    crypto::randomFill(key.bytes());
    auto ledger
        = Ledger::open(folder + QStringLiteral("/bench-replica.db"), key, net.chain.genesis);
    if (!ledger)
        return ledger.failure();
    net.ledger = std::move(ledger).value();

    // Set-up, not timed: one hospital, its practitioners and patients.
    say(tr("Enrolling %1 practitioners and %2 patients…")
            .arg(options.practitioners)
            .arg(options.patients));
    const identity::Validity validity = NetworkBootstrap::validityFor(net.chain.genesis, 5);
    auto hospital = identity::Enrollment::institution(
        {net.chain.root, net.chain.authority.signing}, net.hospital, InstitutionKind::Hospital,
        QStringLiteral("Benchmark Hospital"), QStringLiteral("340104"), validity);
    if (!hospital)
        return hospital.failure();
    if (auto ok = net.commit({net.sign(net.chain.authority.signing, hospital.value())}); !ok)
        return ok.failure();
    const auto hospitalCertificate = crypto::Certificate::fromDer(hospital->certificate).value();
    const identity::Issuer issuer {hospitalCertificate, net.hospital.signing};
    QList<QByteArray> setup;
    for (int i = 0; i < options.practitioners; ++i) {
        net.doctors.push_back(IdentityKeys::generate());
        setup.append(
            net.sign(net.hospital.signing,
                     identity::Enrollment::practitioner(
                         issuer, net.doctors.back(), QStringLiteral("Doctor %1").arg(i),
                         QString::number(100000 + i), QStringLiteral("General practice"), validity)
                         .value()));
    }
    crypto::SecureBuffer registrationKey(32);
    crypto::randomFill(registrationKey.bytes());
    for (int i = 0; i < options.patients; ++i) {
        net.patients.push_back(IdentityKeys::generate());
        setup.append(
            net.sign(net.hospital.signing,
                     identity::Enrollment::patient(
                         issuer, net.patients.back(),
                         identity::Enrollment::nationalIdHash(registrationKey, QString::number(i)),
                         QStringLiteral("340102"), validity)
                         .value()));
    }
    for (qsizetype start = 0; start < setup.size(); start += options.blockSize)
        if (auto ok = net.commit(setup.mid(start, options.blockSize)); !ok)
            return ok.failure();

    // The workload, signed ahead of time: encounter records sealed to patient, author, hospital.
    say(tr("Signing %1 record transactions…").arg(options.transactions));
    records::RecordContent content;
    content.chiefComplaint = QStringLiteral("Fever and cough for three days");
    content.diagnoses = {{QStringLiteral("J10.1"), QString()}};
    content.prescriptions = {{QStringLiteral("J05AH02"), QStringLiteral("Oseltamivir"), 75'000,
                              QStringLiteral("bid"), 5}};
    content.fees = {{QStringLiteral("registration"), 1500}};
    const QByteArray plaintext = content.encode();
    net.time += 1000;
    QList<QByteArray> workload(options.transactions);
    // Practitioners have no transactions yet: their nonces start at 1, in workload order.
    std::vector<quint64> nonceOf(size_t(options.transactions));
    std::vector<quint64> lastNonce(size_t(options.practitioners), 0);
    for (int i = 0; i < options.transactions; ++i)
        nonceOf[size_t(i)] = ++lastNonce[size_t(i % options.practitioners)];
    parallelFor(options.transactions, threads, [&](int i) {
        const IdentityKeys &doctor = net.doctors[size_t(i % options.practitioners)];
        const IdentityKeys &patient = net.patients[size_t(i % options.patients)];
        const records::RecordHeader header {spec.chainId,      patient.id(),
                                            doctor.id(),       RecordCategory::Encounter,
                                            net.time - 60'000, std::nullopt};
        const records::SealedRecord sealed = records::RecordCrypto::seal(
            plaintext, header,
            {{patient.id(), patient.encryption.publicKey()},
             {doctor.id(), doctor.encryption.publicKey()},
             {net.hospital.id(), net.hospital.encryption.publicKey()}},
            QByteArray(120, 's'), net.chain.authority.encryption.publicKey());
        workload[i] = Transaction::signAndEncode(spec.chainId, nonceOf[size_t(i)], net.time,
                                                 records::AddRecord {patient.id(),
                                                                     RecordCategory::Encounter,
                                                                     header.encounterTime,
                                                                     sealed.ciphertext,
                                                                     sealed.envelopes,
                                                                     sealed.supervision,
                                                                     {}},
                                                 doctor.signing);
    });

    // Baseline: bare signature checks of exactly these transactions, on every thread.
    QList<Transaction> decoded(options.transactions);
    QList<QByteArray> messages(options.transactions);
    for (int i = 0; i < options.transactions; ++i) {
        decoded[i] = Transaction::decode(workload[i]).value();
        messages[i] = decoded[i].signingBytes();
    }
    say(tr("Measuring bare Ed25519 verification on %1 threads…").arg(threads));
    std::atomic<int> verified {0};
    QElapsedTimer clock;
    clock.start();
    parallelFor(options.transactions, threads, [&](int i) {
        if (crypto::ed25519Verify(decoded[i].sender, messages[i], decoded[i].signature))
            ++verified;
    });
    const double verifySeconds = double(clock.nsecsElapsed()) / 1e9;
    if (verified != options.transactions)
        return Error {tr("A benchmark signature did not verify.")};

    // The pipeline: decode + signature checks for the next block on every thread while the
    // current block executes and commits.
    say(tr("Ingesting in blocks of %1…").arg(options.blockSize));
    auto checkBatch = [&](int start) {
        const int count = std::min(options.blockSize, options.transactions - start);
        QList<CheckedTransaction> batch(count);
        std::atomic<bool> allGood {true};
        parallelFor(count, threads, [&](int i) {
            auto checked = Executor::check(workload[start + i], spec.chainId);
            if (checked)
                batch[i] = std::move(checked).value();
            else
                allGood = false;
        });
        return allGood ? batch : QList<CheckedTransaction>();
    };
    IngestResult result;
    result.threads = threads;
    clock.restart();
    std::future<QList<CheckedTransaction>> next = std::async(std::launch::async, checkBatch, 0);
    for (int start = 0; start < options.transactions; start += options.blockSize) {
        QElapsedTimer phase;
        phase.start();
        QList<CheckedTransaction> batch = next.get();
        const qint64 waitedMs = phase.restart();
        const int following = start + options.blockSize;
        if (following < options.transactions)
            next = std::async(std::launch::async, checkBatch, following);
        if (batch.isEmpty())
            return Error {tr("A benchmark transaction failed its checks.")};
        net.time += 1000;
        auto produced = net.ledger->produceBlock(batch, net.time, net.chain.validator);
        if (!produced)
            return produced.failure();
        if (!produced->rejected.isEmpty())
            return Error {produced->rejected.first().reason.message};
        ++result.blocks;
        say(tr("  block %1: %2 transactions, executed and committed in %3 ms (waited %4 ms for "
               "checks)")
                .arg(produced->block.header.height)
                .arg(batch.size())
                .arg(phase.elapsed())
                .arg(waitedMs));
    }
    const double ingestSeconds = double(clock.nsecsElapsed()) / 1e9;

    result.transactions = options.transactions;
    result.ingestTps = options.transactions / ingestSeconds;
    result.verifyLimitTps = options.transactions / verifySeconds;
    result.ratio = result.ingestTps / result.verifyLimitTps;
    return result;
}

} // namespace medchain::chain

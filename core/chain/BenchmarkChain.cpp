#include "chain/BenchmarkChain.h"

#include "crypto/Random.h"
#include "records/RecordContent.h"
#include "records/RecordCrypto.h"

#include <QElapsedTimer>

#include <algorithm>
#include <future>

namespace medchain::chain {

using identity::IdentityKeys;

BenchmarkChain::BenchmarkChain(NewNetwork created)
    : network(std::move(created)), replicaKey(32), m_hospital(IdentityKeys::generate())
{
}

Result<std::unique_ptr<BenchmarkChain>>
BenchmarkChain::create(const QString &folder, const BenchmarkChainOptions &options,
                       const std::function<void(const QString &)> &progress)
{
    auto say = [&](const QString &line) {
        if (progress)
            progress(line);
    };
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
    std::unique_ptr<BenchmarkChain> chain(new BenchmarkChain(std::move(created).value()));
    chain->options = options;
    if (chain->options.threads <= 0)
        chain->options.threads = std::max(1, int(std::thread::hardware_concurrency()));
    Genesis &genesis = chain->network.genesis;
    chain->m_time = genesis.time;
    // Transactions are signed at one time and must stay within maxClockSkewMs of their block's:
    // with many small blocks, block times advance by less than a second.
    const qint64 blocks = 2
        + (options.practitioners + options.patients + options.transactions)
            / std::max(1, options.blockSize);
    chain->m_blockStepMs
        = std::clamp<qint64>(genesis.parameters.maxClockSkewMs / 2 / blocks, 1, 1000);
    chain->nodeKeys.push_back(
        crypto::Ed25519SigningKey::fromSeed(chain->network.validator.seed()).value());
    chain->nodeCertificates.append(genesis.nodes.first().certificate);
    const identity::Validity validity = NetworkBootstrap::validityFor(genesis, 5);
    for (int i = 0; i < options.extraNodes; ++i) {
        auto key = crypto::Ed25519SigningKey::generate();
        auto node = identity::Enrollment::node(
            {chain->network.root, chain->network.authority.signing}, key,
            QStringLiteral("Benchmark node %1").arg(i + 2), validity);
        if (!node)
            return node.failure();
        chain->nodeCertificates.append(node->certificate);
        genesis.nodes.append(std::move(node).value());
        chain->nodeKeys.push_back(std::move(key));
    }

    crypto::randomFill(chain->replicaKey.bytes());
    chain->replicaPath = folder + QStringLiteral("/bench-replica.db");
    auto ledger = Ledger::open(chain->replicaPath, chain->replicaKey, genesis);
    if (!ledger)
        return ledger.failure();
    chain->ledger = std::move(ledger).value();

    say(tr("Enrolling %1 practitioners and %2 patients…")
            .arg(options.practitioners)
            .arg(options.patients));
    if (auto ok = chain->enroll(); !ok)
        return ok.failure();
    say(tr("Signing %1 record transactions…").arg(options.transactions));
    chain->signWorkload();
    return chain;
}

QByteArray BenchmarkChain::sign(const crypto::Ed25519SigningKey &key, TxBody body)
{
    return Transaction::signAndEncode(network.genesis.chainId, ++m_nonces[key.publicKey()], m_time,
                                      std::move(body), key);
}

Result<void> BenchmarkChain::commit(const QList<QByteArray> &transactions)
{
    m_time += m_blockStepMs;
    auto produced = ledger->produceBlock(transactions, m_time, network.validator);
    if (!produced)
        return produced.failure();
    if (!produced->rejected.isEmpty())
        return Error {produced->rejected.first().reason.message};
    return {};
}

/// Set-up: one hospital, its practitioners and patients.
Result<void> BenchmarkChain::enroll()
{
    const identity::Validity validity = NetworkBootstrap::validityFor(network.genesis, 5);
    auto hospital = identity::Enrollment::institution(
        {network.root, network.authority.signing}, m_hospital, InstitutionKind::Hospital,
        QStringLiteral("Benchmark Hospital"), QStringLiteral("340104"), validity);
    if (!hospital)
        return hospital.failure();
    if (auto ok = commit({sign(network.authority.signing, hospital.value())}); !ok)
        return ok;
    const auto hospitalCertificate = crypto::Certificate::fromDer(hospital->certificate).value();
    const identity::Issuer issuer {hospitalCertificate, m_hospital.signing};
    QList<QByteArray> setup;
    for (int i = 0; i < options.practitioners; ++i) {
        m_doctors.push_back(IdentityKeys::generate());
        setup.append(
            sign(m_hospital.signing,
                 identity::Enrollment::practitioner(
                     issuer, m_doctors.back(), QStringLiteral("Doctor %1").arg(i),
                     QString::number(100000 + i), QStringLiteral("General practice"), validity)
                     .value()));
    }
    crypto::SecureBuffer registrationKey(32);
    crypto::randomFill(registrationKey.bytes());
    for (int i = 0; i < options.patients; ++i) {
        m_patients.push_back(IdentityKeys::generate());
        setup.append(sign(m_hospital.signing,
                          identity::Enrollment::patient(issuer, m_patients.back(),
                                                        identity::Enrollment::nationalIdHash(
                                                            registrationKey, QString::number(i)),
                                                        QStringLiteral("340102"), validity)
                              .value()));
    }
    for (qsizetype start = 0; start < setup.size(); start += options.blockSize)
        if (auto ok = commit(setup.mid(start, options.blockSize)); !ok)
            return ok;
    return {};
}

/// The workload, signed ahead of time: encounter records sealed to patient, author, hospital.
void BenchmarkChain::signWorkload()
{
    records::RecordContent content;
    content.chiefComplaint = QStringLiteral("Fever and cough for three days");
    content.diagnoses = {{QStringLiteral("J10.1"), QString()}};
    content.prescriptions = {{QStringLiteral("J05AH02"), QStringLiteral("Oseltamivir"), 75'000,
                              QStringLiteral("bid"), 5}};
    content.fees = {{QStringLiteral("registration"), 1500}};
    const QByteArray plaintext = content.encode();
    const QString chainId = network.genesis.chainId;
    m_time += m_blockStepMs;
    const qint64 time = m_time;
    workload = QList<QByteArray>(options.transactions);
    // Practitioners have no transactions yet: their nonces start at 1, in workload order.
    std::vector<quint64> nonceOf(size_t(options.transactions));
    std::vector<quint64> lastNonce(size_t(options.practitioners), 0);
    for (int i = 0; i < options.transactions; ++i)
        nonceOf[size_t(i)] = ++lastNonce[size_t(i % options.practitioners)];
    parallelFor(options.transactions, options.threads, [&](int i) {
        const IdentityKeys &doctor = m_doctors[size_t(i % options.practitioners)];
        const IdentityKeys &patient = m_patients[size_t(i % options.patients)];
        const records::RecordHeader header {chainId,       patient.id(),
                                            doctor.id(),   RecordCategory::Encounter,
                                            time - 60'000, std::nullopt};
        const records::SealedRecord sealed = records::RecordCrypto::seal(
            plaintext, header,
            {{patient.id(), patient.encryption.publicKey()},
             {doctor.id(), doctor.encryption.publicKey()},
             {m_hospital.id(), m_hospital.encryption.publicKey()}},
            options.supervision ? options.supervision(i) : QByteArray(120, 's'),
            network.authority.encryption.publicKey());
        workload[i] = Transaction::signAndEncode(chainId, nonceOf[size_t(i)], time,
                                                 records::AddRecord {patient.id(),
                                                                     RecordCategory::Encounter,
                                                                     header.encounterTime,
                                                                     sealed.ciphertext,
                                                                     sealed.envelopes,
                                                                     sealed.supervision,
                                                                     {}},
                                                 doctor.signing);
    });
}

Result<int> BenchmarkChain::commitWorkload(const BlockDone &onBlock)
{
    const QString chainId = network.genesis.chainId;
    const int total = int(workload.size());
    const int blockSize = options.blockSize;
    const int threads = options.threads;
    auto checkBatch = [&](int start) {
        const int count = std::min(blockSize, total - start);
        QList<CheckedTransaction> batch(count);
        std::atomic<bool> allGood {true};
        parallelFor(count, threads, [&](int i) {
            auto checked = Executor::check(workload[start + i], chainId);
            if (checked)
                batch[i] = std::move(checked).value();
            else
                allGood = false;
        });
        return allGood ? batch : QList<CheckedTransaction>();
    };
    int blocks = 0;
    std::future<QList<CheckedTransaction>> next = std::async(std::launch::async, checkBatch, 0);
    for (int start = 0; start < total; start += blockSize) {
        QElapsedTimer phase;
        phase.start();
        QList<CheckedTransaction> batch = next.get();
        const qint64 waitedMs = phase.restart();
        const int following = start + blockSize;
        if (following < total)
            next = std::async(std::launch::async, checkBatch, following);
        if (batch.isEmpty())
            return Error {tr("A benchmark transaction failed its checks.")};
        m_time += m_blockStepMs;
        auto produced = ledger->produceBlock(batch, m_time, network.validator);
        if (!produced)
            return produced.failure();
        if (!produced->rejected.isEmpty())
            return Error {produced->rejected.first().reason.message};
        ++blocks;
        if (onBlock)
            onBlock(produced.value(), phase.elapsed(), waitedMs);
    }
    return blocks;
}

} // namespace medchain::chain

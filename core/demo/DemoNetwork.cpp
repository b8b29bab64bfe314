#include "demo/DemoNetwork.h"

#include "chain/NetworkBootstrap.h"
#include "demo/DemoKeys.h"
#include "demo/DemoTransactions.h"
#include "demo/WalletBook.h"
#include "identity/Keystore.h"
#include "node/DataDir.h"
#include "node/Node.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <algorithm>
#include <atomic>

namespace medchain::demo {

namespace {

using identity::IdentityKeys;

constexpr int kCertificateYears = 10;
static_assert(kYieldDelayMs >= DemoNetwork::BlockWindowMs,
              "a yield must not reach a block made before its day began");
constexpr qint64 kDayMs = 24 * 3600 * 1000;
// Transactions per block: the chain's limit leaves room for a read's key share.
constexpr int kBlockTransactions = 4'000;
const QString kNodeFolder = QStringLiteral("node1");
const QString kAuthorityKeystore = QStringLiteral("node1/keystores/authority.mcid");
const QString kValidatorKeystore = QStringLiteral("node1/keystores/validator.mcid");

QString keystoreName(const QString &kind, int index)
{
    return QStringLiteral("keystores/%1-%2.mcid").arg(kind).arg(index);
}

QString hexOf(const chain::IdentityId &id)
{
    return QString::fromLatin1(id.toByteArray().toHex());
}

/// The node in a thread of its own, fed block by block: while it checks and commits one block,
/// the demo seals and signs the next. Each block is made at the simulated time the demo names
/// (the node's block timer never runs). At most kInFlight blocks wait for the node.
class DrivenNode {
public:
    DrivenNode(std::unique_ptr<chain::Ledger> ledger, crypto::Ed25519SigningKey validator,
               qint64 genesisTime)
        : m_node(
            new node::Node(std::move(ledger), std::move(validator), [this] { return m_time; })),
          m_lastBlockTime(genesisTime)
    {
        // Direct connections: these run in the node's thread.
        QObject::connect(
            m_node, &node::Node::transactionRejected, m_node,
            [this](const chain::Hash &, const QString &reason, const QString &code) {
                fail(DemoNetwork::tr("A demo transaction was refused (%1): %2").arg(code, reason));
            },
            Qt::DirectConnection);
        QObject::connect(
            m_node, &node::Node::halted, m_node, [this](const QString &reason) { fail(reason); },
            Qt::DirectConnection);
        QObject::connect(
            m_node, &node::Node::transactionCommitted, m_node,
            [this](const chain::Hash &, quint64) { ++m_committed; }, Qt::DirectConnection);
        m_thread.setObjectName(QStringLiteral("medchain-demo-node"));
        m_node->moveToThread(&m_thread);
        m_thread.start();
    }

    ~DrivenNode()
    {
        m_slots.acquire(kInFlight); // nothing of ours still runs in the node's thread
        m_thread.quit();
        m_thread.wait();
        delete m_node;
    }

    /// The time the ledger will give a block asked for at `wanted` (after its parent).
    qint64 nextBlockTime(qint64 wanted) const { return std::max(wanted, m_lastBlockTime + 1); }

    /// Queues a block of transactions at `time` (from nextBlockTime); fails with the first
    /// refusal the node reported so far.
    Result<void> commit(QList<QByteArray> transactions, qint64 time)
    {
        if (auto failed = failure(); !failed.isEmpty())
            return Error {failed};
        m_slots.acquire();
        m_submitted += transactions.size();
        m_lastBlockTime = time;
        QMetaObject::invokeMethod(
            m_node,
            [this, transactions = std::move(transactions), time] {
                for (const QByteArray &tx : transactions)
                    (void)m_node->submit(tx); // a refusal arrives as transactionRejected
                m_time = time;
                m_node->produceBlock();
                m_slots.release();
            },
            Qt::QueuedConnection);
        return {};
    }

    /// Waits for every queued block; then the tip, or why not everything was committed.
    Result<chain::ChainTip> finish()
    {
        m_slots.acquire(kInFlight);
        m_slots.release(kInFlight);
        if (auto failed = failure(); !failed.isEmpty())
            return Error {failed};
        if (m_committed != m_submitted)
            return Error {DemoNetwork::tr("The node committed %1 of %2 demo transactions.")
                              .arg(m_committed.load())
                              .arg(m_submitted)};
        chain::ChainTip tip;
        QMetaObject::invokeMethod(
            m_node, [this, &tip] { tip = m_node->ledger().tip(); }, Qt::BlockingQueuedConnection);
        return tip;
    }

    qint64 committed() const { return m_committed; }

private:
    static constexpr int kInFlight = 2;

    void fail(const QString &why)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_failure.isEmpty())
            m_failure = why;
    }
    QString failure() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_failure;
    }

    qint64 m_time = 0; // read and written in the node's thread only
    node::Node *m_node;
    QThread m_thread;
    QSemaphore m_slots {kInFlight};
    mutable QMutex m_mutex;
    QString m_failure;
    std::atomic<qint64> m_committed {0};
    qint64 m_submitted = 0;
    qint64 m_lastBlockTime;
};

} // namespace

QJsonObject DemoSummary::toJson() const
{
    QJsonArray people;
    for (const DemoIdentity &who : identities)
        people.append(QJsonObject {{QStringLiteral("role"), who.role},
                                   {QStringLiteral("name"), who.name},
                                   {QStringLiteral("keystore"), who.keystore},
                                   {QStringLiteral("identity"), who.identity},
                                   {QStringLiteral("detail"), who.detail}});
    QJsonArray nodeList;
    for (const DemoNode &node : nodes)
        nodeList.append(node.toJson());
    const QJsonObject money {
        {QStringLiteral("deposits"), wallet.deposits},
        {QStringLiteral("withdrawals"), wallet.withdrawals},
        {QStringLiteral("invoices"), wallet.invoices},
        {QStringLiteral("invoicesPaid"), wallet.invoicesPaid},
        {QStringLiteral("invoicesCancelled"), wallet.invoicesCancelled},
        {QStringLiteral("programs"), wallet.programs},
        {QStringLiteral("enrolments"), wallet.enrolments},
        {QStringLiteral("subsidies"), wallet.subsidies},
        {QStringLiteral("subsidiesPoolExhausted"), wallet.subsidiesPoolExhausted},
        {QStringLiteral("subsidiesCapReached"), wallet.subsidiesCapReached},
        {QStringLiteral("subscriptions"), wallet.subscriptions},
        {QStringLiteral("redemptions"), wallet.redemptions},
        {QStringLiteral("yields"), wallet.yields}};
    return {{QStringLiteral("chainId"), chainId},
            {QStringLiteral("height"), qint64(height)},
            {QStringLiteral("transactions"), qint64(transactions)},
            {QStringLiteral("tipHash"), tipHash},
            {QStringLiteral("nodes"), nodeList},
            {QStringLiteral("identities"), people},
            {QStringLiteral("periodStart"), periodStart},
            {QStringLiteral("periodEnd"), periodEnd},
            {QStringLiteral("institutions"), institutions},
            {QStringLiteral("practitioners"), practitioners},
            {QStringLiteral("patients"), patients},
            {QStringLiteral("records"), records},
            {QStringLiteral("wallet"), money}};
}

Result<DemoSummary> DemoNetwork::create(const QString &folder, const Scenario &scenario,
                                        const crypto::SecureBuffer &passphrase,
                                        const crypto::Argon2Params &keyParams,
                                        const DemoNodeOptions &nodeOptions,
                                        const DemoProgress &progress)
{
    auto say = [&](const QString &stage, qint64 done, qint64 total) {
        if (progress)
            progress(stage, done, total);
    };
    if (auto ok = DemoNodes::check(nodeOptions); !ok)
        return ok.failure();
    const QDir root(folder);
    if (root.exists() && !root.isEmpty())
        return Error {tr("%1 is not empty: the demo needs a new folder.")
                          .arg(QDir::toNativeSeparators(folder))};
    if (!QDir().mkpath(root.filePath(QStringLiteral("keystores")))
        || !QDir().mkpath(root.filePath(kNodeFolder + QStringLiteral("/keystores"))))
        return Error {tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder))};

    const DemoKeys keys(scenario.options.seed);
    chain::NetworkSpec networkSpec;
    networkSpec.chainId = QStringLiteral("medchain-demo");
    networkSpec.authorityName = scenario.authorityName;
    networkSpec.authorityRegion = scenario.authorityRegion;
    networkSpec.time = scenario.options.startMs - kDayMs;
    networkSpec.certificateYears = kCertificateYears;
    networkSpec.parameters.maxClockSkewMs = BlockWindowMs;
    auto network = chain::NetworkBootstrap::create(
        networkSpec, keys.keys(DemoKeys::Kind::Authority), keys.validatorKey());
    if (!network)
        return network.failure();
    const chain::Genesis &genesis = network->genesis;
    const identity::Validity validity
        = chain::NetworkBootstrap::validityFor(genesis, kCertificateYears);
    const crypto::SecureBuffer registrationKey = keys.registrationKey();
    const DemoNodes nodes(scenario, keys, genesis, nodeOptions);

    // The replica and its node.
    const node::DataDir dir(root.filePath(kNodeFolder));
    if (auto ok = dir.writeGenesis(genesis); !ok)
        return ok.failure();
    auto ledger = dir.openLedger(passphrase, keyParams);
    if (!ledger)
        return ledger.failure();
    auto node = std::make_unique<DrivenNode>(std::move(ledger).value(), keys.validatorKey(),
                                             genesis.time);

    // Identities: certificates from the right issuer, enrollment bodies signed by the issuer,
    // committed a block at a time while the next ones are made. Institutions go in a block of
    // their own: their staff's certificates need them.
    const QString enrolling = tr("Enrolling institutions, practitioners and patients");
    say(enrolling, 0, 1);
    DemoParties parties;
    parties.authority = {network->authority.id(), network->authority.encryption.publicKey()};
    std::map<chain::IdentityId, quint64> nonces;
    QList<QByteArray> pending;
    auto enrol = [&](const crypto::Ed25519SigningKey &key, chain::TxBody body) {
        pending.append(chain::Transaction::signAndEncode(genesis.chainId, ++nonces[key.publicKey()],
                                                         genesis.time, std::move(body), key));
    };
    auto flush = [&](qsizetype atLeast) -> Result<void> {
        if (pending.size() < atLeast || pending.isEmpty())
            return {};
        return node->commit(std::exchange(pending, {}), node->nextBlockTime(genesis.time + 1));
    };
    QList<crypto::Certificate> institutionCertificates;
    for (int i = 0; i < scenario.institutions.size(); ++i) {
        const InstitutionSpec &spec = scenario.institutions[i];
        const IdentityKeys k = keys.keys(DemoKeys::Kind::Institution, i);
        auto body
            = identity::Enrollment::institution({network->root, network->authority.signing}, k,
                                                spec.kind, spec.name, spec.regionCode, validity);
        if (!body)
            return Error {tr("Institution %1: %2").arg(spec.name, body.error())};
        institutionCertificates.append(crypto::Certificate::fromDer(body->certificate).value());
        parties.institutions.append({k.id(), k.encryption.publicKey()});
        enrol(network->authority.signing, body.value());
    }
    if (auto ok = flush(1); !ok)
        return ok.failure();
    for (int i = 0; i < scenario.practitioners.size(); ++i) {
        const PractitionerSpec &spec = scenario.practitioners[i];
        const IdentityKeys k = keys.keys(DemoKeys::Kind::Practitioner, i);
        const IdentityKeys issuer = keys.keys(DemoKeys::Kind::Institution, spec.institution);
        auto body = identity::Enrollment::practitioner(
            {institutionCertificates[spec.institution], issuer.signing}, k, spec.name, spec.licence,
            spec.specialty, validity);
        if (!body)
            return Error {tr("Practitioner %1: %2").arg(spec.name, body.error())};
        parties.practitioners.append({k.id(), k.encryption.publicKey()});
        enrol(issuer.signing, body.value());
        if (auto ok = flush(kBlockTransactions); !ok)
            return ok.failure();
    }
    for (int i = 0; i < scenario.patients.size(); ++i) {
        const PatientSpec &spec = scenario.patients[i];
        const IdentityKeys k = keys.keys(DemoKeys::Kind::Patient, i);
        const IdentityKeys issuer = keys.keys(DemoKeys::Kind::Institution, spec.registeredAt);
        auto body = identity::Enrollment::patient(
            {institutionCertificates[spec.registeredAt], issuer.signing}, k,
            identity::Enrollment::nationalIdHash(registrationKey, spec.nationalId), spec.regionCode,
            validity);
        if (!body)
            return Error {tr("Patient %1: %2").arg(i).arg(body.error())};
        parties.patients.append({k.id(), k.encryption.publicKey()});
        enrol(issuer.signing, body.value());
        if (auto ok = flush(kBlockTransactions); !ok)
            return ok.failure();
        if (i % 1000 == 0)
            say(enrolling, i, scenario.patients.size());
    }
    if (auto ok = flush(1); !ok)
        return ok.failure();

    // Keystores: the cast's and the authority's at full cost, the crowd's at the minimum.
    say(tr("Writing keystores"), 0, 1);
    const crypto::Argon2Params cheap {crypto::Argon2id::MinOpsLimit,
                                      crypto::Argon2id::MinMemLimitBytes};
    auto writeKeystore
        = [&](const QString &path, const IdentityKeys &k, chain::Role role, const QString &label,
              bool cast, const std::optional<crypto::SecureBuffer> &extra) -> Result<void> {
        const identity::KeystorePublicInfo info {role, k.id(), k.encryption.publicKey(), label,
                                                 genesis.chainId};
        return identity::Keystore::create(root.filePath(path), k, info, passphrase,
                                          cast ? keyParams : cheap, extra);
    };
    const DemoCast &cast = scenario.cast;
    if (auto ok = writeKeystore(kAuthorityKeystore, network->authority, chain::Role::Authority,
                                scenario.authorityName, true,
                                crypto::SecureBuffer::copyOf(registrationKey.bytes()));
        !ok)
        return ok.failure();
    if (auto ok = writeKeystore(kValidatorKeystore, keys.nodeKeys(1), chain::Role::Node,
                                tr("%1 node 1").arg(scenario.authorityName), false, {});
        !ok)
        return ok.failure();
    for (int i = 0; i < scenario.institutions.size(); ++i)
        if (auto ok
            = writeKeystore(keystoreName(QStringLiteral("institution"), i),
                            keys.keys(DemoKeys::Kind::Institution, i), chain::Role::Institution,
                            scenario.institutions[i].name, i == cast.desk,
                            crypto::SecureBuffer::copyOf(registrationKey.bytes()));
            !ok)
            return ok.failure();
    for (int i = 0; i < scenario.practitioners.size(); ++i)
        if (auto ok
            = writeKeystore(keystoreName(QStringLiteral("practitioner"), i),
                            keys.keys(DemoKeys::Kind::Practitioner, i), chain::Role::Practitioner,
                            scenario.practitioners[i].name, i == cast.doctor,
                            crypto::SecureBuffer::copyOf(registrationKey.bytes()));
            !ok)
            return ok.failure();
    for (int i = 0; i < scenario.patients.size(); ++i) {
        if (auto ok = writeKeystore(keystoreName(QStringLiteral("patient"), i),
                                    keys.keys(DemoKeys::Kind::Patient, i), chain::Role::Patient,
                                    scenario.patients[i].name, i == cast.patient, {});
            !ok)
            return ok.failure();
        if (i % 1000 == 0)
            say(tr("Writing keystores"), i, scenario.patients.size());
    }
    {
        auto config = dir.readConfig();
        if (!config)
            return config.failure();
        config->insert(QStringLiteral("identity"), QStringLiteral("keystores/authority.mcid"));
        config->insert(QStringLiteral("validator"), QStringLiteral("keystores/validator.mcid"));
        if (auto ok = dir.writeConfig(config.value()); !ok)
            return ok.failure();
    }

    // The year, block by block: each block holds what happens within one window of time.
    DemoTransactions builder(scenario, keys, parties, genesis, std::move(nonces));
    const QList<DemoAction> actions = DemoTransactions::schedule(scenario);
    const QString recording = tr("Recording a year of care");
    for (qsizetype next = 0; next < actions.size();) {
        const qint64 windowStart = actions[next].time;
        const qint64 blockTime = node->nextBlockTime(windowStart);
        QList<QByteArray> block;
        while (next < actions.size() && actions[next].time < windowStart + BlockWindowMs
               && block.size() < kBlockTransactions) {
            auto built = builder.build(actions[next++], blockTime);
            if (!built)
                return built.failure();
            block += built.value();
        }
        if (auto ok = node->commit(block, blockTime); !ok)
            return ok.failure();
        say(recording, next, actions.size());
    }

    // The other nodes join in a block of their own right after the year, which ends with the
    // validator set that needs them: the history before it is the same whatever the nodes.
    {
        std::map<chain::IdentityId, quint64> lastNonces = builder.nonces();
        const qint64 joinTime = node->nextBlockTime(genesis.time); // 1 ms after the last block
        auto joining = nodes.transactions(network->root, institutionCertificates, validity,
                                          lastNonces, joinTime);
        if (!joining)
            return joining.failure();
        if (!joining->isEmpty())
            if (auto ok = node->commit(std::move(joining).value(), joinTime); !ok)
                return ok.failure();
    }

    const auto finished = node->finish();
    if (!finished)
        return finished.failure();
    const chain::ChainTip tip = finished.value();
    const qint64 committed = node->committed();
    node.reset(); // closes the replica, so the other nodes' copies of it are complete
    say(tr("Creating the node folders"), 0, nodeOptions.count());
    auto written = nodes.writeFolders(root.path(), passphrase, cheap, [&](int done, int total) {
        say(tr("Creating the node folders"), done, total);
    });
    if (!written)
        return written.failure();
    DemoSummary summary;
    summary.chainId = genesis.chainId;
    summary.height = tip.height;
    summary.transactions = quint64(committed);
    summary.tipHash = QString::fromLatin1(tip.hash.toHex());
    summary.nodes = written.value();
    for (const DemoNode &each : summary.nodes)
        summary.nodeFolders.append(each.folder);
    summary.periodStart = scenario.options.startMs;
    summary.periodEnd = scenario.options.startMs + scenario.options.days * kDayMs;
    summary.institutions = int(scenario.institutions.size());
    summary.practitioners = int(scenario.practitioners.size());
    summary.patients = int(scenario.patients.size());
    summary.records
        = int(std::count_if(scenario.events.cbegin(), scenario.events.cend(), [](const Event &e) {
              return std::holds_alternative<RecordEvent>(e.what);
          }));
    summary.wallet = builder.wallet().counts();
    auto institutionName
        = [&](int i) { return i >= 0 ? scenario.institutions[i].name : QString(); };
    summary.identities = {
        {QStringLiteral("regulator"), scenario.authorityName, kAuthorityKeystore,
         hexOf(parties.authority.id), scenario.authorityRegion},
        {QStringLiteral("patient"), scenario.patients[cast.patient].name,
         keystoreName(QStringLiteral("patient"), cast.patient),
         hexOf(parties.patients[cast.patient].id), scenario.patients[cast.patient].regionCode},
        {QStringLiteral("doctor"), scenario.practitioners[cast.doctor].name,
         keystoreName(QStringLiteral("practitioner"), cast.doctor),
         hexOf(parties.practitioners[cast.doctor].id),
         institutionName(scenario.practitioners[cast.doctor].institution)},
        {QStringLiteral("desk"), institutionName(cast.desk),
         keystoreName(QStringLiteral("institution"), cast.desk),
         hexOf(parties.institutions[cast.desk].id), scenario.institutions[cast.desk].regionCode},
        {QStringLiteral("gateway"), institutionName(cast.gateway),
         keystoreName(QStringLiteral("institution"), cast.gateway),
         hexOf(parties.institutions[cast.gateway].id), QString()},
        {QStringLiteral("sponsor"), institutionName(cast.sponsor),
         keystoreName(QStringLiteral("institution"), cast.sponsor),
         hexOf(parties.institutions[cast.sponsor].id), QString()},
    };
    if (cast.fundManager >= 0)
        summary.identities.append({QStringLiteral("fund-manager"),
                                   institutionName(cast.fundManager),
                                   keystoreName(QStringLiteral("institution"), cast.fundManager),
                                   hexOf(parties.institutions[cast.fundManager].id), QString()});
    QFile file(root.filePath(QStringLiteral("identities.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(summary.toJson()).toJson()) < 0
        || !file.flush())
        return Error {tr("Cannot write %1.").arg(QDir::toNativeSeparators(file.fileName()))};
    return summary;
}

} // namespace medchain::demo

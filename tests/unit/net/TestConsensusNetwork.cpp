// Four validators in one process, each with its own replica, peer network and consensus driver,
// over TLS on loopback: transactions submitted anywhere are committed by all four under
// Tendermint; with one validator stopped the other three go on; restarted from its replica and
// signing log, it catches up and takes part again.
#include "../chain/ChainFixture.h"

#include "common/Startup.h"
#include "consensus/SigningLog.h"
#include "net/PeerNetwork.h"
#include "net/TlsPolicy.h"
#include "node/ConsensusDriver.h"
#include "node/Node.h"

using namespace medchain;
using namespace medchain::test;

namespace {

struct Validator {
    Validator(crypto::Ed25519SigningKey k, crypto::Certificate c)
        : key(std::move(k)), certificate(std::move(c))
    {
    }

    crypto::Ed25519SigningKey key;
    crypto::Certificate certificate;
    QString replica;
    QString signingLog;
    quint16 port = 0;
    // Destroyed in reverse: the driver and the network use the node.
    std::unique_ptr<node::Node> node;
    std::unique_ptr<net::PeerNetwork> network;
    std::unique_ptr<node::ConsensusDriver> driver;

    bool running() const { return node != nullptr; }
    chain::Ledger &ledger() const { return node->ledger(); }
    void stop()
    {
        driver.reset();
        network.reset();
        node.reset();
    }
};

} // namespace

class TestConsensusNetwork : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void fourValidatorsCommitThroughOneOutage()
    {
        ChainFixture f;
        f.setNow(QDateTime::currentMSecsSinceEpoch() - 60'000);
        const Member hospital = f.enrollHospital(QStringLiteral("Hefei First People's Hospital"));
        const Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr. Li"));
        const Member patient = f.registerPatient(hospital, QStringLiteral("340104199001011234"));

        std::vector<Validator> validators;
        validators.emplace_back(
            crypto::Ed25519SigningKey::fromSeed(f.network.validator.seed()).value(),
            crypto::Certificate::fromDer(f.network.genesis.nodes.first().certificate).value());
        QList<identity::Validator> set {{validators[0].key.publicKey(), 1}};
        for (int i = 1; i < 4; ++i) {
            auto key = crypto::Ed25519SigningKey::generate();
            const auto enrollment = identity::Enrollment::node(
                {f.network.root, f.network.authority.signing}, key,
                QStringLiteral("Validator %1").arg(i + 1), f.validity());
            f.accept(f.sign(f.network.authority.signing, enrollment.value()));
            set.append({key.publicKey(), 1});
            validators.emplace_back(std::move(key),
                                    crypto::Certificate::fromDer(enrollment->certificate).value());
        }
        std::sort(set.begin(), set.end(),
                  [](const auto &a, const auto &b) { return a.node < b.node; });
        f.accept(f.sign(f.network.authority.signing, identity::SetValidators {set}));
        const QList<IdentityId> readers {patient.id(), doctor.id(), hospital.id()};
        QList<QByteArray> records;
        for (int i = 0; i < 3; ++i)
            records.append(f.sign(doctor.keys.signing, f.record(doctor, patient, readers, {})));

        // Every validator's replica holds the same chain up to the new set.
        const quint64 setupHeight = f.ledger->tip().height;
        for (int i = 0; i < 4; ++i) {
            validators[i].replica = f.dir.filePath(QStringLiteral("validator%1.db").arg(i));
            validators[i].signingLog = f.dir.filePath(QStringLiteral("consensus%1.wal").arg(i));
            auto replica = f.openLedger(QStringLiteral("validator%1.db").arg(i));
            for (quint64 h = 1; h <= setupHeight; ++h)
                QVERIFY(replica->applyBlock(*f.ledger->block(h), *f.ledger->commit(h)).ok());
        }
        const crypto::Certificate root = f.network.root;
        f.ledger.reset();

        auto start = [&](int i) {
            Validator &v = validators[i];
            auto ledger = chain::Ledger::open(v.replica, f.key, f.network.genesis);
            QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
            v.node = std::make_unique<node::Node>(std::move(ledger).value(), std::nullopt);
            net::PeerNetwork::Settings settings;
            settings.tls = net::TlsPolicy::configuration(root, {v.certificate}, v.key).value();
            settings.self = v.key.publicKey();
            settings.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
            settings.pollIntervalMs = 200;
            settings.redialIntervalMs = 300;
            v.network = std::make_unique<net::PeerNetwork>(*v.node, root, settings);
            const auto port = v.network->listen(QHostAddress::LocalHost, v.port);
            QVERIFY2(port.ok(), qPrintable(port.error()));
            v.port = port.value();
            auto log = consensus::SigningLog::open(v.signingLog);
            QVERIFY2(log.ok(), qPrintable(log.error()));
            node::ConsensusDriver::Settings consensus;
            consensus.timeouts = {1000, 500, 500, 250, 500, 250};
            consensus.regossipIntervalMs = 300;
            v.driver = std::make_unique<node::ConsensusDriver>(
                *v.node, crypto::Ed25519SigningKey::fromSeed(v.key.seed()).value(),
                std::move(log).value(), consensus);
            v.network->attach(*v.driver);
        };
        auto connectAll = [&](int i) {
            for (int j = 0; j < 4; ++j)
                if (j != i)
                    validators[i].network->addPeer(QStringLiteral("127.0.0.1"), validators[j].port,
                                                   validators[j].key.publicKey());
        };
        for (int i = 0; i < 4; ++i)
            start(i);
        for (int i = 0; i < 4; ++i) {
            connectAll(i);
            validators[i].driver->start();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(validators.cbegin(), validators.cend(),
                        [](const Validator &v) { return v.network->peerCount() == 3; }),
            10000);

        auto committedEverywhere = [&](const QByteArray &tx) {
            const chain::Hash hash = crypto::sha256(tx);
            std::optional<chain::Hash> tip;
            for (const Validator &v : validators) {
                if (!v.running())
                    continue;
                if (!v.ledger().locate(hash))
                    return false;
                if (tip && *tip != v.ledger().tip().hash)
                    return false;
                tip = v.ledger().tip().hash;
            }
            return true;
        };

        validators[0].network->submit(records[0]);
        QTRY_VERIFY_WITH_TIMEOUT(committedEverywhere(records[0]), 30000);

        // One validator down: three of four still hold more than two thirds of the power.
        validators[3].stop();
        validators[1].network->submit(records[1]);
        QTRY_VERIFY_WITH_TIMEOUT(committedEverywhere(records[1]), 30000);

        // Back from its replica and signing log: it catches up, then takes part.
        start(3);
        connectAll(3);
        validators[3].driver->start();
        QTRY_VERIFY_WITH_TIMEOUT(validators[3].ledger().locate(crypto::sha256(records[1])), 30000);
        validators[3].network->submit(records[2]);
        QTRY_VERIFY_WITH_TIMEOUT(committedEverywhere(records[2]), 30000);

        // Every block since the set grew was committed by more than two thirds of it.
        const chain::Ledger &ledger = validators[0].ledger();
        for (quint64 h = setupHeight + 1; h <= ledger.tip().height; ++h) {
            const auto commit = ledger.commit(h);
            QVERIFY(commit.has_value());
            QVERIFY(commit->signatures.size() >= 3);
            QVERIFY(commit->verify(set, ledger.genesis().chainId).ok());
        }
        QVERIFY(ledger.tip().height > setupHeight + 2);
        for (Validator &v : validators)
            v.stop();
    }
};

QTEST_GUILESS_MAIN(TestConsensusNetwork)
#include "TestConsensusNetwork.moc"

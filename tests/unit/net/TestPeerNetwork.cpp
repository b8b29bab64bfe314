// Two nodes of one chain over TLS on loopback: a fresh replica catches up with the validator
// block by block, each block checked against its commit certificate; a transaction submitted at
// the replica travels to the validator, is committed there and comes back in the next block.
#include "../chain/ChainFixture.h"

#include "common/Startup.h"
#include "net/PeerNetwork.h"
#include "net/TlsPolicy.h"
#include "node/Node.h"

#include <QSignalSpy>

using namespace medchain;
using namespace medchain::test;

namespace {
crypto::Certificate certificateOf(const QByteArray &der)
{
    return crypto::Certificate::fromDer(der).value();
}
} // namespace

class TestPeerNetwork : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void aReplicaCatchesUpAndRelaysTransactions()
    {
        ChainFixture f;
        const Member hospital = f.enrollHospital(QStringLiteral("Hefei First People's Hospital"));
        const Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr. Li"));
        const Member patient = f.registerPatient(hospital, QStringLiteral("340104199001011234"));
        // The replica's node, enrolled by the hospital: its certificate is on chain.
        const auto replicaKey = crypto::Ed25519SigningKey::generate();
        const auto enrollment
            = identity::Enrollment::node({*hospital.certificate, hospital.keys.signing}, replicaKey,
                                         QStringLiteral("Hefei First node 1"), f.validity());
        f.accept(f.sign(hospital.keys.signing, enrollment.value()));
        const QByteArray later
            = f.sign(doctor.keys.signing,
                     f.record(doctor, patient, {patient.id(), doctor.id(), hospital.id()}, {}));
        const chain::ChainTip validatorTip = f.ledger->tip();
        QCOMPARE(validatorTip.height, quint64(4));

        const crypto::Certificate root = f.network.root;
        const auto clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
        // The validator's clock is the fixture's, which signed the transactions.
        node::Node validator(
            std::move(f.ledger),
            crypto::Ed25519SigningKey::fromSeed(f.network.validator.seed()).value(),
            [time = f.now()] { return time + 1000; });
        node::Node replica(
            Ledger::open(f.dir.filePath(QStringLiteral("replica2.db")), f.key, f.network.genesis)
                .value(),
            std::nullopt);

        net::PeerNetwork::Settings validatorSettings;
        validatorSettings.tls
            = net::TlsPolicy::configuration(
                  root, {certificateOf(f.network.genesis.nodes.first().certificate)},
                  f.network.validator)
                  .value();
        validatorSettings.self = f.network.validator.publicKey();
        validatorSettings.clock = clock;
        validatorSettings.pollIntervalMs = 100;
        net::PeerNetwork validatorNet(validator, root, validatorSettings);
        const auto port = validatorNet.listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), qPrintable(port.error()));

        net::PeerNetwork::Settings replicaSettings = validatorSettings;
        replicaSettings.tls
            = net::TlsPolicy::configuration(
                  root, {certificateOf(enrollment->certificate), *hospital.certificate}, replicaKey)
                  .value();
        replicaSettings.self = replicaKey.publicKey();
        net::PeerNetwork replicaNet(replica, root, replicaSettings);
        QSignalSpy progress(&replicaNet, &net::PeerNetwork::syncProgress);
        replicaNet.connectTo(QStringLiteral("127.0.0.1"), port.value(),
                             f.network.validator.publicKey());

        // Catching up: the same tip, the same state.
        QTRY_COMPARE_WITH_TIMEOUT(replica.ledger().tip().height, validatorTip.height, 10000);
        QCOMPARE(replica.ledger().tip().hash, validatorTip.hash);
        QCOMPARE(replica.ledger().tip().stateHash, validatorTip.stateHash);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(validatorNet.peerCount(), 1);
        QCOMPARE(replicaNet.peerCount(), 1);

        // A transaction submitted at the replica is committed by the validator and synced back.
        QSignalSpy queued(&validator, &node::Node::transactionQueued);
        replicaNet.submit(later);
        QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 10000);
        QSignalSpy rejected(&validator, &node::Node::transactionRejected);
        validator.produceBlock();
        QVERIFY2(rejected.isEmpty(),
                 rejected.isEmpty() ? "" : qPrintable(rejected.first().at(1).toString()));
        QCOMPARE(validator.ledger().tip().height, validatorTip.height + 1);
        QTRY_COMPARE_WITH_TIMEOUT(replica.ledger().tip().height, validatorTip.height + 1, 10000);
        QVERIFY(replica.ledger().locate(crypto::sha256(later)).has_value());
        QCOMPARE(replica.ledger().tip().stateHash, validator.ledger().tip().stateHash);
    }
};

QTEST_GUILESS_MAIN(TestPeerNetwork)
#include "TestPeerNetwork.moc"

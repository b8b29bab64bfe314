// The node's client interface, the way the GUI uses it: two demo nodes (a validator and a
// replica) each run by a NodeClient in this process. The replica, started behind, reports its
// catch-up through syncStatusChanged; a transaction submitted through it travels to the
// validator, is committed by consensus and comes back as transactionCommitted.
#include "chain/NetworkBootstrap.h"
#include "common/Startup.h"
#include "identity/Keystore.h"
#include "node/DataDir.h"
#include "node/NodeClient.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace medchain;

namespace {
const QString kCli = QStringLiteral(MEDCHAIN_CLI);

crypto::SecureBuffer passphrase()
{
    const QByteArray text = QByteArrayLiteral("medchain-demo");
    return crypto::SecureBuffer::copyOf(
        {reinterpret_cast<const std::uint8_t *>(text.constData()), std::size_t(text.size())});
}
} // namespace

class TestNodeClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void aReplicaReportsItsCatchUpAndCarriesTransactions()
    {
        QTemporaryDir dir;
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MEDCHAIN_FAST_KDF"), QStringLiteral("1"));
        cli.setProcessEnvironment(env);
        cli.start(kCli,
                  {QStringLiteral("demo"), QStringLiteral("--out"), dir.path(),
                   QStringLiteral("--patients"), QStringLiteral("10"), QStringLiteral("--records"),
                   QStringLiteral("10"), QStringLiteral("--nodes"), QStringLiteral("1"),
                   QStringLiteral("--replicas"), QStringLiteral("1"), QStringLiteral("--offline")});
        QVERIFY(cli.waitForFinished(120'000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QString validatorFolder = dir.filePath(QStringLiteral("node1"));
        const QString replicaFolder = dir.filePath(QStringLiteral("node2"));
        for (const QString &folder : {validatorFolder, replicaFolder}) {
            node::DataDir data(folder);
            QJsonObject config = data.readConfig().value();
            config.insert(QStringLiteral("emptyBlockIntervalMs"), 200);
            QVERIFY(data.writeConfig(config).ok());
        }

        // The validator alone moves the chain on.
        auto validator = node::NodeClient::start(validatorFolder, passphrase());
        QVERIFY2(validator.ok(), qPrintable(validator.error()));
        const quint64 start = validator.value()->syncStatus().height;
        QTRY_VERIFY_WITH_TIMEOUT(validator.value()->syncStatus().height >= start + 5, 30'000);

        // The replica starts behind and says so while it catches up.
        auto replica = node::NodeClient::start(replicaFolder, passphrase());
        QVERIFY2(replica.ok(), qPrintable(replica.error()));
        QCOMPARE(replica.value()->syncStatus().height, start);
        QSignalSpy statuses(replica.value().get(), &node::NodeClient::syncStatusChanged);
        const quint64 ahead = validator.value()->syncStatus().height;
        QTRY_VERIFY_WITH_TIMEOUT(replica.value()->syncStatus().height >= ahead, 30'000);
        bool sawCatchingUp = false;
        for (const QList<QVariant> &signal : std::as_const(statuses))
            sawCatchingUp = sawCatchingUp || signal.first().value<node::SyncStatus>().catchingUp();
        QVERIFY(sawCatchingUp);
        QCOMPARE(replica.value()->syncStatus().peers, 1);

        // A transaction submitted at the replica: the authority enrolls a clinic.
        const chain::Genesis genesis = node::DataDir(replicaFolder).readGenesis().value();
        const auto authority = identity::Keystore::unlock(
            QDir(validatorFolder).filePath(QStringLiteral("keystores/authority.mcid")),
            passphrase());
        QVERIFY2(authority.ok(), qPrintable(authority.error()));
        const auto root = crypto::Certificate::fromDer(genesis.rootCertificate).value();
        const auto body = identity::Enrollment::institution(
            {root, authority->keys.signing}, identity::IdentityKeys::generate(),
            chain::InstitutionKind::Clinic, QStringLiteral("Luyang Community Clinic"),
            QStringLiteral("340103"), chain::NetworkBootstrap::validityFor(genesis, 5));
        QVERIFY(body.ok());
        quint64 nonce = 0;
        {
            auto view = node::DataDir(replicaFolder).openLedgerReadOnly(passphrase());
            QVERIFY(view.ok());
            nonce = view.value()->state().identity(authority->keys.id())->nonce + 1;
        }
        const QByteArray tx = chain::Transaction::signAndEncode(
            genesis.chainId, nonce, QDateTime::currentMSecsSinceEpoch(), body.value(),
            authority->keys.signing);
        QSignalSpy committed(replica.value().get(), &node::NodeClient::transactionCommitted);
        QSignalSpy rejected(replica.value().get(), &node::NodeClient::transactionRejected);
        replica.value()->submit(tx);
        QTRY_VERIFY_WITH_TIMEOUT(!committed.isEmpty(), 30'000);
        QCOMPARE(committed.first().first().value<chain::Hash>(), crypto::sha256(tx));
        QVERIFY(rejected.isEmpty());
        const quint64 height = committed.first().at(1).toULongLong();
        QTRY_VERIFY_WITH_TIMEOUT(validator.value()->syncStatus().height >= height, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestNodeClient)
#include "TestNodeClient.moc"

// A node killed with SIGKILL while committing blocks always reopens at its last committed
// block with a state that matches its blocks. Lengthen with MEDCHAIN_CRASH_RUNS (default 200),
// vary with MEDCHAIN_CRASH_SEED: e.g. MEDCHAIN_CRASH_RUNS=5000 ctest -R TestLedgerCrash
#include "chain/Ledger.h"
#include "chain/NetworkBootstrap.h"
#include "chain/ReplicaVerifier.h"
#include "common/Startup.h"
#include "crypto/Random.h"

#include <QDataStream>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace medchain;
using namespace medchain::chain;

namespace {
int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QByteArray plain(const crypto::SecureBuffer &secret)
{
    return QByteArray(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
}
} // namespace

class TestLedgerCrash : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void killedNodeReopensAtItsLastBlock()
    {
        QTemporaryDir dir;
        auto network = NetworkBootstrap::create({QStringLiteral("medchain-crash"),
                                                 QStringLiteral("Authority"),
                                                 QStringLiteral("340000"),
                                                 1'790'000'000'000,
                                                 10,
                                                 {}});
        QVERIFY(network.ok());
        crypto::SecureBuffer key(32);
        crypto::randomFill(key.bytes());
        const auto hospital = identity::IdentityKeys::generate();
        quint64 setupHeight = 0;
        {
            auto ledger
                = Ledger::open(dir.filePath(QStringLiteral("replica.db")), key, network->genesis);
            QVERIFY(ledger.ok());
            Transaction tx;
            tx.chainId = network->genesis.chainId;
            tx.nonce = 1;
            tx.time = network->genesis.time + 1000;
            tx.body
                = identity::Enrollment::institution(
                      {network->root, network->authority.signing}, hospital,
                      InstitutionKind::Hospital, QStringLiteral("Hospital"),
                      QStringLiteral("340104"), NetworkBootstrap::validityFor(network->genesis, 5))
                      .value();
            tx.sign(network->authority.signing);
            auto produced
                = ledger.value()->produceBlock({tx.encode()}, tx.time, network->validator);
            QVERIFY(produced.ok() && produced->rejected.isEmpty());
            setupHeight = ledger.value()->tip().height;
        }
        QFile secrets(dir.filePath(QStringLiteral("secrets")));
        QVERIFY(secrets.open(QIODevice::WriteOnly));
        QDataStream stream(&secrets);
        stream << plain(key) << plain(network->validator.seed()) << plain(hospital.signing.seed());
        secrets.close();
        QFile genesis(dir.filePath(QStringLiteral("genesis.cbor")));
        QVERIFY(genesis.open(QIODevice::WriteOnly));
        genesis.write(network->genesis.encode());
        genesis.close();

        const int runs = environmentNumber("MEDCHAIN_CRASH_RUNS", 200);
        QRandomGenerator random(quint32(environmentNumber("MEDCHAIN_CRASH_SEED", 20261123)));
        quint64 reported = setupHeight;
        for (int run = 0; run < runs; ++run) {
            QProcess writer;
            writer.start(QStringLiteral(LEDGER_CRASH_WRITER), {dir.path()});
            QVERIFY(writer.waitForStarted());
            QTest::qWait(10 + int(random.bounded(140)));
            writer.kill(); // SIGKILL mid-commit, or between commits
            writer.waitForFinished();
            QVERIFY2(
                writer.exitStatus() == QProcess::CrashExit,
                qPrintable(
                    QStringLiteral("the writer stopped by itself: %1").arg(writer.exitCode())));
            for (const QByteArray &line : writer.readAllStandardOutput().split('\n'))
                if (!line.isEmpty())
                    reported = std::max(reported, line.toULongLong());

            auto ledger
                = Ledger::open(dir.filePath(QStringLiteral("replica.db")), key, network->genesis);
            QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
            const ChainTip tip = ledger.value()->tip();
            // Every block the writer saw committed survived; at most one more landed unseen.
            QVERIFY2(tip.height >= reported && tip.height <= reported + 1,
                     qPrintable(QStringLiteral("run %1: tip %2, reported %3")
                                    .arg(run)
                                    .arg(tip.height)
                                    .arg(reported)));
            const auto block = ledger.value()->block(tip.height);
            QVERIFY(block.has_value());
            QCOMPARE(block->header.hash(), tip.hash);
            QCOMPARE(block->header.stateHash, tip.stateHash);
            QVERIFY(!ledger.value()->block(tip.height + 1).has_value());
            const auto hospitalInfo = ledger.value()->state().identity(hospital.id());
            QCOMPARE(hospitalInfo->nonce, 10 * (tip.height - setupHeight)); // ten per block
            reported = tip.height;
            if (run % 50 == 49 || run == runs - 1) {
                const auto verified = ReplicaVerifier::verify(*ledger.value(), dir.path());
                QVERIFY2(verified.ok(), qPrintable(verified.error()));
            }
        }
        QVERIFY(reported > setupHeight + quint64(runs) / 4); // the writer really was writing
    }
};

QTEST_GUILESS_MAIN(TestLedgerCrash)
#include "TestLedgerCrash.moc"

// The node thread: transactions submitted from another thread end up in signed blocks on the
// block interval; bad ones are refused with a reason; the node stops cleanly.
#include "../chain/ChainFixture.h"

#include "common/Startup.h"
#include "node/NodeThread.h"

#include <QSignalSpy>

using namespace medchain;
using namespace medchain::chain;
using namespace medchain::test;

class TestNode : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void producesSignedBlocksFromTheMempool()
    {
        ChainFixture f;
        Member hospital = f.enrollHospital(QStringLiteral("Hospital A"));
        Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr A"));
        Member patient = f.registerPatient(hospital, QStringLiteral("1"));
        const QList<IdentityId> readers {patient.id(), doctor.id(), hospital.id()};
        QList<QByteArray> txs;
        for (int i = 0; i < 20; ++i)
            txs.append(f.sign(doctor.keys.signing, f.record(doctor, patient, readers, {})));
        const QByteArray replay = txs.first();
        QByteArray forged = txs.last();
        forged[forged.size() - 1] = char(forged[forged.size() - 1] ^ 1);
        const quint64 startHeight = f.ledger->tip().height;

        auto node = std::make_unique<node::Node>(
            std::move(f.ledger),
            crypto::Ed25519SigningKey::fromSeed(f.network.validator.seed()).value(),
            [time = f.now()] { return time + 1000; });
        node::NodeThread thread(std::move(node));
        QSignalSpy committed(thread.node(), &node::Node::transactionCommitted);
        QSignalSpy rejected(thread.node(), &node::Node::transactionRejected);
        QSignalSpy blocks(thread.node(), &node::Node::blockCommitted);
        for (const QByteArray &tx : txs)
            QMetaObject::invokeMethod(thread.node(), "submit", Qt::QueuedConnection,
                                      Q_ARG(QByteArray, tx));
        QMetaObject::invokeMethod(thread.node(), "submit", Qt::QueuedConnection,
                                  Q_ARG(QByteArray, forged));
        QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 20, 10000);
        // The forged copy is refused at once; the replay after commit is refused too.
        QTRY_COMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(2).toString(), QStringLiteral("signature"));
        QMetaObject::invokeMethod(thread.node(), "submit", Qt::QueuedConnection,
                                  Q_ARG(QByteArray, replay));
        QTRY_COMPARE(rejected.size(), 2);
        QCOMPARE(rejected.last().at(2).toString(), errors::exists());

        QVERIFY(!blocks.isEmpty());
        const ChainTip tip = blocks.last().first().value<ChainTip>();
        QVERIFY(tip.height > startHeight);
        QCOMPARE(committed.last().at(1).toULongLong(), tip.height);
    }
};

QTEST_GUILESS_MAIN(TestNode)
#include "TestNode.moc"

// SHA-256 against the FIPS 180-2 examples, one-shot and incremental.
#include "common/Startup.h"
#include "crypto/Random.h"
#include "crypto/SelfTest.h"
#include "crypto/Sha256.h"

#include <QTest>

using namespace medchain::crypto;

class TestSha256 : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(medchain::Startup::initialiseCore().ok()); }

    void published_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digestHex");
        for (const Sha256Vector &v : sha256Vectors())
            QTest::newRow(v.name) << QByteArray(v.message).repeated(v.repeat)
                                  << QByteArray(v.digestHex);
    }

    void published()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digestHex);
        QCOMPARE(sha256(message).toHex(), digestHex);
        Sha256 hasher;
        hasher.add(message);
        QCOMPARE(hasher.finish().toHex(), digestHex);
    }

    void millionA()
    {
        // FIPS 180-2 B.3, fed in uneven pieces to exercise the block buffer.
        Sha256 hasher;
        const QByteArray piece(997, 'a');
        int fed = 0;
        while (fed + piece.size() <= 1000000) {
            hasher.add(piece);
            fed += piece.size();
        }
        hasher.add(QByteArray(1000000 - fed, 'a'));
        QCOMPARE(hasher.finish().toHex(),
                 QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void incrementalMatchesOneShotAtEverySplit()
    {
        const QByteArray message = randomBytes(200);
        const Sha256Digest whole = sha256(message);
        for (qsizetype split = 0; split <= message.size(); ++split) {
            Sha256 hasher;
            hasher.add(QByteArrayView(message).first(split));
            hasher.add(QByteArrayView(message).sliced(split));
            QCOMPARE(hasher.finish(), whole);
        }
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "TestSha256.moc"

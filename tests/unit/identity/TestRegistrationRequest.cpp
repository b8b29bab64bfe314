// The registration request a patient's device hands the desk: it round-trips, proves its keys'
// owner made it, and refuses altered, foreign, oversized, non-canonical and newer files.
#include "common/Startup.h"
#include "identity/Enrollment.h"
#include "identity/Keystore.h"
#include "identity/RegistrationRequest.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace medchain;
using medchain::identity::RegistrationRequest;

class TestRegistrationRequest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void roundTripsAndNamesTheKeys()
    {
        const auto keys = identity::IdentityKeys::generate();
        const QByteArray bytes = RegistrationRequest::create(keys, 1'795'000'000'000);
        const auto request = RegistrationRequest::decode(bytes);
        QVERIFY2(request.ok(), qPrintable(request.error()));
        QCOMPARE(request->identity, keys.id());
        QCOMPARE(request->encryptionKey, keys.encryption.publicKey());
        QCOMPARE(request->created, qint64(1'795'000'000'000));
        QCOMPARE(request->encode(), bytes);
    }

    void everyAlteredByteIsRefused()
    {
        const QByteArray bytes
            = RegistrationRequest::create(identity::IdentityKeys::generate(), 1'795'000'000'000);
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            QByteArray altered = bytes;
            altered[i] = char(altered[i] ^ 0x01);
            QVERIFY2(!RegistrationRequest::decode(altered).ok(), qPrintable(QString::number(i)));
        }
    }

    void anotherKeysSignatureIsForged()
    {
        const auto mine = identity::IdentityKeys::generate();
        const auto other = identity::IdentityKeys::generate();
        RegistrationRequest request;
        request.identity = mine.id();
        request.encryptionKey = mine.encryption.publicKey();
        request.created = 1;
        request.signature = other.signing.sign(request.signedBytes());
        const auto refused = RegistrationRequest::decode(request.encode());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorCode(), QStringLiteral("forged"));
    }

    void malformedFilesSayWhat_data()
    {
        const QByteArray good
            = RegistrationRequest::create(identity::IdentityKeys::generate(), 1'795'000'000'000);
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("damaged");
        QTest::newRow("truncated") << good.chopped(1) << QStringLiteral("damaged");
        QTest::newRow("trailing byte") << good + '\0' << QStringLiteral("damaged");
        QTest::newRow("too large")
            << QByteArray(RegistrationRequest::MaxSize + 1, 'x') << QStringLiteral("damaged");
        QByteArray newer = good;
        newer[2] = 0x02; // version 2
        QTest::newRow("newer version") << newer << QStringLiteral("unsupported-version");
        QByteArray extra = good;
        extra[0] = char(0xa6); // claims a sixth entry
        QTest::newRow("unknown field")
            << extra + QByteArray::fromHex("0500") << QStringLiteral("damaged");
    }

    void malformedFilesSayWhat()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const auto refused = RegistrationRequest::decode(bytes);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorCode(), code);
        QVERIFY(!refused.error().isEmpty());
    }

    void theDeskRegistersThePublicKeysAlone()
    {
        const auto institution = identity::IdentityKeys::generate();
        const identity::Validity validity {QDateTime::currentDateTimeUtc(),
                                           QDateTime::currentDateTimeUtc().addYears(1)};
        const auto root = identity::Enrollment::rootCertificate(
            institution, QStringLiteral("Test Root"), QStringLiteral("340000"), validity);
        QVERIFY(root.ok());
        const auto patient = identity::IdentityKeys::generate();
        const auto request = RegistrationRequest::decode(RegistrationRequest::create(patient, 1));
        QVERIFY(request.ok());
        const auto fromRequest = identity::Enrollment::patient(
            {root.value(), institution.signing}, request->identity, request->encryptionKey, {},
            QStringLiteral("340104"), validity);
        QVERIFY2(fromRequest.ok(), qPrintable(fromRequest.error()));
        QCOMPARE(fromRequest->identity, patient.id());
        QCOMPARE(fromRequest->encryptionKey, patient.encryption.publicKey());
    }

    void thePatientMakesTheirIdentityAndRequest()
    {
        QTemporaryDir dir;
        const QString keystore = dir.filePath(QStringLiteral("me.mcid"));
        const QString requestFile = dir.filePath(QStringLiteral("me.mcreq"));
        const auto passphrase = crypto::Argon2id::passphraseToUtf8(QStringLiteral("my own"));
        const auto made = RegistrationRequest::createIdentity(
            keystore, requestFile, passphrase, crypto::Argon2Params::fastInsecureForTests(),
            QStringLiteral("net"), 1234);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error()));
        const auto unlocked = identity::Keystore::unlock(keystore, passphrase);
        QVERIFY(unlocked.ok());
        QCOMPARE(unlocked->info.role, chain::Role::Patient);
        QCOMPARE(unlocked->info.chainId, QStringLiteral("net"));
        QCOMPARE(unlocked->keys.id(), made.value());
        const auto bytes = RegistrationRequest::readFile(requestFile);
        QVERIFY(bytes.ok());
        const auto request = RegistrationRequest::decode(bytes.value());
        QVERIFY(request.ok());
        QCOMPARE(request->identity, made.value());
        QCOMPARE(request->encryptionKey, unlocked->keys.encryption.publicKey());
        QCOMPARE(request->created, qint64(1234));

        // An existing request file is never replaced, and no keystore is left behind.
        const QString other = dir.filePath(QStringLiteral("other.mcid"));
        const auto again = RegistrationRequest::createIdentity(
            other, requestFile, passphrase, crypto::Argon2Params::fastInsecureForTests(), {}, 1);
        QVERIFY(!again.ok());
        QCOMPARE(again.failure().code, QStringLiteral("exists"));
        QVERIFY(!QFile::exists(other));
        // A request that cannot be written takes its keystore away again.
        const auto unwritable = RegistrationRequest::createIdentity(
            other, dir.filePath(QStringLiteral("missing/folder/me.mcreq")), passphrase,
            crypto::Argon2Params::fastInsecureForTests(), {}, 1);
        QVERIFY(!unwritable.ok());
        QCOMPARE(unwritable.failure().code, QStringLiteral("io"));
        QVERIFY(!QFile::exists(other));
    }

    void readFileRefusesWhatIsNotARequest()
    {
        QTemporaryDir dir;
        const auto missing = RegistrationRequest::readFile(dir.filePath(QStringLiteral("none")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.failure().code, QStringLiteral("io"));
        QFile large(dir.filePath(QStringLiteral("large.mcreq")));
        QVERIFY(large.open(QIODevice::WriteOnly));
        large.write(QByteArray(RegistrationRequest::MaxSize + 1, 'x'));
        large.close();
        const auto tooLarge = RegistrationRequest::readFile(large.fileName());
        QVERIFY(!tooLarge.ok());
        QCOMPARE(tooLarge.failure().code, QStringLiteral("damaged"));
    }
};

QTEST_GUILESS_MAIN(TestRegistrationRequest)
#include "TestRegistrationRequest.moc"

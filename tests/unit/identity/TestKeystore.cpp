// The identity keystore: round trips, wrong passphrases that change nothing, passphrase change,
// backups, owner-only files and clear errors. Tampered and hostile files: TestKeystoreFile.
#include "KeystoreTestSupport.h"

#include "common/Startup.h"
#include "identity/Keystore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace medchain::identity;
using namespace keystoretest;
using medchain::crypto::Aead;
using medchain::crypto::Argon2id;
using medchain::crypto::Argon2Params;

namespace {
bool ownerOnly(const QString &path)
{
    const auto mode = QFile::permissions(path);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (mode & others) == 0 && mode.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && !mode.testFlag(QFileDevice::ExeOwner);
}
} // namespace

class TestKeystore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(medchain::Startup::initialiseCore().ok());
        QVERIFY(m_dir.isValid());
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("chainId");
        QTest::addColumn<QByteArray>("extra");
        QTest::newRow("patient, nothing optional")
            << int(Role::Patient) << QString() << QString() << QByteArray();
        QTest::newRow("doctor with label and chain")
            << int(Role::Practitioner) << QString::fromUtf8("Dr Wang — 安徽省立医院")
            << QStringLiteral("medchain-anhui-1") << QByteArray();
        QTest::newRow("institution with registration key")
            << int(Role::Institution) << QStringLiteral("Anhui Provincial Hospital") << QString()
            << QByteArray(32, '\x5a');
        QTest::newRow("one-byte extra")
            << int(Role::Node) << QString() << QStringLiteral("c") << QByteArray(1, '\0');
    }

    void roundTrip()
    {
        QFETCH(int, role);
        QFETCH(QString, label);
        QFETCH(QString, chainId);
        QFETCH(QByteArray, extra);
        const auto keys = IdentityKeys::generate();
        const auto info = infoFor(keys, Role(role), label, chainId);
        std::optional<SecureBuffer> extraSecret;
        if (!extra.isEmpty())
            extraSecret = secureOf(extra);
        const QString path = file(QTest::currentDataTag());
        const auto created
            = Keystore::create(path, keys, info, passphrase("correct horse"), kFast, extraSecret);
        QVERIFY2(created.ok(), qPrintable(created.error()));

        TRY_VALUE(opened, Keystore::unlock(path, passphrase("correct horse")));
        QCOMPARE(opened.info, info);
        QVERIFY(opened.keys.signing.seed().equals(keys.signing.seed()));
        QVERIFY(opened.keys.encryption.secret().equals(keys.encryption.secret()));
        QCOMPARE(opened.extraSecret.has_value(), extraSecret.has_value());
        if (extraSecret)
            QVERIFY(opened.extraSecret->equals(*extraSecret));

        // The recovered keys work with the original public keys.
        const QByteArray message("consultation note 42");
        const auto signature = opened.keys.signing.sign(message);
        QVERIFY(medchain::crypto::ed25519Verify(keys.signing.publicKey(), message, signature));
        const SecureBuffer contentKey = Aead::generateKey();
        const QByteArray box
            = medchain::crypto::sealTo(keys.encryption.publicKey(), contentKey.bytes());
        TRY_VALUE(openedKey, opened.keys.encryption.open(box));
        QVERIFY(openedKey.equals(contentKey));

        // Nothing secret is in the file in the clear.
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.contains(bytesOf(keys.signing.seed())));
        QVERIFY(!bytes.contains(bytesOf(keys.encryption.secret())));
        if (!extra.isEmpty() && extra.size() > 4)
            QVERIFY(!bytes.contains(extra));
    }

    void publicInfoNeedsNoPassphrase()
    {
        const auto keys = IdentityKeys::generate();
        const QString path = file("public");
        QVERIFY(Keystore::create(path, keys, infoFor(keys), passphrase("pw"), kFast).ok());
        TRY_VALUE(info, Keystore::readPublicInfo(path));
        QCOMPARE(info, infoFor(keys));
        QCOMPARE(info.identity, keys.id());
    }

    void wrongPassphraseChangesNothing()
    {
        const auto keys = IdentityKeys::generate();
        const QString path = file("wrong");
        QVERIFY(Keystore::create(path, keys, infoFor(keys), passphrase("right"), kFast).ok());
        const FileSnapshot before = snapshot(path);
        const QStringList listing = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden);
        QTest::qSleep(20); // a write now would show in the modification time
        for (const char *guess : {"wrong", "Right", "right ", ""}) {
            const auto opened = Keystore::unlock(path, passphrase(guess));
            QVERIFY(!opened.ok());
            QCOMPARE(opened.errorCode(), kWrong);
            QVERIFY(opened.error().contains(QStringLiteral("passphrase is wrong")));
        }
        QCOMPARE(snapshot(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden), listing);
        QVERIFY(Keystore::unlock(path, passphrase("right")).ok());
    }

    void changePassphrase()
    {
        const auto keys = IdentityKeys::generate();
        const QString path = file("change");
        const auto extra = std::optional<SecureBuffer>(secureOf(QByteArray(32, '\x33')));
        QVERIFY(Keystore::create(path, keys, infoFor(keys), passphrase("old"), kFast, extra).ok());
        const QByteArray oldSalt = KeystoreFile::parse(readAll(path))->salt;

        const FileSnapshot before = snapshot(path);
        QTest::qSleep(20);
        const auto refused
            = Keystore::changePassphrase(path, passphrase("not old"), passphrase("new"), kFast);
        QCOMPARE(refused.errorCode(), kWrong);
        QCOMPARE(snapshot(path), before);

        QVERIFY(QFile::setPermissions(path,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const Argon2Params stronger {2, 16 * 1024};
        const auto changed
            = Keystore::changePassphrase(path, passphrase("old"), passphrase("new"), stronger);
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        QVERIFY(ownerOnly(path));
        QCOMPARE(Keystore::unlock(path, passphrase("old")).errorCode(), kWrong);
        TRY_VALUE(opened, Keystore::unlock(path, passphrase("new")));
        QCOMPARE(opened.info, infoFor(keys));
        QCOMPARE(secretsOf(opened.keys, opened.extraSecret), secretsOf(keys, extra));
        TRY_VALUE(rewritten, KeystoreFile::parse(readAll(path)));
        QCOMPARE(rewritten.kdf, stronger);
        QVERIFY(rewritten.salt != oldSalt);
    }

    void exportBackup()
    {
        const auto keys = IdentityKeys::generate();
        const QString path = file("backup-source");
        const QString backup = file("backup-copy");
        const auto extra = std::optional<SecureBuffer>(secureOf(QByteArray(32, '\x44')));
        QVERIFY(
            Keystore::create(path, keys, infoFor(keys), passphrase("daily"), kFast, extra).ok());
        const FileSnapshot before = snapshot(path);
        QTest::qSleep(20);

        QCOMPARE(
            Keystore::exportBackup(path, backup, passphrase("nope"), passphrase("vault"), kFast)
                .errorCode(),
            kWrong);
        QVERIFY(!QFile::exists(backup));

        const auto exported
            = Keystore::exportBackup(path, backup, passphrase("daily"), passphrase("vault"), kFast);
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        QCOMPARE(snapshot(path), before);
        QVERIFY(ownerOnly(backup));
        TRY_VALUE(restored, Keystore::unlock(backup, passphrase("vault")));
        QCOMPARE(restored.info, infoFor(keys));
        QCOMPARE(secretsOf(restored.keys, restored.extraSecret), secretsOf(keys, extra));
        QCOMPARE(Keystore::unlock(backup, passphrase("daily")).errorCode(), kWrong);
        QVERIFY(Keystore::unlock(path, passphrase("daily")).ok());

        const FileSnapshot backupBefore = snapshot(backup);
        QCOMPARE(Keystore::exportBackup(path, backup, passphrase("daily"), passphrase("x"), kFast)
                     .errorCode(),
                 QStringLiteral("exists"));
        QCOMPARE(snapshot(backup), backupBefore);
    }

    void createRefusesToOverwrite()
    {
        const auto keys = IdentityKeys::generate();
        const QString path = file("existing");
        QVERIFY(writeAll(path, "someone else's file"));
        const auto created = Keystore::create(path, keys, infoFor(keys), passphrase("pw"), kFast);
        QCOMPARE(created.errorCode(), QStringLiteral("exists"));
        QCOMPARE(readAll(path), QByteArray("someone else's file"));
    }

    void filesAreOwnerOnly()
    {
        const auto keys = IdentityKeys::generate();
        const QString path = file("mode");
        QVERIFY(Keystore::create(path, keys, infoFor(keys), passphrase("pw"), kFast).ok());
        QVERIFY(ownerOnly(path));
    }

    void badArgumentsWriteNothing()
    {
        const auto keys = IdentityKeys::generate();
        const auto other = IdentityKeys::generate();
        const QString path = file("args");
        const auto invalid = QStringLiteral("invalid");
        QCOMPARE(Keystore::create(path, keys, infoFor(keys), SecureBuffer(), kFast).errorCode(),
                 invalid);
        QCOMPARE(Keystore::create(path, keys, infoFor(other), passphrase("pw"), kFast).errorCode(),
                 invalid);
        QCOMPARE(Keystore::create(path, keys, infoFor(keys, Role::Patient, QString(513, u'x')),
                                  passphrase("pw"), kFast)
                     .errorCode(),
                 invalid);
        for (const std::size_t size : {std::size_t(0), KeystoreFile::MaxExtraSecretSize + 1})
            QCOMPARE(Keystore::create(path, keys, infoFor(keys), passphrase("pw"), kFast,
                                      SecureBuffer(size))
                         .errorCode(),
                     invalid);
        QVERIFY(!QFile::exists(path));
    }

    void unreadableOrUnwritablePathsSayWhich()
    {
        const QString missing = file("no-such-keystore");
        const auto opened = Keystore::unlock(missing, passphrase("pw"));
        QCOMPARE(opened.errorCode(), QStringLiteral("io"));
        QVERIFY(opened.error().contains(QDir::toNativeSeparators(missing)));

        const auto keys = IdentityKeys::generate();
        const QString nowhere = file("no-such-folder/keystore");
        const auto created
            = Keystore::create(nowhere, keys, infoFor(keys), passphrase("pw"), kFast);
        QCOMPARE(created.errorCode(), QStringLiteral("io"));
        QVERIFY(created.error().contains(QDir::toNativeSeparators(nowhere)));
    }

    void calibratedSettingsAreStored()
    {
        const Argon2Params params = Argon2id::calibrate();
        QVERIFY(KeystoreFile::checkKdf(params).ok());
        const auto keys = IdentityKeys::generate();
        const QString path = file("calibrated");
        QElapsedTimer timer;
        timer.start();
        QVERIFY(Keystore::create(path, keys, infoFor(keys), passphrase("pw"), params).ok());
        qInfo("calibrated Argon2id: %llu passes over %llu MiB; writing took %lld ms",
              params.opsLimit, params.memLimitBytes >> 20, timer.elapsed());
        TRY_VALUE(parsed, KeystoreFile::parse(readAll(path)));
        QCOMPARE(parsed.kdf, params);
    }

private:
    QString file(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestKeystore)
#include "TestKeystore.moc"

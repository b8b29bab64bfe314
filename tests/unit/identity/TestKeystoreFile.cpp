// The keystore file format as documented, and files that were tampered with, cut short, swapped
// or made hostile: unlocking fails with the right code and never yields other keys.
#include "KeystoreTestSupport.h"

#include "codec/CanonicalCbor.h"
#include "common/Startup.h"
#include "identity/Keystore.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QTemporaryDir>

using namespace medchain::identity;
using namespace keystoretest;
using medchain::crypto::Aead;

class TestKeystoreFile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(medchain::Startup::initialiseCore().ok());
        QVERIFY(m_dir.isValid());
    }

    void fileFollowsTheDocumentedFormat()
    {
        const auto keys = IdentityKeys::generate();
        const auto extra = std::optional<SecureBuffer>(secureOf(QByteArray(32, '\x11')));
        const QString path = file("format");
        QVERIFY(Keystore::create(path, keys, infoFor(keys, Role::Authority), passphrase("pw"),
                                 kFast, extra)
                    .ok());
        TRY_VALUE(value, medchain::codec::CanonicalCbor::decode(readAll(path)));
        const QCborMap map = value.toMap();
        QCOMPARE(map.keys(), (QList<QCborValue> {0, 1, 2, 3, 4, 5}));
        QCOMPARE(map.value(0).toInteger(), 1);
        const QCborArray kdf = map.value(1).toArray();
        QCOMPARE(kdf, (QCborArray {qint64(kFast.opsLimit), qint64(kFast.memLimitBytes)}));
        const QByteArray salt = map.value(2).toByteArray();
        QCOMPARE(salt.size(), 16);
        const QCborMap pub = map.value(3).toMap();
        QCOMPARE(pub.value(0).toInteger(), qint64(Role::Authority));
        QCOMPARE(pub.value(1).toByteArray(), keys.signing.publicKey().toByteArray());
        QCOMPARE(pub.value(2).toByteArray(), keys.encryption.publicKey().toByteArray());
        QCOMPARE(pub.value(3).toString(), infoFor(keys).label);
        QCOMPARE(pub.value(4).toString(), infoFor(keys).chainId);

        const DocumentedKeys derived = documentedKeys(passphrase("pw"), salt, kFast);
        QCOMPARE(map.value(4).toByteArray(), derived.keyCheck);
        QCborMap header = map;
        header.remove(4);
        header.remove(5);
        TRY_VALUE(headerBytes, medchain::codec::CanonicalCbor::encode(header));
        const QByteArray associated = QByteArray("medchain/keystore/v1") + headerBytes;
        TRY_VALUE(plain,
                  Aead::decryptSecret(derived.aeadKey, map.value(5).toByteArray(), associated));
        QCOMPARE(bytesOf(plain), secretsOf(keys, extra));

        // Two writes of the same keys never share a salt or a ciphertext.
        const QString again = file("format-again");
        QVERIFY(Keystore::create(again, keys, infoFor(keys, Role::Authority), passphrase("pw"),
                                 kFast, extra)
                    .ok());
        TRY_VALUE(first, KeystoreFile::parse(readAll(path)));
        TRY_VALUE(second, KeystoreFile::parse(readAll(again)));
        QVERIFY(first.salt != second.salt);
        QVERIFY(first.sealedSecrets != second.sealedSecrets);
    }

    void everyFlippedByteFails()
    {
        const auto keys = IdentityKeys::generate();
        const auto info = infoFor(keys);
        const QString path = file("flip");
        QVERIFY(Keystore::create(path, keys, info, passphrase("pw"), kFast,
                                 secureOf(QByteArray(32, '\x22')))
                    .ok());
        const QByteArray original = readAll(path);
        const QString tampered = file("flip-tampered");
        QHash<QString, int> codes;
        for (qsizetype i = 0; i < original.size(); ++i) {
            for (const char mask : {'\x01', '\x80'}) {
                QByteArray bytes = original;
                bytes[i] = char(bytes[i] ^ mask);
                QVERIFY(writeAll(tampered, bytes));
                const auto opened = Keystore::unlock(tampered, passphrase("pw"));
                QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("byte %1 flipped").arg(i)));
                QVERIFY2(!opened.errorCode().isEmpty(), qPrintable(opened.error()));
                ++codes[opened.errorCode()];
            }
        }
        // A flip in the salt means another key, so the passphrase is reported wrong; a flip in the
        // public part fails the integrity check with the right passphrase: "damaged".
        TRY_VALUE(parsed, KeystoreFile::parse(original));
        const auto codeAfterFlipAt = [&](qsizetype at) {
            QByteArray bytes = original;
            bytes[at] = char(bytes[at] ^ 0x01);
            return writeAll(tampered, bytes)
                ? Keystore::unlock(tampered, passphrase("pw")).errorCode()
                : QString();
        };
        QCOMPARE(codeAfterFlipAt(original.indexOf(parsed.salt)), kWrong);
        QCOMPARE(codeAfterFlipAt(original.indexOf(info.label.toUtf8())), kDamaged);
        QCOMPARE(codeAfterFlipAt(original.indexOf(keys.id().toByteArray()) + 5), kDamaged);
        QCOMPARE(codeAfterFlipAt(original.size() - 1), kDamaged); // the AEAD tag
        QVERIFY(codes.value(kWrong) > 0 && codes.value(kDamaged) > 0);
    }

    void truncatedOrTrailingBytesAreDamaged()
    {
        const auto keys = IdentityKeys::generate();
        const QString path = file("cut");
        QVERIFY(Keystore::create(path, keys, infoFor(keys), passphrase("pw"), kFast).ok());
        const QByteArray original = readAll(path);
        QList<QByteArray> variants {original + '\0', original + original};
        for (qsizetype size = 0; size < original.size(); ++size)
            variants.append(original.first(size));
        const QString broken = file("cut-broken");
        for (const QByteArray &bytes : std::as_const(variants)) {
            QVERIFY(writeAll(broken, bytes));
            QCOMPARE(Keystore::unlock(broken, passphrase("pw")).errorCode(), kDamaged);
            QCOMPARE(Keystore::readPublicInfo(broken).errorCode(), kDamaged);
        }
        QVERIFY(writeAll(broken, QByteArray(KeystoreFile::MaxFileSize + 1, '\xa6')));
        QCOMPARE(Keystore::unlock(broken, passphrase("pw")).errorCode(), kDamaged);
    }

    void headerAndSecretsCannotBeSwapped()
    {
        const auto a = IdentityKeys::generate();
        const auto b = IdentityKeys::generate();
        const QString pathA = file("swap-a");
        const QString pathB = file("swap-b");
        QVERIFY(Keystore::create(pathA, a, infoFor(a), passphrase("pw"), kFast).ok());
        QVERIFY(Keystore::create(pathB, b, infoFor(b), passphrase("pw"), kFast).ok());
        TRY_VALUE(fileA, KeystoreFile::parse(readAll(pathA)));
        TRY_VALUE(fileB, KeystoreFile::parse(readAll(pathB)));
        const QString mixed = file("swap-mixed");

        KeystoreFile relabelled = fileA; // a well-formed file whose label was edited
        relabelled.info.label = QStringLiteral("Dr Mallory");
        relabelled.info.role = Role::Authority;
        QVERIFY(writeAll(mixed, relabelled.encode()));
        QCOMPARE(Keystore::readPublicInfo(mixed)->label, QStringLiteral("Dr Mallory"));
        QCOMPARE(Keystore::unlock(mixed, passphrase("pw")).errorCode(), kDamaged);

        KeystoreFile transplanted = fileA; // B's sealed keys under A's header
        transplanted.sealedSecrets = fileB.sealedSecrets;
        QVERIFY(writeAll(mixed, transplanted.encode()));
        QCOMPARE(Keystore::unlock(mixed, passphrase("pw")).errorCode(), kDamaged);

        // Correctly sealed, but the keys inside are A's while the header names B.
        KeystoreFile forged = fileA;
        forged.info = infoFor(b);
        const DocumentedKeys derived = documentedKeys(passphrase("pw"), forged.salt, forged.kdf);
        forged.sealedSecrets = Aead::encryptSecret(derived.aeadKey, secureOf(secretsOf(a, {})),
                                                   forged.associatedData());
        QVERIFY(writeAll(mixed, forged.encode()));
        const auto opened = Keystore::unlock(mixed, passphrase("pw"));
        QCOMPARE(opened.errorCode(), kDamaged);
        QVERIFY(opened.error().contains(QStringLiteral("do not match")));
    }

    void newerFormatVersionIsNamed()
    {
        const auto keys = IdentityKeys::generate();
        const QString path = file("version");
        QVERIFY(Keystore::create(path, keys, infoFor(keys), passphrase("pw"), kFast).ok());
        QByteArray bytes = readAll(path);
        QCOMPARE(bytes.first(3), QByteArray("\xa6\x00\x01", 3)); // {0: 1, ...
        bytes[2] = '\x02';
        QVERIFY(writeAll(path, bytes));
        QCOMPARE(Keystore::unlock(path, passphrase("pw")).errorCode(),
                 QStringLiteral("unsupported-version"));
    }

    void absurdKdfSettingsAreRefusedWithoutDeriving_data()
    {
        QTest::addColumn<quint64>("ops");
        QTest::addColumn<quint64>("memory");
        QTest::newRow("no passes") << quint64(0) << quint64(8192);
        QTest::newRow("1025 passes") << quint64(1025) << quint64(8192);
        QTest::newRow("2^40 passes") << (quint64(1) << 40) << quint64(8192);
        QTest::newRow("4 KiB") << quint64(1) << quint64(4096);
        QTest::newRow("1 GiB + 1") << quint64(1) << (quint64(1) << 30) + 1;
        QTest::newRow("4 GiB") << quint64(1) << (quint64(4) << 30);
        QTest::newRow("2^62 bytes") << quint64(1) << (quint64(1) << 62);
    }

    void absurdKdfSettingsAreRefusedWithoutDeriving()
    {
        QFETCH(quint64, ops);
        QFETCH(quint64, memory);
        const auto keys = IdentityKeys::generate();
        const QString path = file("kdf");
        QFile::remove(path);
        QVERIFY(Keystore::create(path, keys, infoFor(keys), passphrase("pw"), kFast).ok());
        TRY_VALUE(parsed, KeystoreFile::parse(readAll(path)));
        parsed.kdf = {ops, memory};
        QVERIFY(writeAll(path, parsed.encode()));
        // "damaged", not "wrong-passphrase" or "kdf": the settings were refused before deriving.
        QCOMPARE(Keystore::unlock(path, passphrase("pw")).errorCode(), kDamaged);
        QCOMPARE(Keystore::readPublicInfo(path).errorCode(), kDamaged);

        const QString fresh = file("kdf-fresh");
        QCOMPARE(Keystore::create(fresh, keys, infoFor(keys), passphrase("pw"), {ops, memory})
                     .errorCode(),
                 QStringLiteral("invalid"));
        QVERIFY(!QFile::exists(fresh));
    }

private:
    QString file(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestKeystoreFile)
#include "TestKeystoreFile.moc"

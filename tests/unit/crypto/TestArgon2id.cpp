// Argon2id against libsodium's own known answers (test/default/pwhash_argon2id.c), plus the
// bounds that protect an unlock from a damaged key file and the calibration arithmetic.
#include "common/Startup.h"
#include "crypto/Argon2id.h"
#include "crypto/KnownAnswerVectors.h"

#include <QTest>

using namespace medchain::crypto;
using namespace std::chrono_literals;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

SecureBuffer secureFrom(const QByteArray &bytes)
{
    return SecureBuffer::copyOf({reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                 static_cast<std::size_t>(bytes.size())});
}

QByteArray toByteArray(const SecureBuffer &buffer)
{
    return QByteArray(reinterpret_cast<const char *>(buffer.data()),
                      static_cast<qsizetype>(buffer.size()));
}

// libsodium's test/default/pwhash_argon2id.c (inputs, tv() and tv2()) and pwhash_argon2id.exp
// (outputs), both at commit 58441ad2fdf6d18b51ec388285f2c45771fc0a73 (later commits changed
// tv2's memory limit and outputs together): crypto_pwhash with ALG_ARGON2ID13, one lane. The .c
// file lists 32-byte salts but reads only crypto_pwhash_SALTBYTES (16) of them, so the first 16 are
// here. tv[3] asks for a 5-byte output and is the one libsodium expects to fail; see
// keySizeBounds(). tv2[1], the one with the least memory, is argon2idVectors() (the self-test's).
const Argon2idVector kLibsodiumVectors[] = {
    {"tv[0]",
     "a347ae92bce9f80f6f595a4480fc9c2fe7e7d7148d371e9487d75f5c23008ffae065577a928febd9b1973a"
     "5a95073acdbeb6a030cfc0d79caa2dc5cd011cef02c08da232d76d52dfbca38ca8dcbd665b17d1665f7cf5"
     "fe59772ec909733b24de97d6f58d220b20c60d7c07ec1fd93c52c31020300c6c1facd77937a597c7a6",
     "5541fbc995d5c197ba290346d2c559de", 5, 7256678,
     "18acec5d6507739f203d1f5d9f1d862f7c2cdac4f19d2bdff64487e60d969e3ced615337b9eec6ac4461c6"
     "ca07f0939741e57c24d0005c7ea171a0ee1e7348249d135b38f222e4dad7b9a033ed83f5ca27277393e316"
     "582033c74affe2566a2bea47f91f0fd9fe49ece7e1f79f3ad6e9b23e0277c8ecc4b313225748dd2a80f567"
     "9534a0700e246a79a49b3f74eb89ec6205fe1eeb941c73b1fcf1"},
    {"tv[1]",
     "e125cee61c8cb7778d9e5ad0a6f5d978ce9f84de213a8556d9ffe202020ab4a6ed9074a4eb3416f9b168f1"
     "37510f3a30b70b96cbfa219ff99f6c6eaffb15c06b60e00cc2890277f0fd3c622115772f7048adaebed86e",
     "f1192dd5dc2368b9cd421338b2243345", 4, 7849083,
     "26bab5f101560e48c711da4f05e81f5a3802b7a93d5155b9cab153069cc42b8e9f910bfead747652a0708d"
     "70e4de0bada37218bd203a1201c36b42f9a269b675b1f30cfc36f35a3030e9c7f57dfba0d341a974c1886f"
     "708c3e8297efbfe411bb9d51375264bd7c70d57a8a56fc9de2c1c97c08776803ec2cd0140bba8e61dc0f4a"
     "d3d3d1a89b4b710af81bfe35a0eea193e18a6da0f5ec05542c9eefc4584458e1da715611ba09617384748b"
     "d43b9bf1f3a6df4ecd091d0875e08d6e2fd8a5c7ce08904b5160cd38167b76ec76ef2d310049055a564da2"
     "3d4ebd2b87e421cc33c401e12d5cd8d936c9baf75ebdfb557d342d2858fc781da31860"},
    {"tv[2]",
     "92263cbf6ac376499f68a4289d3bb59e5a22335eba63a32e6410249155b956b6a3b48d4a44906b18b89712"
     "7300b375b8f834f1ceffc70880a885f47c33876717e392be57f7da3ae58da4fd1f43daa7e44bb82d3717af"
     "4319349c24cd31e46d295856b0441b6b289992a11ced1cc3bf3011604590244a3eb737ff221129215e4e43"
     "47f4915d41292b5173d196eb9add693be5319fdadc242906178bb6c0286c9b6ca6012746711f58c8c39201"
     "6b2fdfc09c64f0f6b6ab7b",
     "3b840e20e9555e9fb031c4ba1f1747ce", 3, 7994791,
     "6eb45e668582d63788ca8f6e930ca60b045a795fca987344f9a7a135aa3b5132b50a34a3864c26581f1f56"
     "dd0bcbfafbfa92cd9bff6b24a734cfe88f854aef4bda0a7983120f44936e8ff31d29728ac08ccce6f3f916"
     "b3c63962755c23a1fa9bb4e8823fc867bfd18f28980d94bc5874423ab7f96cc0ab78d8fa21fbd00cd3a1d9"
     "6a73fa439ccc3fc4eab1590677b06cc78b0f674dfb680f23022fb902022dd8620803229c6ddf79a8156ccf"
     "ce48bbd76c05ab670634f206e5b2e896230baa74a856964dbd8511acb71d75a1506766a125d8ce037f1db7"
     "2086ebc3bccaefbd8cd9380167c2530386544ebfbeadbe237784d102bb92a10fd242"},
    {"tv[4]",
     "4a857e2ee8aa9b6056f2424e84d24a72473378906ee04a46cb05311502d5250b82ad86b83c8f20a23dbb74"
     "f6da60b0b6ecffd67134d45946ac8ebfb3064294bc097d43ced68642bfb8bbbdd0f50b30118f5e",
     "39d82eef32010b8b79cc5ba88ed539fb", 3, 1432947,
     "08d8cd330c57e1b4643241d05bb468ba4ee4e932cd0858816be9ef15360b27bbd06a87130ee92222be267a"
     "29b81f5ae8fe8613324cfc4832dc49387fd0602f1c57b4d0f3855db94fb7e12eb05f9a484aed4a4307abf5"
     "86cd3d55c809bc081541e00b682772fb2066504ff935b8ebc551a2083882f874bc0fae68e56848ae34c910"
     "97c3bf0cca8e75c0797eef3efde3f75e005815018db3cf7c109a812264c4de69dcb22322dbbcfa447f5b00"
     "ecd1b04a7be1569c8e556adb7bba48adf81d"},
    {"tv[5]",
     "c7b09aec680e7b42fedd7fc792e78b2f6c1bea8f4a884320b648f81e8cf515e8ba9dcfb11d43c4aae114c1"
     "734aa69ca82d44998365db9c93744fa28b63fd16000e8261cbbe083e7e2da1e5f696bde0834fe53146d7e0"
     "e35e7de9920d041f5a5621aabe02da3e2b09b405b77937efef3197bd5772e41fdb73fb5294478e45208063"
     "b5f58e089dbeb6d6342a909c1307b3fff5fe2cf4da56bdae50848f",
     "039c056d933b475032777edbaffac50f", 3, 4886999,
     "d6e9d6cabd42fb9ba7162fe9b8e41d59d3c7034756cb460c9affe393308bd0225ce0371f2e6c3ca32aca20"
     "02bf2d3909c6b6e7dfc4a00e850ff4f570f8f749d4bb6f0091e554be67a9095ae1eefaa1a933316cbec3c2"
     "fd4a14a5b6941bda9b7eabd821d79abde2475a53af1a8571c7ee46460be415882e0b393f48c12f740a6a72"
     "cba9773000602e13b40d3dfa6ac1d4ec43a838b7e3e165fecad4b2498389e60a3ff9f0f8f4b9fca1126e64"
     "f49501e38690"},
    {"tv[6]", "b540beb016a5366524d4605156493f9874514a5aa58818cd0c6dfffaa9e90205f17b",
     "44071f6d181561670bda728d43fb79b4", 1, 1631659,
     "7fb72409b0987f8190c3729710e98c3f80c5a8727d425fdcde7f3644d467fe973f5b5fee683bd3fce812cb"
     "9ae5e9921a2d06c2f1905e4e839692f2b934b682f11a2fe2b90482ea5dd234863516dba6f52dc0702d324e"
     "c77d860c2e181f84472bd7104fedce071ffa93c5309494ad51623d214447a7b2b1462dc7d5d55a1f6fd5b5"
     "4ce024118d86f0c6489d16545aaa87b6689dad9f2fb47fda9894f8e12b87d978b483ccd4cc5fd9595cdc7a"
     "818452f915ce2f7df95ec12b1c72e3788d473441d884f9748eb14703c21b45d82fd667b85f5b2d98c13303"
     "b3fe76285531a826b6fc0fe8e3dddecf"},
    {"tv[7]",
     "a14975c26c088755a8b715ff2528d647cd343987fcf4aa25e7194a8417fb2b4b3f7268da9f3182b4cfb22d"
     "138b2749d673a47ecc7525dd15a0a3c66046971784bb63d7eae24cc84f2631712075a10e10a96b0e0ee67c"
     "43e01c423cb9c44e5371017e9c496956b632158da3fe12addecb88912e6759bc37f9af2f45af72c5cae3b1"
     "79ffb676a697de6ebe45cd4c16d4a9d642d29ddc0186a0a48cb6cd62bfc3dd229d313b301560971e740e2c"
     "f1f99a9a090a5b283f35475057e96d7064e2e0fc81984591068d55a3b4169f22cccb0745a2689407ea1901"
     "a0a766eb99",
     "3d968b2752b8838431165059319f3ff8", 3, 1784128,
     "4e702bc5f891df884c6ddaa243aa846ce3c087fe930fef0f36b3c2be34164ccc295db509254743f18f9471"
     "59c813bcd5dd8d94a3aec93bbe57605d1fad1aef1112687c3d4ef1cb329d21f1632f626818d766915d886e"
     "8d819e4b0b9c9307f4b6afc081e13b0cf31db382ff1bf05a16aac7af696336d75e99f82163e0f371e1d25c"
     "4add808e215697ad3f779a51a462f8bf52610af21fc69dba6b072606f2dabca7d4ae1d91d919"},
    {"tv2[0]",
     "a347ae92bce9f80f6f595a4480fc9c2fe7e7d7148d371e9487d75f5c23008ffae065577a928febd9b1973a"
     "5a95073acdbeb6a030cfc0d79caa2dc5cd011cef02c08da232d76d52dfbca38ca8dcbd665b17d1665f7cf5"
     "fe59772ec909733b24de97d6f58d220b20c60d7c07ec1fd93c52c31020300c6c1facd77937a597c7a6",
     "5541fbc995d5c197ba290346d2c559de", 4, 1397645,
     "2d232f9dc4de96628b2a4c2b39ceb6a813011fb74a3ba1da096761fabe08f563bd91366aba5c5e35aecd98"
     "643cabc16ce560dca261a963230a1fa2af52f2413a57a827c6ee13bcec0c123d195914a55700ccb5756196"
     "a86fb9cb4aeacccc0e6dd850f4386b705aaae147ea347543b7fbe24553d9da41f1b335b6e9980cdb966cf7"
     "b48520eb42a7269380c885dbefbccf447851fcacbe1753a5b9e1"},
};

const QByteArray kSalt = QByteArray("sixteen byte slt");
} // namespace

class TestArgon2id : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(medchain::Startup::initialiseCore().ok());
        QCOMPARE(kSalt.size(), qsizetype(Argon2id::SaltSize));
    }

    void libsodiumVectors_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<quint64>("opsLimit");
        QTest::addColumn<quint64>("memLimitBytes");
        QTest::addColumn<QByteArray>("output");
        const auto addRow = [](const Argon2idVector &v) {
            QTest::newRow(v.name) << hex(v.passwordHex) << hex(v.saltHex) << v.opsLimit
                                  << v.memLimitBytes << hex(v.outputHex);
        };
        for (const Argon2idVector &v : kLibsodiumVectors)
            addRow(v);
        for (const Argon2idVector &v : argon2idVectors())
            addRow(v);
    }

    void libsodiumVectors()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(quint64, opsLimit);
        QFETCH(quint64, memLimitBytes);
        QFETCH(QByteArray, output);
        const auto key = Argon2id::deriveKey(secureFrom(password), salt, {opsLimit, memLimitBytes},
                                             static_cast<std::size_t>(output.size()));
        QVERIFY2(key.ok(), qPrintable(key.error()));
        QCOMPARE(toByteArray(key.value()).toHex(), output.toHex());
    }

    void sameInputsSameKey()
    {
        const auto params = Argon2Params::fastInsecureForTests();
        const auto first = Argon2id::deriveKey(secureFrom("correct horse"), kSalt, params);
        const auto second = Argon2id::deriveKey(secureFrom("correct horse"), kSalt, params);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(second.ok());
        QCOMPARE(first->size(), Argon2id::DefaultKeySize);
        QVERIFY(first->equals(second.value()));
    }

    void anyChangedInputChangesTheKey()
    {
        const auto params = Argon2Params::fastInsecureForTests();
        const SecureBuffer key
            = Argon2id::deriveKey(secureFrom("correct horse"), kSalt, params).value();

        QByteArray otherSalt = kSalt;
        otherSalt[15] = 'u';
        QVERIFY(!key.equals(
            Argon2id::deriveKey(secureFrom("correct horse"), otherSalt, params).value()));
        QVERIFY(
            !key.equals(Argon2id::deriveKey(secureFrom("correct horsf"), kSalt, params).value()));
        QVERIFY(!key.equals(Argon2id::deriveKey(secureFrom(""), kSalt, params).value()));
        QVERIFY(!key.equals(Argon2id::deriveKey(secureFrom("correct horse"), kSalt,
                                                {params.opsLimit + 1, params.memLimitBytes})
                                .value()));
        QVERIFY(!key.equals(Argon2id::deriveKey(secureFrom("correct horse"), kSalt,
                                                {params.opsLimit, params.memLimitBytes * 2})
                                .value()));
        const auto longer = Argon2id::deriveKey(secureFrom("correct horse"), kSalt, params, 64);
        QVERIFY(longer.ok());
        QCOMPARE(longer->size(), std::size_t(64));
    }

    void paramBounds_data()
    {
        QTest::addColumn<quint64>("opsLimit");
        QTest::addColumn<quint64>("memLimitBytes");
        QTest::addColumn<bool>("accepted");
        constexpr quint64 GiB = quint64(1) << 30;
        QTest::newRow("smallest") << quint64(1) << quint64(8192) << true;
        QTest::newRow("largest") << Argon2id::MaxOpsLimit << 4 * GiB << true;
        QTest::newRow("no passes") << quint64(0) << quint64(64 << 20) << false;
        QTest::newRow("too many passes") << Argon2id::MaxOpsLimit + 1 << quint64(64 << 20) << false;
        QTest::newRow("absurd passes") << ~quint64(0) << quint64(64 << 20) << false;
        QTest::newRow("no memory") << quint64(3) << quint64(0) << false;
        QTest::newRow("below libsodium's minimum") << quint64(3) << quint64(8191) << false;
        QTest::newRow("just over 4 GiB") << quint64(3) << 4 * GiB + 1 << false;
        QTest::newRow("absurd memory") << quint64(3) << ~quint64(0) << false;
    }

    void paramBounds()
    {
        QFETCH(quint64, opsLimit);
        QFETCH(quint64, memLimitBytes);
        QFETCH(bool, accepted);
        const auto valid = Argon2id::validate({opsLimit, memLimitBytes});
        QCOMPARE(valid.ok(), accepted);
        QCOMPARE(valid.error().isEmpty(), accepted);
        if (!accepted) {
            // deriveKey() refuses before allocating or spending any time.
            const auto key
                = Argon2id::deriveKey(secureFrom("pw"), kSalt, {opsLimit, memLimitBytes});
            QVERIFY(!key.ok());
            QCOMPARE(key.error(), valid.error());
        }
    }

    void saltSizeBounds()
    {
        const auto params = Argon2Params::fastInsecureForTests();
        for (const qsizetype size : {0, 8, 15, 17, 32}) {
            const auto key = Argon2id::deriveKey(secureFrom("pw"), QByteArray(size, 's'), params);
            QVERIFY2(!key.ok(), qPrintable(QString::number(size)));
            QVERIFY(key.error().contains(QLatin1String("16")));
        }
    }

    void keySizeBounds()
    {
        const auto params = Argon2Params::fastInsecureForTests();
        // libsodium's tv[3] asks for 5 bytes and fails there too.
        for (const std::size_t size :
             {std::size_t(0), std::size_t(5), std::size_t(15), Argon2id::MaxKeySize + 1}) {
            const auto key = Argon2id::deriveKey(secureFrom("pw"), kSalt, params, size);
            QVERIFY2(!key.ok(), qPrintable(QString::number(size)));
            QVERIFY(!key.error().isEmpty());
        }
        QVERIFY(Argon2id::deriveKey(secureFrom("pw"), kSalt, params, Argon2id::MinKeySize).ok());
        QVERIFY(Argon2id::deriveKey(secureFrom("pw"), kSalt, params, Argon2id::MaxKeySize).ok());
    }

    void passphraseToUtf8()
    {
        const QString typed = QStringLiteral("Pässwörd 密码 🔑");
        QCOMPARE(toByteArray(Argon2id::passphraseToUtf8(typed)), typed.toUtf8());
        QVERIFY(Argon2id::passphraseToUtf8(QString()).isEmpty());

        // "ö" typed as one code point or as o + combining diaeresis is the same passphrase.
        const QString composed = QStringLiteral("w\u00f6rd");
        const QString decomposed = QStringLiteral("wo\u0308rd");
        QVERIFY(composed != decomposed);
        QVERIFY(
            Argon2id::passphraseToUtf8(composed).equals(Argon2id::passphraseToUtf8(decomposed)));
        QCOMPARE(toByteArray(Argon2id::passphraseToUtf8(decomposed)), QByteArray("w\xc3\xb6rd"));
    }

    void generatedSalts()
    {
        const QByteArray a = Argon2id::generateSalt();
        QCOMPARE(a.size(), qsizetype(Argon2id::SaltSize));
        QVERIFY(a != Argon2id::generateSalt());
    }

    void extrapolation_data()
    {
        QTest::addColumn<qint64>("onePassUs");
        QTest::addColumn<qint64>("threePassesUs");
        QTest::addColumn<qint64>("targetMs");
        QTest::addColumn<quint64>("expected");
        QTest::newRow("linear") << qint64(100'000) << qint64(300'000) << qint64(500) << quint64(5);
        QTest::newRow("with setup")
            << qint64(150'000) << qint64(350'000) << qint64(550) << quint64(5);
        QTest::newRow("rounds to nearest")
            << qint64(100'000) << qint64(300'000) << qint64(640) << quint64(6);
        QTest::newRow("never below interactive")
            << qint64(100'000) << qint64(300'000) << qint64(1) << Argon2id::MinCalibratedOpsLimit;
        QTest::newRow("capped") << qint64(1'000) << qint64(3'000) << qint64(3'600'000)
                                << Argon2id::MaxOpsLimit;
        // Noise made three passes look faster than one: fall back to the average pass.
        QTest::newRow("noisy") << qint64(100'000) << qint64(90'000) << qint64(500) << quint64(14);
        QTest::newRow("no time at all")
            << qint64(0) << qint64(0) << qint64(500) << Argon2id::MaxOpsLimit;
    }

    void extrapolation()
    {
        QFETCH(qint64, onePassUs);
        QFETCH(qint64, threePassesUs);
        QFETCH(qint64, targetMs);
        QFETCH(quint64, expected);
        QCOMPARE(Argon2id::extrapolateOpsLimit(std::chrono::microseconds(onePassUs),
                                               std::chrono::microseconds(threePassesUs),
                                               std::chrono::milliseconds(targetMs)),
                 expected);
    }

    void calibrateGivesUsableParams()
    {
        // Only what holds on any machine: valid params at one of the memory sizes it tries,
        // that derive a key. The figures for this machine are printed, not asserted.
        const Argon2Params params = Argon2id::calibrate(50ms);
        qInfo("calibrate(50 ms): opsLimit %llu, memLimit %llu MiB", params.opsLimit,
              params.memLimitBytes >> 20);
        QVERIFY2(Argon2id::validate(params).ok(), qPrintable(Argon2id::validate(params).error()));
        QVERIFY(params.opsLimit >= Argon2id::MinCalibratedOpsLimit);
        QVERIFY(params.memLimitBytes <= Argon2id::CalibrationMemLimitBytes);
        QVERIFY(params.memLimitBytes >= quint64(8) << 20);
        QVERIFY(Argon2id::deriveKey(secureFrom("pw"), kSalt, params).ok());
    }
};

QTEST_GUILESS_MAIN(TestArgon2id)
#include "TestArgon2id.moc"

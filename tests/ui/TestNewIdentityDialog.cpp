// The patient's own identity made in the desktop: the keystore and the request written off the
// GUI thread and matching each other, refusals before anything is written, and the preferences
// that hold the doctor's repeated-exam window.
#include "common/NewIdentityDialog.h"
#include "common/NewPassphraseFields.h"
#include "common/PreferencesDialog.h"
#include "common/SaveFileField.h"
#include "common/Startup.h"
#include "doctor/EncounterChecks.h"
#include "identity/Keystore.h"
#include "identity/RegistrationRequest.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace medchain;
using namespace medchain::ui;

class TestNewIdentityDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qputenv("MEDCHAIN_FAST_KDF", "1");
        QVERIFY(Startup::initialiseCore().ok());
    }

    void makesAKeystoreAndTheRequestForTheDesk()
    {
        QTemporaryDir dir;
        NewIdentityDialog dialog;
        const QString keystore = dir.filePath(QStringLiteral("me.mcid"));
        const QString request = dir.filePath(QStringLiteral("me.mcreq"));
        dialog.keystoreField()->setPath(keystore);
        dialog.requestField()->setPath(request);

        // Too short, then different: refused, nothing written.
        QTest::keyClicks(dialog.passphrase()->first(), QStringLiteral("short"));
        QTest::keyClicks(dialog.passphrase()->repeat(), QStringLiteral("short"));
        dialog.create();
        QVERIFY(dialog.message().contains(QStringLiteral("at least 8")));
        dialog.passphrase()->clear();
        QTest::keyClicks(dialog.passphrase()->first(), QStringLiteral("a long passphrase"));
        QTest::keyClicks(dialog.passphrase()->repeat(), QStringLiteral("a long passphrasf"));
        dialog.create();
        QVERIFY(dialog.message().contains(QStringLiteral("differ")));
        QVERIFY(!QFile::exists(keystore));
        QVERIFY(!QFile::exists(request));

        dialog.passphrase()->repeat()->setText(QStringLiteral("a long passphrase"));
        QSignalSpy created(&dialog, &NewIdentityDialog::created);
        dialog.findChild<QPushButton *>(QStringLiteral("createButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
        QVERIFY(!dialog.isBusy());
        // The passphrase does not stay in the widgets.
        QVERIFY(dialog.passphrase()->first()->text().isEmpty());
        const auto identity = created.first().at(0).value<chain::IdentityId>();
        QVERIFY(dialog.message().contains(identity::Enrollment::patientPseudonym(identity)));

        const auto unlocked = identity::Keystore::unlock(
            keystore, crypto::Argon2id::passphraseToUtf8(QStringLiteral("a long passphrase")));
        QVERIFY(unlocked.ok());
        QCOMPARE(unlocked->info.role, chain::Role::Patient);
        QCOMPARE(unlocked->keys.id(), identity);
        const auto bytes = identity::RegistrationRequest::readFile(request);
        QVERIFY(bytes.ok());
        const auto decoded = identity::RegistrationRequest::decode(bytes.value());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->identity, identity);
        QCOMPARE(decoded->encryptionKey, unlocked->keys.encryption.publicKey());
    }

    void neverReplacesAKeystore()
    {
        QTemporaryDir dir;
        const QString keystore = dir.filePath(QStringLiteral("taken.mcid"));
        QFile taken(keystore);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("someone's keys");
        taken.close();
        NewIdentityDialog dialog;
        dialog.keystoreField()->setPath(keystore);
        dialog.requestField()->setPath(dir.filePath(QStringLiteral("r.mcreq")));
        dialog.passphrase()->first()->setText(QStringLiteral("a long passphrase"));
        dialog.passphrase()->repeat()->setText(QStringLiteral("a long passphrase"));
        dialog.create();
        QVERIFY(dialog.message().contains(QStringLiteral("already exists")));
        QVERIFY(!dialog.isBusy());
        QVERIFY(taken.open(QIODevice::ReadOnly));
        QCOMPARE(taken.readAll(), QByteArray("someone's keys"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.mcreq"))));
    }

    void preferencesKeepTheRepeatedExamWindow()
    {
        QCOMPARE(EncounterChecks::repeatExamDays(), EncounterChecks::DefaultRepeatExamDays);
        PreferencesDialog dialog;
        QCOMPARE(dialog.repeatExamDays()->value(), EncounterChecks::DefaultRepeatExamDays);
        dialog.repeatExamDays()->setValue(90);
        dialog.accept();
        QCOMPARE(EncounterChecks::repeatExamDays(), 90);
        PreferencesDialog again;
        QCOMPARE(again.repeatExamDays()->value(), 90);
        again.repeatExamDays()->setValue(0); // never warn
        again.accept();
        QCOMPARE(EncounterChecks::repeatExamDays(), 0);
    }
};

QTEST_MAIN(TestNewIdentityDialog)
#include "TestNewIdentityDialog.moc"

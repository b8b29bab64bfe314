// The unlock dialog (File → Open Keystore…): a wrong passphrase says so plainly, leaves the
// keystore file exactly as it was and lets the user try again; the right one accepts with the
// identity's keys and the passphrase that opened them. An empty field asks for the passphrase.
#include "common/PassphraseForm.h"
#include "common/Startup.h"
#include "common/UnlockDialog.h"
#include "crypto/Argon2id.h"
#include "crypto/Sha256.h"
#include "identity/Keystore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace medchain;

namespace {
QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestUnlockDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        m_path = m_dir.filePath(QStringLiteral("patient.mcid"));
        const identity::IdentityKeys keys = identity::IdentityKeys::generate();
        m_identity = keys.id();
        const identity::KeystorePublicInfo info {chain::Role::Patient, keys.id(),
                                                 keys.encryption.publicKey(),
                                                 QStringLiteral("Chen Jing"), QString()};
        const auto created = identity::Keystore::create(
            m_path, keys, info, crypto::Argon2id::passphraseToUtf8(QStringLiteral("right one")),
            crypto::Argon2Params::fastInsecureForTests());
        QVERIFY2(created.ok(), qPrintable(created.error()));
    }

    void saysWhoseKeystoreItIs()
    {
        ui::UnlockDialog dialog(m_path);
        const auto *intro = dialog.findChild<QLabel *>(QStringLiteral("unlockIntro"));
        QVERIFY(intro);
        QVERIFY2(intro->text().contains(QLatin1String("Chen Jing")), qPrintable(intro->text()));
        QVERIFY2(intro->text().contains(QLatin1String("Patient")), qPrintable(intro->text()));
    }

    void aWrongPassphraseIsSaidPlainlyAndChangesNothing()
    {
        const QByteArray before = contents(m_path);
        const QDateTime modified = QFileInfo(m_path).lastModified();
        ui::UnlockDialog dialog(m_path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
        QVERIFY(field);
        QCOMPARE(field->echoMode(), QLineEdit::Password);

        QTest::keyClicks(field, QStringLiteral("wrong one"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(dialog.form()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.form()->isBusy(), 30'000);
        QVERIFY2(dialog.form()->message().contains(QLatin1String("Wrong passphrase")),
                 qPrintable(dialog.form()->message()));
        QVERIFY(field->text().isEmpty()); // the typed passphrase does not stay in the field
        QVERIFY(dialog.isVisible());
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!dialog.takeUnlocked());
        QCOMPARE(contents(m_path), before);
        QCOMPARE(QFileInfo(m_path).lastModified(), modified);

        // Another try, with the right passphrase, through the Unlock button.
        QTest::keyClicks(field, QStringLiteral("right one"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("unlockButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 30'000);
        QVERIFY(dialog.form()->message().isEmpty());
        auto unlocked = dialog.takeUnlocked();
        QVERIFY(unlocked);
        QCOMPARE(unlocked->identity.info.identity, m_identity);
        QCOMPARE(unlocked->path, m_path);
        QVERIFY(unlocked->passphrase.equals(
            crypto::Argon2id::passphraseToUtf8(QStringLiteral("right one"))));
        QVERIFY(!dialog.takeUnlocked()); // handed over once
        QCOMPARE(contents(m_path), before);
    }

    void anEmptyPassphraseIsAskedFor()
    {
        ui::UnlockDialog dialog(m_path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("passphrase")),
                        Qt::Key_Return);
        QVERIFY(!dialog.form()->isBusy());
        QVERIFY(!dialog.form()->message().isEmpty());
        QVERIFY(dialog.isVisible());
    }

    void aFileThatIsNoKeystoreSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a keystore");
        file.close();
        ui::UnlockDialog dialog(path);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passphrase")),
                         QStringLiteral("anything"));
        dialog.form()->unlock();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.form()->isBusy(), 30'000);
        QVERIFY(!dialog.form()->message().isEmpty());
        QVERIFY(!dialog.form()->message().contains(QLatin1String("Wrong passphrase")));
        QVERIFY(!dialog.takeUnlocked());
    }

    void cancelIsRefusedWhileUnlocking()
    {
        ui::UnlockDialog dialog(m_path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &QDialog::finished);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passphrase")),
                         QStringLiteral("right one"));
        dialog.form()->unlock();
        QVERIFY(dialog.form()->isBusy());
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
        QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    chain::IdentityId m_identity;
};

QTEST_MAIN(TestUnlockDialog)
#include "TestUnlockDialog.moc"

// The desk's Register patient page against a running demo node: a request file the patient's
// device wrote names them by pseudonym and grouped id; a mistyped resident-ID check digit is
// refused before anything is signed; the right one registers them and leaves the form; the same
// request again is already registered; damaged, forged, oversized and missing files enable nothing.
#include "DeskViewFixture.h"
#include "WidgetLookup.h"

#include "institution/RegisterPatientPage.h"

#include "common/Startup.h"
#include "identity/Enrollment.h"
#include "identity/RegistrationRequest.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace medchain;
using medchain::testing::child;
using medchain::testing::kDeskWait;
using medchain::testing::waitForLoad;
using medchain::testing::writeFile;

namespace {
// GB 11643-1999's worked example of a resident ID; its check character is X.
const QString kResidentId = QStringLiteral("11010519491231002X");
} // namespace

class TestRegisterPatientPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        const QString failed = m_fixture.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_view = m_fixture.view.get();
        m_desk = m_fixture.desk.get();
    }

    void cleanupTestCase() { m_fixture.stop(); }

    void registersAPatientFromTheirRequest()
    {
        QTemporaryDir dir;
        const auto keys = identity::IdentityKeys::generate();
        const QString path = dir.filePath(QStringLiteral("patient.mcreq"));
        QVERIFY(writeFile(
            path,
            identity::RegistrationRequest::create(keys, QDateTime::currentMSecsSinceEpoch())));
        auto *page = m_view->registerPage();
        child<QTabWidget>(*m_view, "deskTabs")->setCurrentWidget(page);

        page->importRequest(path);
        const QString pseudonym = identity::Enrollment::patientPseudonym(keys.id());
        QCOMPARE(child<QLabel>(*m_view, "requestPseudonym")->text(), pseudonym);
        QString shownId = child<QLabel>(*m_view, "requestIdentity")->text();
        QCOMPARE(shownId.count(QLatin1Char(' ')) + shownId.count(QLatin1Char('\n')), 15);
        shownId.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        QCOMPARE(shownId, QString::fromLatin1(keys.id().toByteArray().toHex()));
        QVERIFY(!child<QLabel>(*m_view, "requestCreated")->text().isEmpty());
        QVERIFY(child<QLabel>(*m_view, "requestProblem")->isHidden());

        auto *nationalId = child<QLineEdit>(*m_view, "nationalId");
        auto *region = child<QLineEdit>(*m_view, "regionCode");
        auto *submit = child<QPushButton>(*m_view, "registerPatient");
        auto *status = child<QLabel>(*m_view, "registerStatus");
        QTRY_VERIFY(nationalId->hasFocus());
        QVERIFY(submit->isEnabled());

        // A mistyped check digit is refused here, before anything is signed.
        QTest::keyClicks(nationalId, QStringLiteral("110105194912310021"));
        QTest::keyClick(nationalId, Qt::Key_Return);
        QVERIFY(region->hasFocus());
        region->clear();
        QTest::keyClicks(region, QStringLiteral("110105"));
        submit->click();
        QVERIFY2(status->text().contains(QLatin1String("should be X")), qPrintable(status->text()));
        QVERIFY(!page->isBusy());
        QCOMPARE(nationalId->text(), QStringLiteral("110105194912310021")); // to be corrected
        QVERIFY(nationalId->hasFocus());

        // The right number, submitted with Ctrl+Return; the ID leaves the form at once.
        nationalId->clear();
        QTest::keyClicks(nationalId, kResidentId);
        QTest::keyClick(nationalId, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(page->isBusy());
        QVERIFY(nationalId->text().isEmpty());
        QVERIFY(!nationalId->isUndoAvailable()); // Ctrl+Z does not bring it back
        QVERIFY(!submit->isEnabled());
        QVERIFY(status->text().contains(pseudonym));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kDeskWait);
        QVERIFY2(status->text().contains(pseudonym)
                     && status->text().contains(QLatin1String("can now open their keystore")),
                 qPrintable(status->text()));
        QCOMPARE(child<QLabel>(*m_view, "requestPseudonym")->text(), QStringLiteral("—"));
        QVERIFY(!submit->isEnabled());
        QCOMPARE(QSettings().value(QStringLiteral("desk/region")).toString(),
                 QStringLiteral("110105"));

        // On chain, findable by the ID card's number: the same number went in as typed.
        const auto found = waitForLoad<QList<client::PatientEntry>>(
            *m_desk, [](client::Session &s, QObject *c, auto done) {
                s.findPatients(QStringLiteral("11010519491231002x"), c, done);
            });
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().patient.id, keys.id());
        QCOMPARE(found.first().patient.regionCode, QStringLiteral("110105"));

        // The same request again: already registered, nothing to do.
        page->importRequest(path);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(*m_view, "requestProblem")
                                     ->text()
                                     .contains(QLatin1String("already registered")),
                                 kDeskWait);
        QVERIFY(!submit->isEnabled());
        QVERIFY(!nationalId->isEnabled());
    }

    void damagedRequestsEnableNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        const QByteArray good = identity::RegistrationRequest::create(
            identity::IdentityKeys::generate(), QDateTime::currentMSecsSinceEpoch());
        QByteArray forged = good;
        forged[good.size() - 1] = char(good.back() ^ 1); // the signature's last byte
        QByteArray otherKey = good;
        otherKey[12] = char(otherKey.at(12) ^ 0x40); // a byte of the identity key
        QTest::newRow("forged signature") << forged << QStringLiteral("cannot be used");
        QTest::newRow("altered key") << otherKey << QStringLiteral("cannot be used");
        QTest::newRow("truncated")
            << good.left(good.size() / 2) << QStringLiteral("cannot be used");
        QTest::newRow("oversized") << QByteArray(4096, 'x') << QStringLiteral("too large");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("cannot be used");
    }

    void damagedRequestsEnableNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.mcreq"));
        QVERIFY(writeFile(path, bytes));
        auto *page = m_view->registerPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kDeskWait); // an earlier registration ends
        page->importRequest(path);
        auto *problem = child<QLabel>(*m_view, "requestProblem");
        QVERIFY2(problem->text().contains(says), qPrintable(problem->text()));
        QVERIFY(!problem->isHidden());
        QVERIFY(!page->requestIdentity());
        QCOMPARE(child<QLabel>(*m_view, "requestPseudonym")->text(), QStringLiteral("—"));
        QVERIFY(!child<QPushButton>(*m_view, "registerPatient")->isEnabled());
        QVERIFY(!child<QLineEdit>(*m_view, "nationalId")->isEnabled());
        QVERIFY(!child<QLineEdit>(*m_view, "regionCode")->isEnabled());
    }

    void aMissingFileSaysSo()
    {
        m_view->registerPage()->importRequest(QStringLiteral("/nonexistent/request.mcreq"));
        QVERIFY(child<QLabel>(*m_view, "requestProblem")->text().contains(QLatin1String("read")));
        QVERIFY(!child<QPushButton>(*m_view, "registerPatient")->isEnabled());
    }

private:
    testing::DeskViewFixture m_fixture;
    ui::DeskView *m_view = nullptr;
    client::Session *m_desk = nullptr;
};

QTEST_MAIN(TestRegisterPatientPage)
#include "TestRegisterPatientPage.moc"

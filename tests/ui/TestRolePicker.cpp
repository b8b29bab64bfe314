// The demo's role picker: it lists identities.json's identities; one click, or Enter, unlocks
// that identity's keystore off the GUI thread (busy meanwhile) and hands over its keys;
// --role picks the first identity of a role; a keystore that does not open is said plainly.
#include "SmallScenario.h"

#include "common/DemoFolder.h"
#include "common/RolePicker.h"
#include "common/Startup.h"
#include "demo/DemoNetwork.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace medchain;

class TestRolePicker : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        const auto summary = demo::DemoNetwork::create(
            m_demo.path(), demo::testing::smallScenario(), demo::testing::passphrase(),
            crypto::Argon2Params::fastInsecureForTests());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        m_summary = summary.value();
    }

    void listsTheDemoIdentities()
    {
        const auto identities = ui::DemoFolder(m_demo.path()).identities();
        QVERIFY2(identities.ok(), qPrintable(identities.error()));
        QCOMPARE(identities->size(), m_summary.identities.size());
        ui::RolePicker picker;
        picker.setIdentities(m_demo.path(), identities.value());
        QTreeWidget *list = picker.list();
        QCOMPARE(list->topLevelItemCount(), int(m_summary.identities.size()));
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            const demo::DemoIdentity &who = m_summary.identities.at(row);
            QCOMPARE(list->topLevelItem(row)->text(1), who.name);
            QCOMPARE(list->topLevelItem(row)->text(2), who.detail);
        }
        const int patient = rowOf(QStringLiteral("patient"));
        QCOMPARE(list->topLevelItem(patient)->text(0), QStringLiteral("Patient"));
        QCOMPARE(list->topLevelItem(rowOf(QStringLiteral("desk")))->text(0),
                 QStringLiteral("Registration desk"));
    }

    void oneClickUnlocksThatIdentity()
    {
        ui::RolePicker picker;
        picker.setIdentities(m_demo.path(), m_summary.identities);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QSignalSpy unlocked(&picker, &ui::RolePicker::unlocked);
        const int row = rowOf(QStringLiteral("doctor"));
        QTreeWidget *list = picker.list();
        const QRect rect = list->visualItemRect(list->topLevelItem(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(picker.isBusy());
        QVERIFY(!list->isEnabled());
        QVERIFY(picker.findChild<QProgressBar *>(QStringLiteral("pickerBusy"))->isVisible());
        QVERIFY(!picker.choose(0)); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 30'000);
        QVERIFY(!picker.isBusy());
        QVERIFY(list->isEnabled());
        QCOMPARE(picker.chosen().role, QStringLiteral("doctor"));
        auto keys = picker.takeUnlocked();
        QVERIFY(keys);
        QCOMPARE(QString::fromLatin1(keys->identity.info.identity.toByteArray().toHex()),
                 m_summary.identities.at(row).identity);
        QCOMPARE(keys->identity.info.role, chain::Role::Practitioner);
        QVERIFY(keys->passphrase.equals(ui::DemoFolder::passphrase()));
        QVERIFY(!picker.takeUnlocked());
    }

    void enterUnlocksTheCurrentIdentity()
    {
        ui::RolePicker picker;
        picker.setIdentities(m_demo.path(), m_summary.identities);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QSignalSpy unlocked(&picker, &ui::RolePicker::unlocked);
        QTreeWidget *list = picker.list();
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(rowOf(QStringLiteral("regulator"))));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 30'000);
        QCOMPARE(picker.chosen().role, QStringLiteral("regulator"));
        QCOMPARE(picker.takeUnlocked()->identity.info.role, chain::Role::Authority);
    }

    void aRoleIsPickedByName()
    {
        ui::RolePicker picker;
        picker.setIdentities(m_demo.path(), m_summary.identities);
        QSignalSpy unlocked(&picker, &ui::RolePicker::unlocked);
        QVERIFY(!picker.chooseRole(QStringLiteral("nurse")));
        QVERIFY(!picker.isBusy());
        QVERIFY(picker.chooseRole(QStringLiteral("patient")));
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 30'000);
        QCOMPARE(picker.chosen().name,
                 m_summary.identities.at(rowOf(QStringLiteral("patient"))).name);
        QCOMPARE(picker.takeUnlocked()->identity.info.role, chain::Role::Patient);
    }

    void aKeystoreThatDoesNotOpenIsSaidPlainly()
    {
        QList<demo::DemoIdentity> identities = m_summary.identities;
        identities.first().keystore = QStringLiteral("keystores/missing.mcid");
        ui::RolePicker picker;
        picker.setIdentities(m_demo.path(), identities);
        QSignalSpy unlocked(&picker, &ui::RolePicker::unlocked);
        QSignalSpy failed(&picker, &ui::RolePicker::failedToUnlock);
        QVERIFY(picker.choose(0));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30'000);
        QCOMPARE(unlocked.count(), 0);
        QVERIFY(!picker.isBusy());
        QVERIFY2(picker.message().contains(QLatin1String("missing.mcid")),
                 qPrintable(picker.message()));
        QVERIFY(!picker.takeUnlocked());
    }

private:
    int rowOf(const QString &role) const
    {
        for (int row = 0; row < m_summary.identities.size(); ++row)
            if (m_summary.identities.at(row).role == role)
                return row;
        return -1;
    }

    QTemporaryDir m_demo;
    demo::DemoSummary m_summary;
};

QTEST_MAIN(TestRolePicker)
#include "TestRolePicker.moc"

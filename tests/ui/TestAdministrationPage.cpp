// The Administration tab over a fabricated directory: the four sections and their lists, revoked
// identities greyed and not revocable, a revocation that needs a reason and a confirmation naming
// who and saying it cannot be undone, any identity's id typed in, and the busy state.
#include "AdminSamples.h"
#include "WidgetLookup.h"

#include "common/PartyTableModel.h"
#include "regulator/AdministrationPage.h"
#include "regulator/DirectoryPanel.h"
#include "regulator/RevokeDialog.h"
#include "regulator/ValidatorsPanel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace medchain;
using medchain::testing::child;
using medchain::testing::openChild;
namespace admin = medchain::testing::admin;

namespace {

/// Selects the row of the table whose Name column says name; false if none does.
bool selectByName(QTableView *table, const QString &name)
{
    const int nameColumn
        = int(ui::PartyTableModel::directoryColumns().indexOf(ui::PartyTableModel::Name));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, nameColumn).data().toString() == name) {
            table->setCurrentIndex(table->model()->index(row, 0));
            table->selectRow(row);
            return true;
        }
    return false;
}

struct Revocation {
    client::Party who;
    QString reason;
};

} // namespace

class TestAdministrationPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_page = std::make_unique<ui::AdministrationPage>();
        m_revocations.clear();
        connect(m_page.get(), &ui::AdministrationPage::revokeRequested, m_page.get(),
                [this](const client::Party &who, const QString &reason) {
                    m_revocations.append({who, reason});
                });
        m_page->resize(1000, 700);
        m_page->show();
        m_page->showDirectory(admin::directory());
    }

    void cleanup() { m_page.reset(); }

    void showsFourSectionsAndTheirLists()
    {
        auto *sections = child<QTabWidget>(*m_page, "administrationSections");
        QCOMPARE(sections->count(), 4);
        QCOMPARE(sections->tabText(0), QStringLiteral("Ins&titutions"));
        QCOMPARE(child<QTableView>(*m_page, "institutionTable")->model()->rowCount(), 3);
        QCOMPARE(child<QLabel>(*m_page, "institutionCount")->text(),
                 QStringLiteral("3 institution(s), 2 active"));
        QCOMPARE(child<QTableView>(*m_page, "peopleTable")->model()->rowCount(), 7);
        QCOMPARE(child<QTableView>(*m_page, "validatorSetTable")->model()->rowCount(), 3);
        QCOMPARE(child<QTableView>(*m_page, "programTable")->model()->rowCount(), 1);
        QCOMPARE(child<QLabel>(*m_page, "authorityBalance")->text(),
                 QStringLiteral("The authority's account holds ¥10,000.00, which funds new "
                                "programs."));

        // The filter finds by name, kind or region, and says how many it shows.
        auto *filter = child<QLineEdit>(*m_page, "institutionFilter");
        QTest::keyClicks(filter, QStringLiteral("clinic"));
        QCOMPARE(child<QTableView>(*m_page, "institutionTable")->model()->rowCount(), 1);
        QCOMPARE(child<QLabel>(*m_page, "institutionCount")->text(),
                 QStringLiteral("1 shown of 3 institution(s), 2 active"));
        filter->clear();

        // Reloading keeps the selection.
        auto *people = child<QTableView>(*m_page, "peopleTable");
        QVERIFY(selectByName(people, QStringLiteral("node-c")));
        m_page->showDirectory(admin::directory());
        QCOMPARE(m_page->peoplePanel()->selectedParty()->id, admin::id(23));
    }

    void revokesWithAReasonAndAConfirmation()
    {
        m_page->sections()->setCurrentWidget(m_page->peoplePanel());
        auto *people = child<QTableView>(*m_page, "peopleTable");
        auto *revoke = child<QPushButton>(*m_page->peoplePanel(), "peopleRevoke");
        QVERIFY(!revoke->isEnabled()); // nothing selected
        QVERIFY(selectByName(people, QStringLiteral("王芳")));
        QVERIFY(!revoke->isEnabled()); // revoked already
        QVERIFY(selectByName(people, QStringLiteral("李伟")));
        QVERIFY(revoke->isEnabled());
        revoke->click();
        ui::RevokeDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = openChild<ui::RevokeDialog>(*m_page, QStringLiteral("revokeDialog"))));
        const QString who = child<QLabel>(*dialog, "revokeWho")->text();
        QVERIFY2(who.startsWith(QStringLiteral("Revoke 李伟 (Practitioner, 合肥市第一人民医院)?")),
                 qPrintable(who));
        QVERIFY(who.contains(QLatin1String("cannot be undone")));

        // No reason, no revocation.
        child<QPushButton>(*dialog, "revokeAccept")->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(*dialog, "revokeProblem")->isVisible());
        QTest::keyClicks(child<QLineEdit>(*dialog, "revokeReason"),
                         QStringLiteral("licence withdrawn"));
        child<QPushButton>(*dialog, "revokeAccept")->click();
        QVERIFY(!dialog->isVisible());

        // The confirmation names who and why, and says it is for good; No sends nothing.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = openChild<QMessageBox>(*m_page, QStringLiteral("revokeConfirm"))));
        QVERIFY2(box->text().contains(QStringLiteral("李伟")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QLatin1String("Reason: licence withdrawn")));
        QVERIFY(box->text().contains(QLatin1String("This cannot be undone")));
        QCOMPARE(box->defaultButton(), child<QPushButton>(*box, "confirmNo"));
        child<QPushButton>(*box, "confirmNo")->click();
        QVERIFY(m_revocations.isEmpty());

        revoke->click();
        QTRY_VERIFY(
            (dialog = openChild<ui::RevokeDialog>(*m_page, QStringLiteral("revokeDialog"))));
        QTest::keyClicks(child<QLineEdit>(*dialog, "revokeReason"), QStringLiteral("key lost"));
        child<QPushButton>(*dialog, "revokeAccept")->click();
        QTRY_VERIFY((box = openChild<QMessageBox>(*m_page, QStringLiteral("revokeConfirm"))));
        child<QPushButton>(*box, "confirmYes")->click();
        QCOMPARE(m_revocations.size(), 1);
        QCOMPARE(m_revocations.first().who.id, admin::id(11));
        QCOMPARE(m_revocations.first().reason, QStringLiteral("key lost"));
    }

    void revokesAnyIdentityByItsId()
    {
        m_page->sections()->setCurrentWidget(m_page->peoplePanel());
        auto *field = child<QLineEdit>(*m_page, "revokeIdField");
        auto *button = child<QPushButton>(*m_page, "revokeById");
        auto *problem = child<QLabel>(*m_page, "revokeIdProblem");
        QTest::keyClicks(field, QStringLiteral("not an id"));
        button->click();
        QVERIFY(problem->isVisibleTo(m_page.get()));
        QVERIFY(problem->text().contains(QLatin1String("64 hexadecimal digits")));
        QVERIFY(!openChild<ui::RevokeDialog>(*m_page, QStringLiteral("revokeDialog")));

        // Someone revoked already: said beside the field.
        field->clear();
        QVERIFY(!problem->isVisibleTo(m_page.get()));
        QTest::keyClicks(field, QString::fromLatin1(admin::id(12).toByteArray().toHex()));
        button->click();
        QVERIFY2(problem->text().contains(QLatin1String("revoked already")),
                 qPrintable(problem->text()));

        // A patient's id, upper case with spaces as copied: named by its id, and revoked.
        field->clear();
        const QString hex = QString::fromLatin1(admin::id(0x5a).toByteArray().toHex()).toUpper();
        QTest::keyClicks(field, hex.left(32) + QLatin1Char(' ') + hex.mid(32));
        QTest::keyClick(field, Qt::Key_Return);
        ui::RevokeDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = openChild<ui::RevokeDialog>(*m_page, QStringLiteral("revokeDialog"))));
        QVERIFY(
            child<QLabel>(*dialog, "revokeWho")->text().contains(QStringLiteral("5a").repeated(8)));
        QTest::keyClicks(child<QLineEdit>(*dialog, "revokeReason"), QStringLiteral("fraud"));
        child<QPushButton>(*dialog, "revokeAccept")->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = openChild<QMessageBox>(*m_page, QStringLiteral("revokeConfirm"))));
        child<QPushButton>(*box, "confirmYes")->click();
        QCOMPARE(m_revocations.size(), 1);
        QCOMPARE(m_revocations.first().who.id, admin::id(0x5a));
    }

    void nothingStartsWhileAnActionRuns()
    {
        auto *institutions = child<QTableView>(*m_page, "institutionTable");
        QVERIFY(selectByName(institutions, QStringLiteral("芜湖市第二人民医院")));
        auto *revoke = child<QPushButton>(*m_page, "institutionRevoke");
        auto *enroll = child<QPushButton>(*m_page, "enrollInstitution");
        auto *create = child<QPushButton>(*m_page, "createProgram");
        QVERIFY(revoke->isEnabled() && enroll->isEnabled() && create->isEnabled());
        m_page->actionStarted(QStringLiteral("Revoking someone…"));
        QVERIFY(m_page->isBusy());
        QVERIFY(child<QProgressBar>(*m_page, "adminBusy")->isVisibleTo(m_page.get()));
        QVERIFY(!revoke->isEnabled() && !enroll->isEnabled() && !create->isEnabled());
        QVERIFY(!child<QPushButton>(*m_page, "revokeById")->isEnabled());
        QVERIFY(!child<QPushButton>(*m_page, "addValidator")->isEnabled());
        auto *status = child<QLabel>(*m_page, "adminStatus");
        QCOMPARE(status->text(), QStringLiteral("Revoking someone…"));

        m_page->actionFinished(false, QStringLiteral("It was not revoked: the chain said no."));
        QVERIFY(!m_page->isBusy());
        QVERIFY(!child<QProgressBar>(*m_page, "adminBusy")->isVisibleTo(m_page.get()));
        QVERIFY(revoke->isEnabled() && enroll->isEnabled() && create->isEnabled());
        QCOMPARE(status->text(), QStringLiteral("It was not revoked: the chain said no."));
        QVERIFY(status->styleSheet().contains(QLatin1String("#b00020")));
        m_page->actionFinished(true, QStringLiteral("Done."));
        QVERIFY(status->styleSheet().isEmpty());
    }

    void focusGoesToTheSectionsTable()
    {
        m_page->activateWindow();
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->sections()->setCurrentWidget(m_page->validatorsPanel());
        m_page->focusTable();
        QTRY_VERIFY(child<QTableView>(*m_page, "validatorSetTable")->hasFocus());
        m_page->sections()->setCurrentIndex(ui::AdministrationPage::Institutions);
        m_page->focusTable();
        QTRY_VERIFY(child<QTableView>(*m_page, "institutionTable")->hasFocus());
    }

private:
    std::unique_ptr<ui::AdministrationPage> m_page;
    QList<Revocation> m_revocations;
};

QTEST_MAIN(TestAdministrationPage)
#include "TestAdministrationPage.moc"

// The Access tab against a running demo node, driven by object name: it shows the patient's
// grants, requests and access log (emergencies flagged); grant through the dialog, revoke after
// confirming, accept a request with its scope, decline one; a refused action says why.
#include "DemoSession.h"
#include "WidgetLookup.h"

#include "common/Startup.h"
#include "patient/AccessLogModel.h"
#include "patient/AccessPage.h"
#include "patient/GrantDialog.h"
#include "patient/GrantListModel.h"
#include "patient/PendingActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace medchain;
using medchain::testing::child;
using medchain::testing::openChild;
using namespace medchain::demo::testing;
using medchain::testing::DemoSession;
using medchain::testing::waitForLoad;
using medchain::ui::AccessLogModel;
using medchain::ui::AccessPage;
using medchain::ui::GrantDialog;
using medchain::ui::GrantListModel;

namespace {
constexpr qint64 kWait = 30'000;

// Two requests waiting for the patient: the clinic's doctor (张敏) asks for everything, a
// hospital doctor (李伟) for encounters.
void addRequests(demo::Scenario &scenario)
{
    const qint64 expiry = QDateTime::currentMSecsSinceEpoch() + 30 * kDay;
    scenario.events.append(at(116 * kDay,
                              demo::RequestEvent {0, 2, QStringLiteral("复诊"), expiry,
                                                  demo::RequestEvent::Answer::None, 0}));
    scenario.events.append(at(117 * kDay,
                              demo::RequestEvent {0, 0, QStringLiteral("会诊"), expiry,
                                                  demo::RequestEvent::Answer::None, 0}));
}

/// The row of view whose column shows text that starts with prefix, or -1.
int rowStarting(QTableView *view, int column, const QString &prefix)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, column).data().toString().startsWith(prefix))
            return row;
    return -1;
}

QString cell(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

void clickYes(QWidget &page, const char *box)
{
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = openChild<QMessageBox>(page, QLatin1String(box))));
    QPushButton *yes = question->findChild<QPushButton *>(QStringLiteral("confirmYes"));
    QVERIFY(yes);
    yes->click();
}
} // namespace

class TestAccessPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        m_network = std::make_unique<DemoSession>(addRequests);
        QVERIFY2(m_network->ok(), qPrintable(m_network->error()));
        m_session = m_network->login(QStringLiteral("patient"));
        QVERIFY(m_session);
        m_page = std::make_unique<AccessPage>(*m_session);
        QSignalSpy loaded(m_page.get(), &AccessPage::loaded);
        m_page->show();
        QVERIFY(m_page->isLoaded() || loaded.wait(kWait));
        QVERIFY(m_page->isLoaded());
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_session.reset();
        m_network.reset();
    }

    void showsGrantsRequestsAndTheLog()
    {
        auto *grants = child<QTableView>(*m_page, "grantList");
        auto *requests = child<QTableView>(*m_page, "requestList");
        auto *log = child<QTableView>(*m_page, "accessLog");
        QVERIFY(grants && requests && log);
        // The scenario's one grant (to 王芳) was revoked on day 100.
        QCOMPARE(grants->model()->rowCount(), 1);
        QVERIFY(cell(grants, 0, GrantListModel::Grantee).startsWith(QStringLiteral("王芳")));
        QCOMPARE(cell(grants, 0, GrantListModel::State), QStringLiteral("Revoked"));
        grants->selectRow(0);
        QVERIFY(!child<QPushButton>(*m_page, "revokeGrant")->isEnabled());

        QCOMPARE(requests->model()->rowCount(), 2);
        QVERIFY(child<QPushButton>(*m_page, "acceptRequest")->isEnabled());

        // 王芳 read twice under her grant; 张敏 declared an emergency and read under it.
        const int all = log->model()->rowCount();
        QVERIFY2(all >= 3, qPrintable(QString::number(all)));
        QVERIFY(child<QLabel>(*m_page, "emergencyNotice")->isVisible());
        auto *emergencyOnly = child<QCheckBox>(*m_page, "emergencyOnly");
        emergencyOnly->setChecked(true);
        const int emergencies = log->model()->rowCount();
        QVERIFY(emergencies >= 1 && emergencies < all);
        for (int row = 0; row < emergencies; ++row) {
            const QModelIndex first = log->model()->index(row, 0);
            QVERIFY(first.data(AccessLogModel::EmergencyRole).toBool());
            QCOMPARE(first.data(Qt::BackgroundRole).value<QBrush>().color(),
                     AccessLogModel::emergencyBackground());
            QCOMPARE(cell(log, row, AccessLogModel::Access), QStringLiteral("EMERGENCY"));
            QVERIFY(cell(log, row, AccessLogModel::Reader).startsWith(QStringLiteral("张敏")));
        }
        emergencyOnly->setChecked(false);
        QCOMPARE(log->model()->rowCount(), all);
    }

    void grantsThroughTheDialog()
    {
        child<QPushButton>(*m_page, "grantAccess")->click();
        GrantDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openChild<GrantDialog>(*m_page, QStringLiteral("grantDialog"))));
        auto *list = child<QListWidget>(*dialog, "granteeList");
        // The directory arrives from the reader: the doctors and the institutions.
        QTRY_VERIFY_WITH_TIMEOUT(list->count() > 3, kWait);
        auto *ok = child<QPushButton>(*dialog, "grantOk");
        QVERIFY(!ok->isEnabled()); // nobody picked yet
        // 李伟 is the one respiratory physician: typing narrows the list to him and picks him.
        QTest::keyClicks(child<QLineEdit>(*dialog, "granteeSearch"), QStringLiteral("respiratory"));
        QVERIFY(dialog->grantee());
        QCOMPARE(dialog->grantee()->name, QStringLiteral("李伟"));
        child<QRadioButton>(*dialog, "scopeCategories")->setChecked(true);
        QVERIFY(!ok->isEnabled()); // no category ticked
        child<QCheckBox>(*dialog, "categoryLaboratory")->setChecked(true);
        auto *duration = child<QComboBox>(*dialog, "grantDuration");
        duration->setCurrentIndex(duration->findText(QStringLiteral("7 days")));
        QVERIFY(ok->isEnabled());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        ok->click();

        auto *grants = child<QTableView>(*m_page, "grantList");
        QTRY_VERIFY_WITH_TIMEOUT(
            rowStarting(grants, GrantListModel::Grantee, QStringLiteral("李伟")) >= 0, kWait);
        const int row = rowStarting(grants, GrantListModel::Grantee, QStringLiteral("李伟"));
        QCOMPARE(row, 0); // active grants first
        QCOMPARE(cell(grants, row, GrantListModel::Scope), QStringLiteral("Laboratory"));
        QCOMPARE(cell(grants, row, GrantListModel::State), QStringLiteral("Active"));

        // On chain: the grant says what the dialog said.
        const auto consent = waitForLoad<client::ConsentSnapshot>(
            *m_session, [](client::Session &s, QObject *c, auto done) { s.loadConsent(c, done); });
        const client::GrantEntry &made = consent.grants.first();
        QCOMPARE(made.grantee.name, QStringLiteral("李伟"));
        QCOMPARE(made.scope.kind, consent::AccessScope::Kind::Categories);
        QCOMPARE(made.scope.categories, QList {chain::RecordCategory::Laboratory});
        QVERIFY(made.expiry >= before + 7 * kDay
                && made.expiry <= QDateTime::currentMSecsSinceEpoch() + 7 * kDay);
    }

    void revokesOnlyAfterConfirming()
    {
        auto *grants = child<QTableView>(*m_page, "grantList");
        const int row = rowStarting(grants, GrantListModel::Grantee, QStringLiteral("李伟"));
        QVERIFY(row >= 0);
        grants->selectRow(row);
        auto *revoke = child<QPushButton>(*m_page, "revokeGrant");
        QVERIFY(revoke->isEnabled());

        // Cancel first: nothing is sent.
        revoke->click();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = openChild<QMessageBox>(*m_page, QStringLiteral("confirmRevoke"))));
        question->findChild<QPushButton *>(QStringLiteral("confirmNo"))->click();
        QVERIFY(!grants->model()->index(row, 0).data(GrantListModel::PendingRole).toBool());
        QCOMPARE(cell(grants, row, GrantListModel::State), QStringLiteral("Active"));
        QTRY_VERIFY(!openChild<QMessageBox>(*m_page, QStringLiteral("confirmRevoke")));

        revoke->click();
        clickYes(*m_page, "confirmRevoke");
        QVERIFY(!child<QLabel>(*m_page, "accessStatus")->text().isEmpty()); // pending
        QTRY_VERIFY_WITH_TIMEOUT(
            cell(grants, rowStarting(grants, GrantListModel::Grantee, QStringLiteral("李伟")),
                 GrantListModel::State)
                == QStringLiteral("Revoked"),
            kWait);
        QVERIFY(!revoke->isEnabled()); // the revoked grant stays selected
    }

    void acceptsARequestWithWhatItAsked()
    {
        auto *requests = child<QTableView>(*m_page, "requestList");
        const int row = rowStarting(requests, 0, QStringLiteral("张敏"));
        QVERIFY(row >= 0);
        requests->selectRow(row);
        child<QPushButton>(*m_page, "acceptRequest")->click();
        GrantDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openChild<GrantDialog>(*m_page, QStringLiteral("grantDialog"))));
        QVERIFY(dialog->request());
        QCOMPARE(dialog->grantee()->name, QStringLiteral("张敏"));
        QVERIFY(child<QRadioButton>(*dialog, "scopeAll")->isChecked());
        QVERIFY(child<QComboBox>(*dialog, "grantDuration")
                    ->currentText()
                    .startsWith(QLatin1String("As asked")));
        const qint64 expiry = dialog->expiry(QDateTime::currentMSecsSinceEpoch()).value();
        child<QPushButton>(*dialog, "grantOk")->click();

        // Answered, or refused with the reason in the status line.
        auto *status = child<QLabel>(*m_page, "accessStatus");
        QTRY_VERIFY_WITH_TIMEOUT(requests->model()->rowCount() == 1
                                     || status->text().startsWith(QLatin1String("Access was not")),
                                 kWait);
        QVERIFY2(requests->model()->rowCount() == 1, qPrintable(status->text()));
        QCOMPARE(rowStarting(requests, 0, QStringLiteral("张敏")), -1);
        const auto consent = waitForLoad<client::ConsentSnapshot>(
            *m_session, [](client::Session &s, QObject *c, auto done) { s.loadConsent(c, done); });
        QCOMPARE(consent.grants.first().grantee.name, QStringLiteral("张敏"));
        QCOMPARE(consent.grants.first().expiry, expiry);
        QCOMPARE(consent.grants.first().scope.kind, consent::AccessScope::Kind::All);
        int granted = 0;
        for (const client::RequestEntry &request : consent.requests)
            granted += request.state == client::RequestState::Granted
                && request.requester.name == QStringLiteral("张敏");
        QCOMPARE(granted, 1);
    }

    void declinesARequest()
    {
        auto *requests = child<QTableView>(*m_page, "requestList");
        const int rows = requests->model()->rowCount();
        const int row = rowStarting(requests, 0, QStringLiteral("李伟"));
        QVERIFY(row >= 0);
        requests->selectRow(row);
        child<QPushButton>(*m_page, "declineRequest")->click();
        clickYes(*m_page, "confirmDecline");
        QTRY_VERIFY_WITH_TIMEOUT(requests->model()->rowCount() == rows - 1, kWait);
        QCOMPARE(rowStarting(requests, 0, QStringLiteral("李伟")), -1);
        QCOMPARE(child<QLabel>(*m_page, "noRequests")->isVisible(), rows == 1);
        const auto consent = waitForLoad<client::ConsentSnapshot>(
            *m_session, [](client::Session &s, QObject *c, auto done) { s.loadConsent(c, done); });
        QCOMPARE(consent.requests.first().state, client::RequestState::Declined);
        QCOMPARE(consent.requests.first().requester.name, QStringLiteral("李伟"));
    }

    void retranslatesInPlace()
    {
        auto *grants = child<QTableView>(*m_page, "grantList");
        const int rows = grants->model()->rowCount();
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_page.get(), &change);
        QCOMPARE(grants->model()->rowCount(), rows);
        QCOMPARE(child<QPushButton>(*m_page, "grantAccess")->text(),
                 QStringLiteral("&Grant access…"));
        QCOMPARE(grants->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Who"));
    }

    void aRefusedActionSaysWhy()
    {
        const auto consent = waitForLoad<client::ConsentSnapshot>(
            *m_session, [](client::Session &s, QObject *c, auto done) { s.loadConsent(c, done); });
        client::Hash revoked;
        for (const client::GrantEntry &grant : consent.grants)
            if (grant.revoked)
                revoked = grant.id;
        QLabel status;
        ui::PendingActions actions(*m_session, &status);
        std::optional<bool> result;
        actions.track(m_session->revokeGrant(revoked), QStringLiteral("pending"),
                      QStringLiteral("Not revoked"),
                      [&result](bool ok, const QString &) { result = ok; });
        QCOMPARE(status.text(), QStringLiteral("pending"));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWait);
        QVERIFY(!*result);
        QVERIFY2(status.text().startsWith(QLatin1String("Not revoked: ")),
                 qPrintable(status.text()));
        QVERIFY(status.text().size() > QStringLiteral("Not revoked: ").size());
        QVERIFY(actions.isEmpty());
    }

private:
    std::unique_ptr<DemoSession> m_network;
    std::unique_ptr<client::Session> m_session;
    std::unique_ptr<AccessPage> m_page;
};

QTEST_MAIN(TestAccessPage)
#include "TestAccessPage.moc"

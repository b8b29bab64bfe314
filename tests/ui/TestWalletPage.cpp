// The Wallet tab against a running demo node, driven by object name: the balance and history
// match the chain's; an invoice the balance cannot cover cannot be paid and says why; paying
// one asks first; withdrawal refuses malformed, zero and excessive amounts, then withdraws; the
// fund takes a subscription and gives a redemption back; top-up only explains.
#include "DemoSession.h"
#include "WidgetLookup.h"

#include "common/Startup.h"
#include "patient/PartyText.h"
#include "patient/WalletFundDialog.h"
#include "patient/WalletHistoryModel.h"
#include "patient/WalletInvoiceModel.h"
#include "patient/WalletPage.h"
#include "patient/WalletText.h"
#include "patient/WalletTopUpDialog.h"
#include "patient/WalletWithdrawDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

using namespace medchain;
using medchain::testing::child;
using medchain::testing::openChild;
using namespace medchain::demo::testing;
using medchain::testing::DemoSession;
using medchain::testing::waitForLoad;
using medchain::ui::WalletHistoryModel;
using medchain::ui::WalletInvoiceModel;
using medchain::ui::WalletPage;
using medchain::ui::WalletText;

namespace {
constexpr qint64 kWait = 30'000;
constexpr wallet::Amount kTooMuch = 100'000'000; // ¥1,000,000.00

// An invoice the patient cannot pay, beside the one they can (¥10.00, left open by the scenario).
void addLargeInvoice(demo::Scenario &scenario)
{
    scenario.events.append(
        at(116 * kDay, demo::InvoiceEvent {0, 0, wallet::FeeType::OnlineConsultation, kTooMuch}));
}

QString cell(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}
} // namespace

class TestWalletPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        m_network = std::make_unique<DemoSession>(addLargeInvoice);
        QVERIFY2(m_network->ok(), qPrintable(m_network->error()));
        m_session = m_network->login(QStringLiteral("patient"));
        QVERIFY(m_session);
        m_page = std::make_unique<WalletPage>(*m_session);
        QSignalSpy loaded(m_page.get(), &WalletPage::loaded);
        m_page->show();
        QVERIFY(m_page->isLoaded() || loaded.wait(kWait));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_session.reset();
        m_network.reset();
    }

    void showsWhatTheChainHolds()
    {
        const client::WalletSnapshot wallet = snapshot();
        QVERIFY(wallet.balance > 1000);
        QCOMPARE(child<QLabel>(*m_page, "walletBalance")->text(), WalletText::yuan(wallet.balance));
        auto *history = child<QTableView>(*m_page, "walletHistory");
        QCOMPARE(history->model()->rowCount(), wallet.history.size());
        // Newest first; every amount in yuan with two decimals, signed.
        QCOMPARE(history->model()->index(0, 0).data(WalletHistoryModel::BalanceRole).toLongLong(),
                 wallet.history.first().balance);
        for (int row = 0; row < history->model()->rowCount(); ++row) {
            const QString amount = cell(history, row, WalletHistoryModel::Amount);
            const wallet::Amount fen
                = history->model()->index(row, 0).data(WalletHistoryModel::AmountRole).toLongLong();
            QCOMPARE(amount, WalletText::signedYuan(fen));
            QCOMPARE(amount.at(amount.size() - 3), QLatin1Char('.'));
        }
        // The scenario's top-ups, fees, stipends and fund moves are all there.
        QStringList kinds;
        for (int row = 0; row < history->model()->rowCount(); ++row)
            kinds.append(cell(history, row, WalletHistoryModel::Kind));
        for (const char *kind : {"Top-up", "Fee paid", "Subsidy received", "Fund subscription",
                                 "Fund redemption", "Fund yield"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);

        auto *funds = child<QTreeWidget>(*m_page, "fundList");
        QCOMPARE(funds->topLevelItemCount(), wallet.funds.size());
        QCOMPARE(funds->topLevelItem(0)->text(3), WalletText::yuan(wallet.funds.first().value));
    }

    void anInvoiceTheBalanceCannotCoverCannotBePaid()
    {
        auto *invoices = child<QTableView>(*m_page, "invoiceList");
        // Open ones first, newest first: the large one leads.
        QCOMPARE(invoices->model()->index(0, 0).data(WalletInvoiceModel::AmountRole).toLongLong(),
                 kTooMuch);
        QCOMPARE(cell(invoices, 0, WalletInvoiceModel::Amount), QStringLiteral("¥1,000,000.00"));
        invoices->selectRow(0);
        auto *pay = child<QPushButton>(*m_page, "payInvoice");
        QVERIFY(!pay->isEnabled());
        QVERIFY2(pay->toolTip().contains(QLatin1String("less than this invoice")),
                 qPrintable(pay->toolTip()));
        QVERIFY(pay->toolTip().contains(QStringLiteral("¥1,000,000.00")));
    }

    void paysAnInvoiceAfterConfirming()
    {
        const wallet::Amount before = snapshot().balance;
        auto *invoices = child<QTableView>(*m_page, "invoiceList");
        QCOMPARE(cell(invoices, 1, WalletInvoiceModel::Amount), QStringLiteral("¥10.00"));
        QCOMPARE(cell(invoices, 1, WalletInvoiceModel::State), QStringLiteral("Open"));
        const QByteArray id
            = invoices->model()->index(1, 0).data(WalletInvoiceModel::IdRole).toByteArray();
        invoices->selectRow(1);
        auto *pay = child<QPushButton>(*m_page, "payInvoice");
        QVERIFY(pay->isEnabled());
        pay->click();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = openChild<QMessageBox>(*m_page, QStringLiteral("confirmPay"))));
        QVERIFY(question->text().contains(QStringLiteral("¥10.00")));
        QVERIFY(question->text().contains(QStringLiteral("合肥市第一人民医院")));
        question->findChild<QPushButton *>(QStringLiteral("confirmYes"))->click();

        auto *balance = child<QLabel>(*m_page, "walletBalance");
        QTRY_COMPARE_WITH_TIMEOUT(balance->text(), WalletText::yuan(before - 1000), kWait);
        QCOMPARE(snapshot().balance, before - 1000);
        // The invoice shows as paid; the new statement line leads the history.
        const auto rowOf = [invoices](const QByteArray &invoice) {
            for (int row = 0; row < invoices->model()->rowCount(); ++row)
                if (invoices->model()->index(row, 0).data(WalletInvoiceModel::IdRole) == invoice)
                    return row;
            return -1;
        };
        QTRY_COMPARE(cell(invoices, rowOf(id), WalletInvoiceModel::State), QStringLiteral("Paid"));
        QVERIFY(rowOf(id) > 0); // below the one still open
        auto *history = child<QTableView>(*m_page, "walletHistory");
        QCOMPARE(cell(history, 0, WalletHistoryModel::Kind), QStringLiteral("Fee paid"));
        QCOMPARE(cell(history, 0, WalletHistoryModel::Amount),
                 QString(QChar(0x2212)) + QStringLiteral("¥10.00"));
    }

    void withdrawRefusesBadAmountsThenWithdraws()
    {
        const wallet::Amount before = snapshot().balance;
        child<QPushButton>(*m_page, "withdraw")->click();
        ui::WalletWithdrawDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openChild<ui::WalletWithdrawDialog>(
                         *m_page, QStringLiteral("withdrawDialog"))));
        auto *amount = child<QLineEdit>(*dialog, "withdrawAmount");
        auto *error = child<QLabel>(*dialog, "withdrawError");
        auto *ok = child<QPushButton>(*dialog, "withdrawOk");
        auto *reference = child<QLineEdit>(*dialog, "withdrawReference");
        QVERIFY(QRegularExpression(QStringLiteral("^W-\\d{8}-[0-9A-F]{4}$"))
                    .match(reference->text())
                    .hasMatch());

        const QList<std::pair<QString, QString>> refused {
            {QStringLiteral("ten"), QStringLiteral("is not an amount")},
            {QStringLiteral("0.00"), QStringLiteral("more than zero")},
            {wallet::formatYuan(before + 1), QStringLiteral("more than your balance")}};
        for (const auto &[typed, why] : refused) {
            amount->setText(typed);
            ok->click();
            QVERIFY(dialog->isVisible());
            QVERIFY2(error->text().contains(why), qPrintable(error->text()));
        }
        amount->setText(QStringLiteral("1.50"));
        reference->setText(QStringLiteral("HP-TEST-0001"));
        ok->click();
        QVERIFY(!dialog->isVisible());

        auto *balance = child<QLabel>(*m_page, "walletBalance");
        QTRY_COMPARE_WITH_TIMEOUT(balance->text(), WalletText::yuan(before - 150), kWait);
        auto *history = child<QTableView>(*m_page, "walletHistory");
        QCOMPARE(cell(history, 0, WalletHistoryModel::Kind), QStringLiteral("Withdrawal"));
        QCOMPARE(cell(history, 0, WalletHistoryModel::Detail),
                 QStringLiteral("Reference HP-TEST-0001"));

        // The same reference again is refused before anything is signed.
        child<QPushButton>(*m_page, "withdraw")->click();
        QTRY_VERIFY((dialog = openChild<ui::WalletWithdrawDialog>(
                         *m_page, QStringLiteral("withdrawDialog"))));
        child<QLineEdit>(*dialog, "withdrawAmount")->setText(QStringLiteral("1"));
        child<QLineEdit>(*dialog, "withdrawReference")->setText(QStringLiteral("HP-TEST-0001"));
        child<QPushButton>(*dialog, "withdrawOk")->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(*dialog, "withdrawError")->text().contains(QLatin1String("already")));
        dialog->reject();
    }

    void subscribesAndRedeems()
    {
        const client::FundEntry before = snapshot().funds.first();
        child<QPushButton>(*m_page, "fundSubscribe")->click();
        ui::WalletFundDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = openChild<ui::WalletFundDialog>(*m_page, QStringLiteral("fundDialog"))));
        auto *amount = child<QLineEdit>(*dialog, "fundAmount");
        amount->setText(QStringLiteral("0"));
        child<QPushButton>(*dialog, "fundOk")->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(
            child<QLabel>(*dialog, "fundError")->text().contains(QLatin1String("more than zero")));
        amount->setText(QStringLiteral("5"));
        child<QPushButton>(*dialog, "fundOk")->click();
        QVERIFY(!dialog->isVisible());
        auto *funds = child<QTreeWidget>(*m_page, "fundList");
        QTRY_VERIFY_WITH_TIMEOUT(
            funds->topLevelItem(0)->text(2) != WalletText::grouped(before.shares), kWait);
        const client::FundEntry subscribed = snapshot().funds.first();
        QVERIFY(subscribed.shares > before.shares);
        QVERIFY(subscribed.value >= before.value + 499);

        // Redeem: the ceiling is what the holding is worth, and "all of it" fills it in.
        child<QPushButton>(*m_page, "fundRedeem")->click();
        QTRY_VERIFY(
            (dialog = openChild<ui::WalletFundDialog>(*m_page, QStringLiteral("fundDialog"))));
        QCOMPARE(dialog->ceiling(), subscribed.value);
        child<QPushButton>(*dialog, "fundAll")->click();
        QCOMPARE(child<QLineEdit>(*dialog, "fundAmount")->text(),
                 wallet::formatYuan(subscribed.value));
        child<QLineEdit>(*dialog, "fundAmount")->setText(wallet::formatYuan(subscribed.value + 1));
        child<QPushButton>(*dialog, "fundOk")->click();
        QVERIFY(child<QLabel>(*dialog, "fundError")
                    ->text()
                    .contains(QLatin1String("more than what your holding is worth")));
        const wallet::Amount balance = snapshot().balance;
        child<QLineEdit>(*dialog, "fundAmount")->setText(QStringLiteral("2.00"));
        child<QPushButton>(*dialog, "fundOk")->click();
        QVERIFY(!dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(*m_page, "walletBalance")->text(),
                                  WalletText::yuan(balance + 200), kWait);
        QVERIFY(snapshot().funds.first().shares < subscribed.shares);
    }

    void retranslatesInPlace()
    {
        const QString balance = child<QLabel>(*m_page, "walletBalance")->text();
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_page.get(), &change);
        QCOMPARE(child<QLabel>(*m_page, "walletBalance")->text(), balance);
        QCOMPARE(child<QPushButton>(*m_page, "payInvoice")->text(), QStringLiteral("&Pay…"));
        QCOMPARE(child<QTreeWidget>(*m_page, "fundList")->topLevelItemCount(), 1);
    }

    void topUpExplainsAndSendsNothing()
    {
        child<QPushButton>(*m_page, "topUp")->click();
        ui::WalletTopUpDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = openChild<ui::WalletTopUpDialog>(*m_page, QStringLiteral("topUpDialog"))));
        QCOMPARE(child<QLineEdit>(*dialog, "topUpAccount")->text(),
                 ui::PartyText::fullId(m_session->identity()));
        QVERIFY(child<QLineEdit>(*dialog, "topUpAccount")->isReadOnly());
        QVERIFY(child<QLabel>(*dialog, "topUpGateways")->text().contains(QLatin1String("WanPay"))
                || child<QLabel>(*dialog, "topUpGateways")
                       ->text()
                       .contains(QStringLiteral("皖付通支付")));
        dialog->reject();
    }

private:
    client::WalletSnapshot snapshot()
    {
        return waitForLoad<client::WalletSnapshot>(
            *m_session, [](client::Session &s, QObject *c, auto done) { s.loadWallet(c, done); });
    }

    std::unique_ptr<DemoSession> m_network;
    std::unique_ptr<client::Session> m_session;
    std::unique_ptr<WalletPage> m_page;
};

QTEST_MAIN(TestWalletPage)
#include "TestWalletPage.moc"

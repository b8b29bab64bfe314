// The wallet page's models, words and checks over fabricated snapshots: money is shown in yuan
// with two decimals from integer fen, right-aligned and signed; both models pass
// QAbstractItemModelTester; typed amounts and references are refused with a reason.
#include "patient/WalletHistoryModel.h"
#include "patient/WalletInvoiceModel.h"
#include "patient/WalletText.h"
#include "patient/WalletValidation.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace medchain;
using namespace medchain::ui;

namespace {
constexpr qint64 kDay = 24 * 60 * 60 * 1000;
constexpr qint64 kStart = 1'767'196'800'000; // 2026-01-01 00:00 China time
const QString kMinus = QString(QChar(0x2212));

client::Hash hashOf(int n)
{
    client::Hash hash;
    hash.bytes.fill(std::uint8_t(n));
    return hash;
}

client::WalletLine line(quint64 height, chain::EntryKind kind, wallet::Amount delta,
                        wallet::Amount balance, const QString &counterparty,
                        const QString &detail = QString())
{
    client::WalletLine made;
    made.height = height;
    made.time = kStart + qint64(height) * kDay;
    made.kind = kind;
    made.delta = delta;
    made.balance = balance;
    made.counterparty = counterparty;
    made.detail = detail;
    made.transaction = hashOf(int(height));
    return made;
}

/// A statement as the reader gives it, newest first.
QList<client::WalletLine> statement()
{
    using K = chain::EntryKind;
    client::WalletLine invoice
        = line(3, K::Invoice, -1500, 8500, QStringLiteral("合肥市第一人民医院"),
               QStringLiteral("Registration fee"));
    invoice.record = hashOf(90);
    invoice.recordTime = kStart + 2 * kDay;
    client::WalletLine stipend
        = line(5, K::Subsidy, 20'000, 28'500, QStringLiteral("临床试验受试者随访补助"));
    stipend.record = hashOf(91);
    stipend.recordTime = kStart + 5 * kDay;
    stipend.subsidyStatus = chain::SubsidyStatus::Paid;
    client::WalletLine dry
        = line(6, K::Subsidy, 0, 28'500, QStringLiteral("临床试验受试者随访补助"));
    dry.transaction = {};
    dry.record = hashOf(92);
    dry.recordTime = kStart + 6 * kDay;
    dry.subsidyStatus = chain::SubsidyStatus::PoolExhausted;
    client::WalletLine subscription
        = line(7, K::Subscription, -20'000, 8'500, QStringLiteral("皖融健康宝货币市场基金"));
    subscription.shares = 200'000'000;
    client::WalletLine yield
        = line(8, K::Yield, 12, 8'500, QStringLiteral("皖融健康宝货币市场基金"));
    yield.accrued = true;
    yield.transaction = {};
    yield.shares = 200'000'000;
    return {yield,
            subscription,
            dry,
            stipend,
            invoice,
            line(2, K::Deposit, 123'456'789, 10'000, QStringLiteral("WanPay"),
                 QStringLiteral("HT20260101000000048272"))};
}

client::InvoiceEntry invoice(int n, chain::InvoiceStatus status, qint64 issued,
                             wallet::Amount amount)
{
    client::InvoiceEntry entry;
    entry.id = hashOf(n);
    entry.institution.id.bytes.fill(7);
    entry.institution.role = chain::Role::Institution;
    entry.institution.kind = chain::InstitutionKind::Hospital;
    entry.institution.name = QStringLiteral("Hefei First People's Hospital");
    entry.feeType = wallet::FeeType::RecordManagement;
    entry.amount = amount;
    entry.status = status;
    entry.issued = issued;
    return entry;
}
} // namespace

class TestWalletModels : public QObject {
    Q_OBJECT
private slots:
    void yuanFromFen_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("signedText");
        QTest::newRow("zero") << 0LL << QStringLiteral("¥0.00") << QStringLiteral("¥0.00");
        QTest::newRow("one fen") << 1LL << QStringLiteral("¥0.01") << QStringLiteral("+¥0.01");
        QTest::newRow("ten yuan") << 1000LL << QStringLiteral("¥10.00")
                                  << QStringLiteral("+¥10.00");
        QTest::newRow("grouped") << 123'456LL << QStringLiteral("¥1,234.56")
                                 << QStringLiteral("+¥1,234.56");
        QTest::newRow("millions") << 123'456'789LL << QStringLiteral("¥1,234,567.89")
                                  << QStringLiteral("+¥1,234,567.89");
        QTest::newRow("exact thousands")
            << 100'000'000LL << QStringLiteral("¥1,000,000.00") << QStringLiteral("+¥1,000,000.00");
        QTest::newRow("a fee paid")
            << -1500LL << kMinus + QStringLiteral("¥15.00") << kMinus + QStringLiteral("¥15.00");
        // The largest amount on chain, which a double could not hold to the fen.
        QTest::newRow("max amount") << wallet::MaxAmount << QStringLiteral("¥10,000,000,000,000.00")
                                    << QStringLiteral("+¥10,000,000,000,000.00");
        QTest::newRow("beyond a double")
            << 9'007'199'254'740'993LL << QStringLiteral("¥90,071,992,547,409.93")
            << QStringLiteral("+¥90,071,992,547,409.93");
    }

    void yuanFromFen()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, plain);
        QFETCH(QString, signedText);
        QCOMPARE(WalletText::yuan(fen), plain);
        QCOMPARE(WalletText::signedYuan(fen), signedText);
    }

    void groupedCounts()
    {
        QCOMPARE(WalletText::grouped(0), QStringLiteral("0"));
        QCOMPARE(WalletText::grouped(999), QStringLiteral("999"));
        QCOMPARE(WalletText::grouped(1000), QStringLiteral("1,000"));
        QCOMPARE(WalletText::grouped(-1'234'567), kMinus + QStringLiteral("1,234,567"));
    }

    void historyPassesTheModelTester()
    {
        WalletHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLines(statement());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(WalletHistoryModel::ColumnCount));
        QStringList amounts;
        QStringList balances;
        QStringList kinds;
        for (int row = 0; row < model.rowCount(); ++row) {
            amounts.append(model.index(row, WalletHistoryModel::Amount).data().toString());
            balances.append(model.index(row, WalletHistoryModel::Balance).data().toString());
            kinds.append(model.index(row, WalletHistoryModel::Kind).data().toString());
        }
        QCOMPARE(
            amounts,
            QStringList({QStringLiteral("+¥0.12"), kMinus + QStringLiteral("¥200.00"),
                         QStringLiteral("¥0.00"), QStringLiteral("+¥200.00"),
                         kMinus + QStringLiteral("¥15.00"), QStringLiteral("+¥1,234,567.89")}));
        QCOMPARE(balances,
                 QStringList({QStringLiteral("¥85.00"), QStringLiteral("¥85.00"),
                              QStringLiteral("¥285.00"), QStringLiteral("¥285.00"),
                              QStringLiteral("¥85.00"), QStringLiteral("¥100.00")}));
        QCOMPARE(
            kinds,
            QStringList({QStringLiteral("Fund yield"), QStringLiteral("Fund subscription"),
                         QStringLiteral("Subsidy received"), QStringLiteral("Subsidy received"),
                         QStringLiteral("Fee paid"), QStringLiteral("Top-up")}));
        for (const int col : {int(WalletHistoryModel::Amount), int(WalletHistoryModel::Balance)}) {
            const auto alignment
                = model.index(0, col).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
            QVERIFY(alignment & Qt::AlignRight);
        }
        QVERIFY(!model.index(0, WalletHistoryModel::Kind).data(Qt::TextAlignmentRole).isValid());
        QCOMPARE(model.index(4, 0).data(WalletHistoryModel::AmountRole).toLongLong(), -1500);
        QCOMPARE(model.index(4, 0).data(WalletHistoryModel::BalanceRole).toLongLong(), 8500);
        QCOMPARE(model.index(4, 0).data(WalletHistoryModel::KindRole).toInt(),
                 int(chain::EntryKind::Invoice));
        QVERIFY(model.index(0, 0).data(WalletHistoryModel::AccruedRole).toBool());
        QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(1, 0).data(WalletHistoryModel::AccruedRole).toBool());
    }

    void historyDetailsSayWhatEachLineWasAbout()
    {
        WalletHistoryModel model;
        model.setLines(statement());
        const auto detail = [&](int row) {
            return model.index(row, WalletHistoryModel::Detail).data().toString();
        };
        QCOMPARE(detail(5), QStringLiteral("Reference HT20260101000000048272"));
        QVERIFY2(detail(4).startsWith(QLatin1String("Registration fee, encounter of 2026-01-0")),
                 qPrintable(detail(4)));
        QVERIFY2(detail(3).startsWith(QStringLiteral("临床试验受试者随访补助, encounter of ")),
                 qPrintable(detail(3)));
        QVERIFY(!detail(3).contains(QLatin1String("nothing paid")));
        // A subsidy that paid nothing says why.
        QVERIFY2(detail(2).endsWith(QLatin1String("nothing paid, the program's pool is exhausted")),
                 qPrintable(detail(2)));
        QCOMPARE(detail(1), QStringLiteral("200,000,000 shares bought"));
        QVERIFY2(detail(0).startsWith(QLatin1String("Accrued to your 200,000,000 shares")),
                 qPrintable(detail(0)));
        QCOMPARE(model.index(3, WalletHistoryModel::Counterparty).data().toString(),
                 QStringLiteral("临床试验受试者随访补助"));
    }

    void invoicesOpenFirst()
    {
        WalletInvoiceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInvoices({invoice(1, chain::InvoiceStatus::Paid, kStart + 9 * kDay, 1500),
                           invoice(2, chain::InvoiceStatus::Open, kStart + 1 * kDay, 1000),
                           invoice(3, chain::InvoiceStatus::Cancelled, kStart + 8 * kDay, 2000),
                           invoice(4, chain::InvoiceStatus::Open, kStart + 3 * kDay, 123'456)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.invoiceAt(0)->id, hashOf(4));
        QCOMPARE(model.invoiceAt(1)->id, hashOf(2));
        QCOMPARE(model.invoiceAt(2)->id, hashOf(1));
        QCOMPARE(model.invoiceAt(3)->id, hashOf(3));
        QCOMPARE(model.index(0, WalletInvoiceModel::Amount).data().toString(),
                 QStringLiteral("¥1,234.56"));
        QCOMPARE(model.index(0, WalletInvoiceModel::Fee).data().toString(),
                 QStringLiteral("Record management fee"));
        QCOMPARE(model.index(0, WalletInvoiceModel::Institution).data().toString(),
                 QStringLiteral("Hefei First People's Hospital"));
        QCOMPARE(model.index(2, WalletInvoiceModel::State).data().toString(),
                 QStringLiteral("Paid"));
        QCOMPARE(model.index(3, WalletInvoiceModel::State).data().toString(),
                 QStringLiteral("Cancelled"));
        QVERIFY(model.index(0, 0).data(WalletInvoiceModel::OpenRole).toBool());
        QVERIFY(!model.index(2, 0).data(WalletInvoiceModel::OpenRole).toBool());
        QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(3, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, 0).data(WalletInvoiceModel::AmountRole).toLongLong(), 123'456);

        model.setPending(hashOf(2), true);
        QCOMPARE(model.index(1, WalletInvoiceModel::State).data().toString(),
                 QStringLiteral("Paying…"));
        // Paid on chain: the mark goes with the next snapshot.
        model.setInvoices({invoice(2, chain::InvoiceStatus::Paid, kStart + 1 * kDay, 1000)});
        QVERIFY(!model.index(0, 0).data(WalletInvoiceModel::PendingRole).toBool());
    }

    void amountsAreCheckedBeforeSigning_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("available");
        QTest::addColumn<qint64>("fen"); // -1: refused
        QTest::addColumn<QString>("problem");
        QTest::newRow("whole yuan") << QStringLiteral("12") << 10'000LL << 1200LL << QString();
        QTest::newRow("one decimal") << QStringLiteral("12.5") << 10'000LL << 1250LL << QString();
        QTest::newRow("two decimals") << QStringLiteral(" 0.01 ") << 10'000LL << 1LL << QString();
        QTest::newRow("as shown") << QStringLiteral("¥1,234.56") << 200'000LL << 123'456LL
                                  << QString();
        QTest::newRow("full-width yen") << QStringLiteral("￥8") << 10'000LL << 800LL << QString();
        QTest::newRow("all of it") << QStringLiteral("100.00") << 10'000LL << 10'000LL << QString();
        QTest::newRow("empty") << QString() << 10'000LL << -1LL
                               << QStringLiteral("Enter an amount");
        QTest::newRow("letters") << QStringLiteral("ten") << 10'000LL << -1LL
                                 << QStringLiteral("is not an amount");
        QTest::newRow("three decimals")
            << QStringLiteral("1.005") << 10'000LL << -1LL << QStringLiteral("is not an amount");
        QTest::newRow("negative") << QStringLiteral("-5") << 10'000LL << -1LL
                                  << QStringLiteral("is not an amount");
        QTest::newRow("two points")
            << QStringLiteral("1.2.3") << 10'000LL << -1LL << QStringLiteral("is not an amount");
        QTest::newRow("exponent") << QStringLiteral("1e3") << 10'000LL << -1LL
                                  << QStringLiteral("is not an amount");
        QTest::newRow("beyond the chain") << QStringLiteral("100000000000000") << wallet::MaxAmount
                                          << -1LL << QStringLiteral("is not an amount");
        QTest::newRow("zero") << QStringLiteral("0") << 10'000LL << -1LL
                              << QStringLiteral("more than zero");
        QTest::newRow("zero decimals")
            << QStringLiteral("0.00") << 10'000LL << -1LL << QStringLiteral("more than zero");
        QTest::newRow("one fen too many") << QStringLiteral("100.01") << 10'000LL << -1LL
                                          << QStringLiteral("¥100.01 is more than the ceiling "
                                                            "(¥100.00)");
        QTest::newRow("empty balance") << QStringLiteral("1") << 0LL << -1LL
                                       << QStringLiteral("is more than the ceiling (¥0.00)");
    }

    void amountsAreCheckedBeforeSigning()
    {
        QFETCH(QString, text);
        QFETCH(qint64, available);
        QFETCH(qint64, fen);
        QFETCH(QString, problem);
        const auto checked
            = WalletValidation::amount(text, available, QStringLiteral("the ceiling"));
        if (fen >= 0) {
            QVERIFY2(checked.ok(), qPrintable(checked.error()));
            QCOMPARE(checked.value(), fen);
        } else {
            QVERIFY(!checked.ok());
            QVERIFY2(checked.error().contains(problem), qPrintable(checked.error()));
        }
    }

    void withdrawalReferences()
    {
        const QStringList used {QStringLiteral("W-20260101-0001")};
        QCOMPARE(WalletValidation::reference(QStringLiteral(" HP-42 "), used).value(),
                 QStringLiteral("HP-42"));
        QVERIFY(!WalletValidation::reference(QStringLiteral("   "), used).ok());
        QVERIFY(!WalletValidation::reference(QStringLiteral("W-20260101-0001"), used).ok());
        QVERIFY(WalletValidation::reference(QString(64, QLatin1Char('x')), used).ok());
        QVERIFY(!WalletValidation::reference(QString(65, QLatin1Char('x')), used).ok());
        // Bytes, not characters: 22 Chinese characters are 66 bytes of UTF-8.
        QVERIFY(WalletValidation::reference(QString(21, QChar(0x6c47)), used).ok());
        QVERIFY(!WalletValidation::reference(QString(22, QChar(0x6c47)), used).ok());

        const QString made = WalletValidation::newReference(QDate(2026, 11, 24), 0x12345abc);
        QCOMPARE(made, QStringLiteral("W-20261124-5ABC"));
        QCOMPARE(WalletValidation::newReference(QDate(2026, 1, 2), 7),
                 QStringLiteral("W-20260102-0007"));
        QVERIFY(WalletValidation::reference(made, used).ok());
    }
};

QTEST_MAIN(TestWalletModels)
#include "TestWalletModels.moc"

// The desk's models and checks over fabricated data: the staff (revoked ones greyed and said so)
// and the issued invoices (newest first as given, yuan from integer fen, cancelled ones greyed)
// pass QAbstractItemModelTester; national IDs carry their ISO 7064 MOD 11-2 check digit; the
// pages' reloads after blocks wait while hidden and never overlap.
#include "common/PartyTableModel.h"
#include "common/ReloadThrottle.h"
#include "identity/Enrollment.h"
#include "institution/DeskInput.h"
#include "institution/IssuedInvoiceModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QTest>
#include <QWidget>

using namespace medchain;
using namespace medchain::ui;

namespace {
constexpr qint64 kStart = 1'767'196'800'000; // 2026-01-01 00:00 China time
constexpr qint64 kDay = 24 * 60 * 60 * 1000;

client::Party party(int n, chain::Role role, const QString &name)
{
    client::Party made;
    made.id.bytes.fill(std::uint8_t(n));
    made.role = role;
    made.name = name;
    return made;
}

client::Party practitioner(int n, const QString &name, const QString &specialty,
                           const QString &licence, bool revoked = false)
{
    client::Party made = party(n, chain::Role::Practitioner, name);
    made.specialty = specialty;
    made.licenceNumber = licence;
    made.institution = QStringLiteral("合肥市第一人民医院");
    made.revoked = revoked;
    return made;
}

client::InvoiceEntry invoice(int n, chain::InvoiceStatus status, wallet::FeeType fee,
                             wallet::Amount amount, qint64 issued)
{
    client::InvoiceEntry entry;
    entry.id.bytes.fill(std::uint8_t(n));
    entry.institution = party(1, chain::Role::Institution, QStringLiteral("合肥市第一人民医院"));
    entry.patient = party(40 + n, chain::Role::Patient,
                          QStringLiteral("patient-%1").arg(QString::number(n).repeated(16)));
    entry.feeType = fee;
    entry.amount = amount;
    entry.status = status;
    entry.issued = issued;
    return entry;
}

QColor disabledText()
{
    return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
}
} // namespace

class TestDeskModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void staffShowsNameRoleSpecialtyLicenceAndStatus()
    {
        PartyTableModel model(PartyTableModel::staffColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setParties(
            {practitioner(2, QStringLiteral("李伟"), QStringLiteral("Cardiology"),
                          QStringLiteral("110340100000231")),
             practitioner(3, QStringLiteral("王芳"), QStringLiteral("Respiratory medicine"),
                          QStringLiteral("110340100000232"), true),
             party(4, chain::Role::Node, QStringLiteral("hefei-first-node-1"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 5);
        const auto text
            = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, model.column(PartyTableModel::Name)), QStringLiteral("李伟"));
        QCOMPARE(text(0, model.column(PartyTableModel::Role)), QStringLiteral("Practitioner"));
        QCOMPARE(text(0, model.column(PartyTableModel::Specialty)), QStringLiteral("Cardiology"));
        QCOMPARE(text(0, model.column(PartyTableModel::Licence)),
                 QStringLiteral("110340100000231"));
        QCOMPARE(text(0, model.column(PartyTableModel::Status)), QStringLiteral("Active"));
        QCOMPARE(text(1, model.column(PartyTableModel::Status)), QStringLiteral("Revoked"));
        QCOMPARE(text(2, model.column(PartyTableModel::Role)), QStringLiteral("Network node"));
        QCOMPARE(text(2, model.column(PartyTableModel::Specialty)), QString());
        QCOMPARE(
            model.headerData(model.column(PartyTableModel::Licence), Qt::Horizontal).toString(),
            QStringLiteral("Licence"));

        // The revoked practitioner is greyed in every column; the others are drawn as usual.
        for (int column = 0; column < model.columnCount(); ++column) {
            const QVariant grey = model.index(1, column).data(Qt::ForegroundRole);
            QVERIFY(grey.canConvert<QBrush>());
            QCOMPARE(grey.value<QBrush>().color(), disabledText());
            QVERIFY(!model.index(0, column).data(Qt::ForegroundRole).isValid());
        }
        QVERIFY(model.index(1, model.column(PartyTableModel::Status))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Revoked")));
        QCOMPARE(model.index(1, 0).data(PartyTableModel::RevokedRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(PartyTableModel::RevokedRole).toBool(), false);
        QCOMPARE(model.index(2, 0).data(PartyTableModel::ChainRoleRole).toInt(),
                 int(chain::Role::Node));
        QCOMPARE(model.index(0, 3).data(PartyTableModel::IdRole).toByteArray(),
                 QByteArray(32, char(2)));
        QVERIFY(model.index(0, model.column(PartyTableModel::Name))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("02").repeated(32)));
        // Only active practitioners count.
        QCOMPARE(model.activeCount(chain::Role::Practitioner), 1);
        QCOMPARE(model.rowOf(party(3, chain::Role::Practitioner, {}).id), 1);
        QCOMPARE(model.rowOf(party(9, chain::Role::Practitioner, {}).id), -1);
        QVERIFY(model.partyAt(3) == nullptr);

        // An identity the replica does not know is shown by a short id, never as a blank.
        client::Party unknown = party(5, chain::Role::Practitioner, QString());
        model.setParties({unknown});
        QVERIFY(!text(0, model.column(PartyTableModel::Name)).isEmpty());
        QVERIFY(text(0, model.column(PartyTableModel::Name)).contains(QLatin1String("0505")));
        model.setParties({});
        QCOMPARE(model.rowCount(), 0);
    }

    void issuedInvoicesKeepTheSessionsOrderAndShowYuan()
    {
        IssuedInvoiceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        using S = chain::InvoiceStatus;
        using F = wallet::FeeType;
        model.setInvoices({invoice(3, S::Open, F::OnlineConsultation, 2500, kStart + 3 * kDay),
                           invoice(2, S::Paid, F::Registration, 123'456, kStart + 2 * kDay),
                           invoice(1, S::Cancelled, F::RecordManagement, 1, kStart + kDay)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(IssuedInvoiceModel::ColumnCount));
        const auto text
            = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        // Newest first, as the session gives them.
        QCOMPARE(model.index(0, 0).data(IssuedInvoiceModel::IssuedRole).toLongLong(),
                 kStart + 3 * kDay);
        QVERIFY(text(0, IssuedInvoiceModel::Issued)
                    .startsWith(QDateTime::fromMSecsSinceEpoch(kStart + 3 * kDay)
                                    .toString(QStringLiteral("yyyy-MM-dd"))));
        QCOMPARE(text(0, IssuedInvoiceModel::Patient), QStringLiteral("patient-3333333333333333"));
        QCOMPARE(text(0, IssuedInvoiceModel::Fee), QStringLiteral("Online consultation fee"));
        QCOMPARE(text(0, IssuedInvoiceModel::Amount), QStringLiteral("¥25.00"));
        QCOMPARE(text(1, IssuedInvoiceModel::Amount), QStringLiteral("¥1,234.56"));
        QCOMPARE(text(2, IssuedInvoiceModel::Amount), QStringLiteral("¥0.01"));
        QCOMPARE(text(0, IssuedInvoiceModel::Status), QStringLiteral("Open"));
        QCOMPARE(text(1, IssuedInvoiceModel::Status), QStringLiteral("Paid"));
        QCOMPARE(text(2, IssuedInvoiceModel::Status), QStringLiteral("Cancelled"));
        QCOMPARE(model.index(1, 0).data(IssuedInvoiceModel::AmountRole).toLongLong(), 123'456);
        QCOMPARE(model.index(1, 0).data(IssuedInvoiceModel::StatusRole).toInt(), int(S::Paid));
        QCOMPARE(model.index(0, 0).data(IssuedInvoiceModel::IdRole).toByteArray(),
                 QByteArray(32, char(3)));
        QCOMPARE(model.index(0, 0).data(IssuedInvoiceModel::PatientIdRole).toByteArray(),
                 QByteArray(32, char(43)));
        QCOMPARE(model.index(0, IssuedInvoiceModel::Amount)
                     .data(Qt::TextAlignmentRole)
                     .value<Qt::Alignment>(),
                 Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));

        // Cancelled invoices are greyed; open and paid ones are not.
        QCOMPARE(model.index(2, IssuedInvoiceModel::Fee)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 disabledText());
        QVERIFY(!model.index(0, IssuedInvoiceModel::Fee).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(1, IssuedInvoiceModel::Fee).data(Qt::ForegroundRole).isValid());

        QCOMPARE(model.openCount(), 1);
        QCOMPARE(model.openTotal(), wallet::Amount(2500));
        QCOMPARE(model.rowOf(model.invoiceAt(2)->id), 2);
        QVERIFY(model.invoiceAt(-1) == nullptr);
        QCOMPARE(model.headerData(IssuedInvoiceModel::Status, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));
    }

    void residentIdCheckDigit_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        // GB 11643-1999's worked example, the one most often cited: check character X.
        QTest::newRow("published example") << QStringLiteral("11010519491231002X") << true;
        QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << true;
        QTest::newRow("typed in groups") << QStringLiteral("110105 19491231 002X") << true;
        QTest::newRow("wrong check digit") << QStringLiteral("110105194912310021") << false;
        QTest::newRow("one digit mistyped") << QStringLiteral("11010519491231003X") << false;
        QTest::newRow("two digits swapped") << QStringLiteral("11010591491231002X") << false;
        QTest::newRow("passport") << QStringLiteral("E12345678") << true;
        QTest::newRow("old 15-digit ID") << QStringLiteral("110105491231002") << true;
        QTest::newRow("too short") << QStringLiteral("1234") << false;
        QTest::newRow("too long") << QStringLiteral("123456789012345678901") << false;
        QTest::newRow("punctuation") << QStringLiteral("E1234-5678") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void residentIdCheckDigit()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        const QString normalised = identity::Enrollment::normalisedNationalId(typed);
        QCOMPARE(DeskInput::nationalIdProblem(normalised).isEmpty(), valid);
    }

    void checkCharacterFromTheSeventeenDigits()
    {
        QCOMPARE(DeskInput::residentIdCheckCharacter(u"11010519491231002"), QLatin1Char('X'));
        QCOMPARE(identity::Enrollment::normalisedNationalId(QStringLiteral(" 3401 0420x ")),
                 QStringLiteral("34010420X"));
        // The refusal names the character the digits call for.
        QVERIFY(DeskInput::nationalIdProblem(QStringLiteral("110105194912310021"))
                    .contains(QLatin1String("should be X")));
    }

    void regionCodes()
    {
        QVERIFY(DeskInput::regionCodeProblem(QStringLiteral("340104")).isEmpty());
        QVERIFY(DeskInput::regionCodeProblem(QStringLiteral("CN-AH")).isEmpty());
        QVERIFY(!DeskInput::regionCodeProblem(QString()).isEmpty());
        QVERIFY(!DeskInput::regionCodeProblem(QStringLiteral("34 01")).isEmpty());
        QVERIFY(!DeskInput::regionCodeProblem(QStringLiteral("12345678901234567")).isEmpty());
    }

    void identityInGroupsOfFour()
    {
        chain::IdentityId id;
        for (std::size_t i = 0; i < id.bytes.size(); ++i)
            id.bytes[i] = std::uint8_t(i);
        const QString grouped = DeskInput::groupedHex(id);
        QCOMPARE(grouped.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("0001 0203 0405 0607 0809 0a0b 0c0d 0e0f"));
        QCOMPARE(grouped.count(QLatin1Char('\n')), 1);
        QCOMPARE(QString(grouped).remove(QLatin1Char(' ')).remove(QLatin1Char('\n')),
                 QString::fromLatin1(id.toByteArray().toHex()));
    }

    void reloadsWaitWhileHiddenAndNeverOverlap()
    {
        QWidget page;
        int loads = 0;
        ui::ReloadThrottle throttle(&page, [&loads] { ++loads; });
        throttle.setMinimumInterval(0);

        // The first load runs whether the page is seen or not; blocks meanwhile wait for it.
        throttle.loadNow();
        QCOMPARE(loads, 1);
        throttle.request();
        QCOMPARE(loads, 1);
        throttle.finished();
        // The page is hidden: the block's reload waits until it is shown, then runs once.
        QCOMPARE(loads, 1);
        throttle.request();
        throttle.request();
        QCOMPARE(loads, 1);
        page.show();
        QCOMPARE(loads, 2);
        throttle.finished();

        // Seen: a block reloads; blocks during the load make one more load after it.
        throttle.request();
        QCOMPARE(loads, 3);
        throttle.request();
        throttle.request();
        QCOMPARE(loads, 3);
        throttle.finished();
        QCOMPARE(loads, 4);
        throttle.finished();
        QCOMPARE(loads, 4);
        // The page's own action reloads right after the running load.
        throttle.request();
        QCOMPARE(loads, 5);
        throttle.loadNow();
        QCOMPARE(loads, 5);
        throttle.finished();
        QCOMPARE(loads, 6);
        throttle.finished();

        // Within the interval a block's reload is put off, not run (nor dropped).
        throttle.setMinimumInterval(3'600'000);
        throttle.request();
        QCOMPARE(loads, 6);
        QVERIFY(!throttle.isLoading());
        throttle.loadNow(); // the page's own action does not wait
        QCOMPARE(loads, 7);
    }
};

QTEST_MAIN(TestDeskModels)
#include "TestDeskModels.moc"

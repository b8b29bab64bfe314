// The Network and Administration tabs' models over fabricated data: validators' states (signing,
// lagging, silent) in red with why, peers behind, identities with revoked ones greyed, programs
// with amounts in yuan sorted in fen, the edited validator set; each passes the model tester.
#include "AdminSamples.h"

#include "common/PartyTableModel.h"

#include "regulator/PeerModel.h"
#include "regulator/ProgramModel.h"
#include "regulator/ValidatorHealthModel.h"
#include "regulator/ValidatorSetModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace medchain;
using namespace medchain::ui;
namespace admin = medchain::testing::admin;

namespace {

QStringList column(QAbstractItemModel *model, int column, int sortRole = -1,
                   Qt::SortOrder order = Qt::AscendingOrder)
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model);
    if (sortRole >= 0) {
        proxy.setSortRole(sortRole);
        proxy.sort(column, order);
    }
    QStringList texts;
    for (int row = 0; row < proxy.rowCount(); ++row)
        texts.append(proxy.index(row, column).data().toString());
    return texts;
}

bool isRed(const QModelIndex &index)
{
    return index.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xb0, 0x00, 0x20);
}

} // namespace

class TestAdminModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void validatorsSigningLaggingAndSilent()
    {
        ValidatorHealthModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHealth(admin::health());
        QCOMPARE(model.rowCount(), 3);
        using State = ValidatorHealthModel::State;
        QCOMPARE(model.index(0, 0).data(ValidatorHealthModel::StateRole).toInt(),
                 int(State::Signing));
        QCOMPARE(model.index(1, 0).data(ValidatorHealthModel::StateRole).toInt(),
                 int(State::Lagging));
        QCOMPARE(model.index(2, 0).data(ValidatorHealthModel::StateRole).toInt(),
                 int(State::Silent));
        QCOMPARE(model.count(State::Signing), 1);
        QCOMPARE(model.power(State::Signing), quint64(1));
        QCOMPARE(model.totalPower(), quint64(3));

        QCOMPARE(model.index(0, ValidatorHealthModel::Name).data().toString(),
                 QStringLiteral("node-a"));
        QCOMPARE(model.index(0, ValidatorHealthModel::Institution).data().toString(),
                 QStringLiteral("合肥市第一人民医院"));
        QCOMPARE(model.index(0, ValidatorHealthModel::Power).data().toString(),
                 QStringLiteral("1 (33%)"));
        QCOMPARE(model.index(0, ValidatorHealthModel::LastSigned).data().toString(),
                 QStringLiteral("block 100 (the newest)"));
        QCOMPARE(model.index(1, ValidatorHealthModel::LastSigned).data().toString(),
                 QStringLiteral("block 80, 20 block(s) ago"));
        QCOMPARE(model.index(2, ValidatorHealthModel::LastSigned).data().toString(),
                 QStringLiteral("none in the newest 100 block(s)"));
        QVERIFY(model.index(2, ValidatorHealthModel::SignedAt).data().toString().isEmpty());
        QVERIFY(!model.index(1, ValidatorHealthModel::SignedAt).data().toString().isEmpty());
        QCOMPARE(model.index(2, ValidatorHealthModel::Connection).data().toString(),
                 QStringLiteral("connected, at block 99"));
        QCOMPARE(model.index(0, ValidatorHealthModel::Connection).data().toString(),
                 QStringLiteral("not a peer"));
        QCOMPARE(model.index(0, ValidatorHealthModel::LastProposed).data().toString(),
                 QStringLiteral("block 100"));
        QCOMPARE(model.index(2, ValidatorHealthModel::LastProposed).data().toString(),
                 QStringLiteral("none recently"));

        // Signing rows in the usual colour; the others red, with why on every cell.
        QVERIFY(!isRed(model.index(0, ValidatorHealthModel::Name)));
        QVERIFY(isRed(model.index(1, ValidatorHealthModel::Name)));
        QVERIFY(isRed(model.index(2, ValidatorHealthModel::Power)));
        QVERIFY2(model.index(1, ValidatorHealthModel::Power)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QLatin1String("20 block(s) behind")),
                 qPrintable(model.index(1, 0).data(Qt::ToolTipRole).toString()));
        QVERIFY(model.index(2, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Signed no commit in the newest 100 block(s)")));

        // Heights sort as numbers, newest signature first.
        QCOMPARE(column(&model, ValidatorHealthModel::LastSigned, ValidatorHealthModel::SortRole,
                        Qt::DescendingOrder)
                     .first(),
                 QStringLiteral("block 100 (the newest)"));
    }

    void aValidatorFarBehindAsAPeerLags_data()
    {
        QTest::addColumn<quint64>("lastSigned");
        QTest::addColumn<bool>("connected");
        QTest::addColumn<quint64>("peerHeight");
        QTest::addColumn<int>("state");
        using State = ValidatorHealthModel::State;
        QTest::newRow("at the tip") << quint64(100) << false << quint64(0) << int(State::Signing);
        QTest::newRow("just within") << quint64(90) << false << quint64(0) << int(State::Signing);
        QTest::newRow("just beyond") << quint64(89) << false << quint64(0) << int(State::Lagging);
        QTest::newRow("peer behind") << quint64(100) << true << quint64(80) << int(State::Lagging);
        QTest::newRow("peer caught up")
            << quint64(100) << true << quint64(95) << int(State::Signing);
        QTest::newRow("nothing seen") << quint64(0) << true << quint64(100) << int(State::Silent);
    }

    void aValidatorFarBehindAsAPeerLags()
    {
        QFETCH(quint64, lastSigned);
        QFETCH(bool, connected);
        QFETCH(quint64, peerHeight);
        QFETCH(int, state);
        client::NetworkHealth health = admin::health();
        const client::ValidatorHealth validator
            = admin::validator(health.validators.first().node, lastSigned, connected, peerHeight);
        QCOMPARE(int(ValidatorHealthModel::stateOf(validator, health)), state);
    }

    void peersBehindAreRed()
    {
        PeerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        client::NetworkHealth health = admin::health();
        health.peers.append(
            {admin::node(26, QStringLiteral("node-slow"), QString()), false, 50, 3});
        model.setPeers(health.peers, health.height);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, PeerModel::Kind).data().toString(), QStringLiteral("Validator"));
        QCOMPARE(model.index(1, PeerModel::Kind).data().toString(), QStringLiteral("Replica"));
        QCOMPARE(model.index(0, PeerModel::Height).data().toString(),
                 QStringLiteral("99 (1 behind)"));
        QCOMPARE(model.index(1, PeerModel::Height).data().toString(), QStringLiteral("100"));
        QCOMPARE(model.index(2, PeerModel::Height).data().toString(),
                 QStringLiteral("50 (50 behind)"));
        QVERIFY(!model.index(0, 0).data(PeerModel::BehindRole).toBool());
        QVERIFY(model.index(2, 0).data(PeerModel::BehindRole).toBool());
        QVERIFY(isRed(model.index(2, PeerModel::Name)));
        QVERIFY(!isRed(model.index(0, PeerModel::Name)));
        QCOMPARE(model.index(1, PeerModel::BlocksApplied).data().toString(), QStringLiteral("40"));
        QCOMPARE(column(&model, PeerModel::Height, PeerModel::SortRole),
                 (QStringList {QStringLiteral("50 (50 behind)"), QStringLiteral("99 (1 behind)"),
                               QStringLiteral("100")}));
        // A peer ahead of this replica: this replica is the one catching up.
        model.setPeers({{admin::node(27, QStringLiteral("node-fast"), QString()), true, 104, 9}},
                       100);
        QCOMPARE(model.index(0, PeerModel::Height).data().toString(),
                 QStringLiteral("104 (4 ahead)"));
    }

    void identitiesWithRevokedOnesGreyed()
    {
        PartyTableModel model(PartyTableModel::directoryColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const client::AdminDirectory directory = admin::directory();
        model.setParties(directory.institutions);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.activeCount(), 2);
        QCOMPARE(model.index(0, model.column(PartyTableModel::Kind)).data().toString(),
                 QStringLiteral("Hospital"));
        QCOMPARE(model.index(2, model.column(PartyTableModel::Kind)).data().toString(),
                 QStringLiteral("Clinic"));
        QCOMPARE(model.index(0, model.column(PartyTableModel::Region)).data().toString(),
                 QStringLiteral("Shushan District (340104)"));
        QCOMPARE(model.index(2, model.column(PartyTableModel::Status)).data().toString(),
                 QStringLiteral("Revoked"));
        QCOMPARE(model.index(0, model.column(PartyTableModel::Status)).data().toString(),
                 QStringLiteral("Active"));
        QVERIFY(model.index(2, 0).data(PartyTableModel::RevokedRole).toBool());
        const QColor grey = QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        QCOMPARE(model.index(2, model.column(PartyTableModel::Name))
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 grey);
        QVERIFY(!model.index(0, model.column(PartyTableModel::Name))
                     .data(Qt::ForegroundRole)
                     .isValid());
        QCOMPARE(model.rowOf(admin::id(2)), 1);
        QCOMPARE(model.rowOf(admin::id(99)), -1);

        model.setParties(directory.practitioners + directory.nodes);
        QCOMPARE(model.index(0, model.column(PartyTableModel::Kind)).data().toString(),
                 QStringLiteral("Practitioner"));
        QCOMPARE(model.index(2, model.column(PartyTableModel::Kind)).data().toString(),
                 QStringLiteral("Network node"));
        QCOMPARE(model.index(2, model.column(PartyTableModel::Institution)).data().toString(),
                 QStringLiteral("合肥市第一人民医院"));
        QCOMPARE(model.index(0, 0).data(PartyTableModel::IdRole).toByteArray(),
                 admin::id(11).toByteArray());
    }

    void programsInYuanSortedInFen()
    {
        ProgramModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<client::ProgramEntry> programs = admin::directory().programs;
        client::ProgramEntry stipend = programs.first();
        stipend.id.bytes.fill(0x52);
        stipend.name = QStringLiteral("Trial stipend");
        stipend.category.reset();
        stipend.codes.clear();
        stipend.amountPerEvent = 900'000;
        stipend.capPerPatient = 0;
        stipend.pool = 500;
        programs.append(stipend);
        model.setPrograms(programs);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ProgramModel::Category).data().toString(),
                 QStringLiteral("Encounter"));
        QCOMPARE(model.index(1, ProgramModel::Category).data().toString(),
                 QStringLiteral("Any category"));
        QCOMPARE(model.index(0, ProgramModel::Codes).data().toString(), QStringLiteral("E10, E11"));
        QCOMPARE(model.index(1, ProgramModel::Codes).data().toString(),
                 QStringLiteral("any diagnosis"));
        QCOMPARE(model.index(0, ProgramModel::AmountPerEvent).data().toString(),
                 QStringLiteral("¥20.00"));
        QCOMPARE(model.index(0, ProgramModel::Cap).data().toString(), QStringLiteral("¥100.00"));
        QCOMPARE(model.index(1, ProgramModel::Cap).data().toString(), QStringLiteral("no cap"));
        QCOMPARE(model.index(0, ProgramModel::Pool).data().toString(), QStringLiteral("¥480.00"));
        QCOMPARE(model.index(0, ProgramModel::Created).data().toString(),
                 QStringLiteral("block 40"));
        QVERIFY(model.index(0, ProgramModel::Codes)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("E11")));
        QVERIFY(model.index(1, ProgramModel::Pool)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Less than one payment")));
        QCOMPARE(model.index(0, ProgramModel::Pool).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Enough for 24 more payment(s)."));
        // Pools sort by amount, not as text (where "¥480.00" comes before "¥5.00").
        QCOMPARE(column(&model, ProgramModel::Pool, ProgramModel::SortRole),
                 (QStringList {QStringLiteral("¥5.00"), QStringLiteral("¥480.00")}));
    }

    void theEditedValidatorSet()
    {
        ValidatorSetModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const client::AdminDirectory directory = admin::directory();
        model.setCurrent(directory.validators, directory.nodes);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.isChanged());
        QCOMPARE(model.index(0, ValidatorSetModel::Name).data().toString(),
                 QStringLiteral("node-a"));
        QCOMPARE(model.index(0, ValidatorSetModel::Power).data().toString(),
                 QStringLiteral("1 (33%)"));
        QVERIFY(model.index(0, ValidatorSetModel::Change).data().toString().isEmpty());
        // Who is up shows once the health is known: node-b lags and is no peer.
        QVERIFY(!model.index(1, 0).data(ValidatorSetModel::UpRole).isValid());
        model.setHealth(admin::health());
        QCOMPARE(model.index(0, ValidatorSetModel::Now).data().toString(), QStringLiteral("up"));
        QCOMPARE(model.index(1, ValidatorSetModel::Now).data().toString(),
                 QStringLiteral("not signing or connected"));
        QVERIFY(isRed(model.index(1, ValidatorSetModel::Now)));
        QVERIFY(model.index(2, 0).data(ValidatorSetModel::UpRole).toBool()); // a peer caught up

        QVERIFY(model.add(admin::id(24), 2));
        QVERIFY(!model.add(admin::id(24), 1)); // once only
        QVERIFY(model.isChanged());
        QCOMPARE(model.totalPower(), quint64(5));
        QCOMPARE(model.index(3, ValidatorSetModel::Change).data().toString(),
                 QStringLiteral("added"));
        QCOMPARE(model.index(3, ValidatorSetModel::Power).data().toString(),
                 QStringLiteral("2 (40%)"));
        QVERIFY(model.setPower(0, 3));
        QCOMPARE(model.index(0, ValidatorSetModel::Change).data().toString(),
                 QStringLiteral("power was 1"));
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.setPower(0, 0));
        QVERIFY(model.remove(1));
        QCOMPARE(model.proposed(),
                 (QList<identity::Validator> {
                     {admin::id(21), 3}, {admin::id(23), 1}, {admin::id(24), 2}}));
        QCOMPARE(model.current(), directory.validators);

        // The chain moves on under the edits: they stay; reset brings the chain's set back.
        QList<identity::Validator> onChain = directory.validators;
        onChain[2].power = 5;
        model.setCurrent(onChain, directory.nodes);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.contains(admin::id(24)));
        model.reset();
        QCOMPARE(model.proposed(), onChain);
        QVERIFY(!model.isChanged());
        // Without edits, a new set on chain shows at once; the same set in another order is no
        // change.
        model.setCurrent(directory.validators, directory.nodes);
        QCOMPARE(model.proposed(), directory.validators);
        QVERIFY(model.remove(0));
        QVERIFY(model.add(admin::id(21), 1));
        QVERIFY(!model.isChanged());
    }
};

QTEST_MAIN(TestAdminModels)
#include "TestAdminModels.moc"

// The Network tab over fabricated health: the replica's tip, how much voting power signs (red
// when blocks may stop), double votes in red, the validators and peers, a note without peers,
// the row the keyboard is on kept across reloads, and a problem said plainly.
#include "AdminSamples.h"
#include "WidgetLookup.h"

#include "regulator/NetworkPage.h"
#include "regulator/PeerModel.h"
#include "regulator/ValidatorHealthModel.h"

#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace medchain;
using medchain::testing::child;
namespace admin = medchain::testing::admin;

namespace {

bool isRed(const QLabel *label)
{
    return label->styleSheet().contains(QLatin1String("#b00020"));
}

} // namespace

class TestNetworkPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsTheTipTheValidatorsAndThePeers()
    {
        ui::NetworkPage page;
        auto *summary = child<QLabel>(page, "networkSummary");
        QCOMPARE(summary->text(), QStringLiteral("Reading the network's state…"));
        QVERIFY(!page.hasHealth());

        page.showHealth(admin::health());
        QVERIFY(page.hasHealth());
        QVERIFY2(
            summary->text().startsWith(QLatin1String("This replica is at block 100, committed ")),
            qPrintable(summary->text()));
        QVERIFY(summary->toolTip().contains(QStringLiteral("ab").repeated(32)));
        auto *signing = child<QLabel>(page, "networkSigning");
        // Only node-a signs: 1 of 3 power is not more than two thirds.
        QVERIFY2(signing->text().startsWith(QLatin1String(
                     "1 of 3 validator(s) signing recently, with 1 of 3 voting power.")),
                 qPrintable(signing->text()));
        QVERIFY(signing->text().contains(QLatin1String("may stop")));
        QVERIFY(isRed(signing));
        auto *equivocations = child<QLabel>(page, "networkEquivocations");
        QCOMPARE(equivocations->text(), QStringLiteral("No double votes recorded on chain."));
        QVERIFY(!isRed(equivocations));

        auto *validators = child<QTableView>(page, "validatorTable");
        QCOMPARE(validators->model()->rowCount(), 3);
        auto *peers = child<QTableView>(page, "peerTable");
        QCOMPARE(peers->model()->rowCount(), 2);
        QVERIFY(!child<QLabel>(page, "peerNote")->isVisibleTo(&page));

        // Every validator signing, two double votes, no peers.
        client::NetworkHealth healthy = admin::health();
        for (client::ValidatorHealth &validator : healthy.validators)
            validator.lastSigned = 100;
        healthy.equivocations = 2;
        healthy.peers.clear();
        page.showHealth(healthy);
        QVERIFY(signing->text().contains(QLatin1String("3 of 3 validator(s) signing recently")));
        QVERIFY(signing->text().contains(QLatin1String("can go on")));
        QVERIFY(!isRed(signing));
        QVERIFY2(equivocations->text().startsWith(QLatin1String("2 double vote(s) recorded")),
                 qPrintable(equivocations->text()));
        QVERIFY(isRed(equivocations));
        QCOMPARE(peers->model()->rowCount(), 0);
        auto *note = child<QLabel>(page, "peerNote");
        QVERIFY(note->isVisibleTo(&page));
        QVERIFY(note->text().startsWith(QLatin1String("No peers connected")));
    }

    void keepsTheCurrentRowAcrossReloads()
    {
        ui::NetworkPage page;
        page.showHealth(admin::health());
        auto *validators = child<QTableView>(page, "validatorTable");
        validators->setCurrentIndex(validators->model()->index(2, 0));
        const QByteArray chosen
            = validators->currentIndex().data(ui::ValidatorHealthModel::IdRole).toByteArray();
        QCOMPARE(chosen, admin::id(23).toByteArray());
        // node-c signs now; the list is read again.
        client::NetworkHealth later = admin::health();
        later.height = 101;
        later.validators[2].lastSigned = 101;
        page.showHealth(later);
        QCOMPARE(validators->currentIndex().data(ui::ValidatorHealthModel::IdRole).toByteArray(),
                 chosen);
        QCOMPARE(validators->currentIndex().data(ui::ValidatorHealthModel::StateRole).toInt(),
                 int(ui::ValidatorHealthModel::State::Signing));
        page.focusTable();
        QCOMPARE(validators->currentIndex().data(ui::ValidatorHealthModel::IdRole).toByteArray(),
                 chosen);
    }

    void anEmptyReplicaAndAProblem()
    {
        ui::NetworkPage page;
        page.showHealth(client::NetworkHealth {});
        auto *summary = child<QLabel>(page, "networkSummary");
        QCOMPARE(summary->text(), QStringLiteral("This replica holds no blocks yet."));
        page.showProblem(QStringLiteral("the replica is damaged"));
        QCOMPARE(summary->text(),
                 QStringLiteral("The network's state could not be read: the replica is damaged"));
        QVERIFY(isRed(summary));
        // The next answer clears it.
        page.showHealth(admin::health());
        QVERIFY(!isRed(summary));
        QVERIFY(summary->text().startsWith(QLatin1String("This replica is at block 100")));
    }
};

QTEST_MAIN(TestNetworkPage)
#include "TestNetworkPage.moc"

// The demo's node folders: a single node is the genesis validator alone; with several, every
// folder holds the same chain, each node's keystore opens and names an active node whose
// certificate chains to the root, the chain's validators are the validator nodes, network.json
// and every node.json describe the same network, and fixed ports follow the base port.
#include "SmallScenario.h"

#include "common/Startup.h"
#include "crypto/CertificateChain.h"
#include "demo/DemoKeys.h"
#include "demo/DemoNetwork.h"
#include "identity/IdentityRules.h"
#include "identity/IdentityTx.h"
#include "identity/Keystore.h"
#include "node/DataDir.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace medchain;
using namespace medchain::demo;
using namespace medchain::demo::testing;

class TestDemoNodes : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void aSingleNodeIsTheGenesisValidatorAlone()
    {
        QTemporaryDir dir;
        const Scenario scenario = smallScenario();
        const auto summary = DemoNetwork::create(dir.path(), scenario, passphrase(),
                                                 crypto::Argon2Params::fastInsecureForTests(),
                                                 DemoNodeOptions {1, 0, 0});
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->transactions, kScenarioTransactions);
        QCOMPARE(summary->nodeFolders, QStringList {QStringLiteral("node1")});
        QCOMPARE(summary->nodes.size(), 1);
        QVERIFY(summary->nodes.first().validator);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("node2"))));

        const node::DataDir data(dir.filePath(QStringLiteral("node1")));
        auto ledger = data.openLedgerReadOnly(passphrase());
        QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
        const chain::Ledger &chain = *ledger.value();
        QCOMPARE(chain.state().validators(), chain.genesis().validators);
        QCOMPARE(hexOf(chain.genesis().validators.first().node), summary->nodes.first().nodeKey);
        QVERIFY(idsOf<identity::EnrollNode>(chain).isEmpty());
        QVERIFY(idsOf<identity::SetValidators>(chain).isEmpty());

        // node1 keeps its keys and names its keystore as the node's; it has no one to dial.
        const QJsonObject config = readJson(data.configPath());
        QCOMPARE(config.value(QStringLiteral("identity")).toString(),
                 QStringLiteral("keystores/authority.mcid"));
        QCOMPARE(config.value(QStringLiteral("validator")).toString(),
                 QStringLiteral("keystores/validator.mcid"));
        QCOMPARE(config.value(QStringLiteral("node")).toString(),
                 QStringLiteral("keystores/validator.mcid"));
        QCOMPARE(config.value(QStringLiteral("listen")).toString(), summary->nodes.first().address);
        QVERIFY(config.value(QStringLiteral("peers")).toArray().isEmpty());
        const QJsonArray listed
            = readJson(dir.filePath(QStringLiteral("network.json")))[QStringLiteral("nodes")]
                  .toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject(), summary->nodes.first().toJson());
    }

    void nodesShareTheChainAndKnowEachOther()
    {
        QTemporaryDir dir;
        const Scenario scenario = smallScenario();
        const auto summary = DemoNetwork::create(dir.path(), scenario, passphrase(),
                                                 crypto::Argon2Params::fastInsecureForTests(),
                                                 DemoNodeOptions {4, 2, 0});
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        // Five nodes enrolled and the validator set: the scenario's history is unchanged.
        QCOMPARE(summary->transactions, kScenarioTransactions + 5 + 1);
        QCOMPARE(summary->nodeFolders,
                 QStringList({QStringLiteral("node1"), QStringLiteral("node2"),
                              QStringLiteral("node3"), QStringLiteral("node4"),
                              QStringLiteral("node5"), QStringLiteral("node6")}));

        // network.json lists what the summary does, at distinct addresses; the scenario's one
        // hospital runs node2 and the authority the rest.
        const QJsonObject network = readJson(dir.filePath(QStringLiteral("network.json")));
        QCOMPARE(network.value(QStringLiteral("chainId")).toString(), summary->chainId);
        QVERIFY(!network.value(QStringLiteral("passphraseHint")).toString().isEmpty());
        const QJsonArray listed = network.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(listed.size(), 6);
        QSet<QString> addresses;
        QSet<QString> nodeKeys;
        for (int i = 0; i < listed.size(); ++i) {
            const QJsonObject entry = listed[i].toObject();
            QCOMPARE(entry, summary->nodes[i].toJson());
            QCOMPARE(entry.value(QStringLiteral("folder")).toString(), summary->nodeFolders[i]);
            QCOMPARE(entry.value(QStringLiteral("role")).toString(),
                     i < 4 ? QStringLiteral("validator") : QStringLiteral("replica"));
            const QString address = entry.value(QStringLiteral("address")).toString();
            QVERIFY2(address.startsWith(QLatin1String("127.0.0.1:")), qPrintable(address));
            QVERIFY(address.mid(10).toInt() > 0);
            addresses.insert(address);
            nodeKeys.insert(entry.value(QStringLiteral("node")).toString());
        }
        QCOMPARE(addresses.size(), 6);
        QCOMPARE(nodeKeys.size(), 6);
        QCOMPARE(summary->nodes[0].institution, scenario.authorityName);
        QCOMPARE(summary->nodes[1].institution, scenario.institutions[0].name);
        for (int i = 2; i < 6; ++i)
            QCOMPARE(summary->nodes[i].institution, scenario.authorityName);

        const crypto::Certificate root
            = crypto::Certificate::fromDer(node::DataDir(dir.filePath(QStringLiteral("node1")))
                                               .readGenesis()
                                               ->rootCertificate)
                  .value();
        const DemoKeys keys(scenario.options.seed);
        QList<identity::Validator> expectedValidators;
        for (int i = 0; i < listed.size(); ++i) {
            const DemoNode &node = summary->nodes[i];
            const node::DataDir data(dir.filePath(node.folder));

            // The folder's copy of the replica opens with the demo passphrase at the same tip.
            auto ledger = data.openLedgerReadOnly(passphrase());
            QVERIFY2(ledger.ok(), qPrintable(node.folder + QLatin1String(": ") + ledger.error()));
            const chain::Ledger &chain = *ledger.value();
            QCOMPARE(QString::fromLatin1(chain.tip().hash.toHex()), summary->tipHash);
            QCOMPARE(chain.tip().height, summary->height);

            // node.json: its keystore (also its validator key if it validates), its address, and
            // every other node as a peer.
            const QJsonObject config = readJson(data.configPath());
            const QString keystore = config.value(QStringLiteral("node")).toString();
            QCOMPARE(keystore,
                     i == 0 ? QStringLiteral("keystores/validator.mcid")
                            : QStringLiteral("keystores/node.mcid"));
            QCOMPARE(config.contains(QStringLiteral("validator")), node.validator);
            if (node.validator)
                QCOMPARE(config.value(QStringLiteral("validator")).toString(), keystore);
            QCOMPARE(config.value(QStringLiteral("identity")).isUndefined(), i != 0);
            QCOMPARE(config.value(QStringLiteral("listen")).toString(), node.address);
            QList<QJsonObject> peers;
            for (const QJsonValue &peer : config.value(QStringLiteral("peers")).toArray())
                peers.append(peer.toObject());
            QList<QJsonObject> others;
            for (const DemoNode &other : summary->nodes)
                if (other.folder != node.folder)
                    others.append({{QStringLiteral("address"), other.address},
                                   {QStringLiteral("node"), other.nodeKey}});
            QCOMPARE(peers, others);

            // The keystore opens with the passphrase and holds the node's key.
            const auto unlocked = identity::Keystore::unlock(data.path(keystore), passphrase());
            QVERIFY2(unlocked.ok(), qPrintable(unlocked.error()));
            QCOMPARE(unlocked->info.role, chain::Role::Node);
            QCOMPARE(unlocked->info.chainId, summary->chainId);
            QCOMPARE(hexOf(unlocked->keys.id()), node.nodeKey);
            QCOMPARE(unlocked->keys.id(), keys.nodeKeys(i + 1).id()); // the seed's, every time
            if (node.validator)
                expectedValidators.append({unlocked->keys.id(), 1});

            // On chain: an active node with a certificate that
            // chains to the genesis root as a TLS peer's must (leaf and issuers, root optional).
            const auto who = chain.state().identity(unlocked->keys.id());
            QVERIFY(who.has_value());
            QCOMPARE(who->role, chain::Role::Node);
            QVERIFY(!who->revoked);
            QCOMPARE(who->name, node.name);
            // Validators are certified by the authority; a replica by the hospital running it.
            QCOMPARE(chain.state().identity(who->parent)->name,
                     node.validator ? scenario.authorityName : node.institution);
            QList<crypto::Certificate> presented;
            const QList<QByteArray> ders
                = identity::certificateChain(chain.state(), *who, chain.genesis());
            for (const QByteArray &der : ders.mid(0, ders.size() - 1))
                presented.append(crypto::Certificate::fromDer(der).value());
            // A hospital's replica presents the hospital's certificate too.
            QCOMPARE(presented.size(),
                     !node.validator && node.institution != scenario.authorityName ? 2 : 1);
            QCOMPARE(presented.first().role(), crypto::CertificateRole::Node);
            QCOMPARE(presented.first().publicKey(), unlocked->keys.id());
            const auto verified = crypto::CertificateChain::verify(
                presented, root, QDateTime::fromMSecsSinceEpoch(chain.tip().time, Qt::UTC));
            QVERIFY2(verified.ok(), qPrintable(verified.error()));
        }

        // The validators are exactly the four validator nodes, and the set changed in the last
        // transaction of the last block, after the five enrollments in that block.
        std::sort(expectedValidators.begin(), expectedValidators.end(),
                  [](const auto &a, const auto &b) { return a.node < b.node; });
        const node::DataDir first(dir.filePath(QStringLiteral("node1")));
        auto ledger = first.openLedgerReadOnly(passphrase());
        QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
        const chain::Ledger &chain = *ledger.value();
        QCOMPARE(chain.state().validators(), expectedValidators);
        using T = chain::TxType;
        QCOMPARE(typesIn(*chain.block(chain.tip().height)),
                 QList<T>({T::EnrollNode, T::EnrollNode, T::EnrollNode, T::EnrollNode,
                           T::EnrollNode, T::SetValidators}));
        QVERIFY(!typesIn(*chain.block(chain.tip().height - 1)).contains(T::EnrollNode));
        const auto last
            = chain::Transaction::decode(chain.block(chain.tip().height)->transactions.last());
        QCOMPARE(std::get<identity::SetValidators>(last->body).validators, expectedValidators);
        QCOMPARE(last->sender, chain.genesis().authority);

        // identities.json lists the nodes too.
        const QJsonArray summarised
            = readJson(dir.filePath(QStringLiteral("identities.json")))[QStringLiteral("nodes")]
                  .toArray();
        QCOMPARE(summarised, listed);
    }

    void fixedPortsFollowTheBasePort()
    {
        QVERIFY(DemoNodes::check({1, 0, 0}).ok());
        QVERIFY(DemoNodes::check({16, 16, 65535 - 31}).ok());
        QVERIFY(!DemoNodes::check({0, 0, 0}).ok());
        QVERIFY(!DemoNodes::check({17, 0, 0}).ok());
        QVERIFY(!DemoNodes::check({1, 17, 0}).ok());
        QVERIFY(!DemoNodes::check({1, -1, 0}).ok());
        QVERIFY(!DemoNodes::check({2, 0, 65535}).ok());
        QVERIFY(!DemoNodes::check({2, 0, -1}).ok());
        QTemporaryDir dir;
        const auto refused = DemoNetwork::create(dir.path(), smallScenario(), passphrase(),
                                                 crypto::Argon2Params::fastInsecureForTests(),
                                                 DemoNodeOptions {0, 0, 0});
        QVERIFY(!refused.ok());
        QVERIFY(QDir(dir.path()).isEmpty());

        const auto summary = DemoNetwork::create(dir.path(), smallScenario(), passphrase(),
                                                 crypto::Argon2Params::fastInsecureForTests(),
                                                 DemoNodeOptions {2, 1, 47000});
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->nodes.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(summary->nodes[i].address, QStringLiteral("127.0.0.1:%1").arg(47000 + i));
        QVERIFY(!summary->nodes[2].validator);
    }
};

QTEST_GUILESS_MAIN(TestDemoNodes)
#include "TestDemoNodes.moc"

// Catching up over TLS on loopback: a fresh replica takes its blocks from two serving peers at
// once and ends at their tip; a peer that serves blocks the chain refuses is cut off and kept
// out while the sync completes from the other; a peer that relays a forged transaction is cut
// off, and the forgery goes no further.
#include "chain/BenchmarkChain.h"
#include "common/Startup.h"
#include "net/PeerNetwork.h"
#include "net/TlsPolicy.h"
#include "node/Node.h"

#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace medchain;
using namespace medchain::net;
using chain::BenchmarkChain;
using chain::Ledger;

namespace {

// The nodes of the test chain's genesis.
constexpr int kServerA = 0; // the validator
constexpr int kServerB = 1;
constexpr int kLiar = 2;
constexpr int kReplica = 3;

/// A short chain (about 33 blocks) whose genesis names four nodes.
std::unique_ptr<BenchmarkChain> makeChain(const QString &folder)
{
    chain::BenchmarkChainOptions options;
    options.transactions = 240;
    options.blockSize = 8;
    options.practitioners = 4;
    options.patients = 12;
    options.extraNodes = 3;
    auto created = BenchmarkChain::create(folder, options);
    if (!created)
        qFatal("cannot create the chain: %s", qPrintable(created.error()));
    if (auto blocks = created.value()->commitWorkload(); !blocks)
        qFatal("cannot commit the chain: %s", qPrintable(blocks.error()));
    return std::move(created).value();
}

/// Certificates are valid from genesis time: the tests' clock runs from a day after it.
std::function<qint64()> clockFor(const BenchmarkChain &chain)
{
    return [base = chain.network.genesis.time + 86'400'000,
            started = QDateTime::currentMSecsSinceEpoch()] {
        return base + QDateTime::currentMSecsSinceEpoch() - started;
    };
}

QSslConfiguration tlsFor(const BenchmarkChain &chain, int node)
{
    return TlsPolicy::configuration(
               chain.network.root,
               {crypto::Certificate::fromDer(chain.nodeCertificates[node]).value()},
               chain.nodeKeys[size_t(node)])
        .value();
}

PeerNetwork::Settings settingsFor(const BenchmarkChain &chain, int node)
{
    PeerNetwork::Settings settings;
    settings.tls = tlsFor(chain, node);
    settings.self = chain.nodeKeys[size_t(node)].publicKey();
    settings.clock = clockFor(chain);
    settings.pollIntervalMs = 100;
    return settings;
}

/// A serving node: its replica and peer network, listening on loopback.
struct Server {
    Server(const BenchmarkChain &chain, int node, std::unique_ptr<Ledger> ledger)
        : self(std::move(ledger), std::nullopt),
          network(self, chain.network.root, settingsFor(chain, node))
    {
        port = network.listen(QHostAddress::LocalHost, 0).value();
    }
    node::Node self;
    PeerNetwork network;
    quint16 port = 0;
};

/// A peer that tells the truth about headers and serves every block with its first transaction
/// swapped for another block's: the header's hash matches, its Merkle root does not. It can also
/// relay transactions as soon as it is connected.
class LyingPeer : public QObject {
public:
    LyingPeer(const BenchmarkChain &chain, std::unique_ptr<Ledger> ledger)
        : m_chain(chain), m_ledger(std::move(ledger))
    {
        m_server.setSslConfiguration(tlsFor(chain, kLiar));
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection()))
                adopt(socket);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    int established = 0;
    int closed = 0;
    bool swapBlocks = true;
    QList<QByteArray> relayOnConnect;

private:
    void adopt(QSslSocket *socket)
    {
        PeerConnection::Settings settings;
        const chain::ChainTip tip = m_ledger->tip();
        settings.protocol.local = {m_chain.network.genesis.chainId,
                                   ProtocolVersion,
                                   m_chain.nodeKeys[kLiar].publicKey(),
                                   tip.height,
                                   tip.hash,
                                   m_chain.network.genesis.hash()};
        settings.clock = clockFor(m_chain);
        settings.admit = [](const chain::IdentityId &) { return Result<void> {}; };
        auto *peer = new PeerConnection(socket, m_chain.network.root, settings, this);
        connect(peer, &PeerConnection::established, this, [this, peer] {
            ++established;
            if (!relayOnConnect.isEmpty())
                (void)peer->send(Transactions {relayOnConnect});
        });
        connect(peer, &PeerConnection::received, this,
                [this, peer](const Message &message) { answer(peer, message); });
        connect(peer, &PeerConnection::closed, this, [this, peer] {
            ++closed;
            peer->deleteLater();
        });
    }

    void answer(PeerConnection *peer, const Message &message)
    {
        if (const auto *ask = std::get_if<GetHeaders>(&message)) {
            Headers reply;
            for (quint64 h = ask->fromHeight; h < ask->fromHeight + ask->count; ++h) {
                const auto header = m_ledger->header(h);
                if (!header)
                    break;
                reply.headers.append({header->encode(), m_ledger->commit(h)->encode()});
            }
            (void)peer->send(reply);
        } else if (const auto *get = std::get_if<GetBlocks>(&message)) {
            Blocks reply;
            for (quint64 h : get->heights) {
                auto block = m_ledger->block(h);
                if (!block)
                    break;
                if (swapBlocks)
                    block->transactions[0] = m_ledger->block(h == 1 ? 2 : 1)->transactions[0];
                reply.blocks.append({block->encode(), m_ledger->commit(h)->encode()});
            }
            (void)peer->send(reply);
        }
    }

    const BenchmarkChain &m_chain;
    std::unique_ptr<Ledger> m_ledger;
    QSslServer m_server;
};

} // namespace

class TestSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void aReplicaSyncsFromTwoPeersAtOnce()
    {
        QTemporaryDir dir;
        const auto chain = makeChain(dir.path());
        const chain::ChainTip served = chain->ledger->tip();
        chain->ledger.reset();
        Server a(
            *chain, kServerA,
            Ledger::open(chain->replicaPath, chain->replicaKey, chain->network.genesis).value());
        Server b(*chain, kServerB,
                 Ledger::openReadOnly(chain->replicaPath, chain->replicaKey, chain->network.genesis)
                     .value());

        node::Node replica(Ledger::open(dir.filePath(QStringLiteral("synced.db")),
                                        chain->replicaKey, chain->network.genesis)
                               .value(),
                           std::nullopt);
        PeerNetwork::Settings settings = settingsFor(*chain, kReplica);
        // One block per request and one request per peer: the work must be shared.
        settings.download.requestsPerPeer = 1;
        settings.download.requestBytes = 1;
        PeerNetwork replicaNet(replica, chain->network.root, settings);
        QSignalSpy progress(&replicaNet, &PeerNetwork::syncProgress);
        replicaNet.connectTo(QStringLiteral("127.0.0.1"), a.port,
                             chain->nodeKeys[kServerA].publicKey());
        replicaNet.connectTo(QStringLiteral("127.0.0.1"), b.port,
                             chain->nodeKeys[kServerB].publicKey());

        QTRY_COMPARE_WITH_TIMEOUT(replica.ledger().tip().height, served.height, 30000);
        QCOMPARE(replica.ledger().tip().hash, served.hash);
        QCOMPARE(replica.ledger().tip().stateHash, served.stateHash);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toULongLong(), served.height);
        const QList<PeerNetwork::PeerStatus> peers = replicaNet.peers();
        QCOMPARE(peers.size(), 2);
        quint64 applied = 0;
        for (const PeerNetwork::PeerStatus &peer : peers) {
            QVERIFY2(peer.blocksApplied > 0, "each serving peer brings part of the chain");
            QCOMPARE(peer.height, served.height);
            applied += peer.blocksApplied;
        }
        QCOMPARE(applied, served.height);
    }

    void aPeerServingAWrongBlockIsCutOff()
    {
        QTemporaryDir dir;
        const auto chain = makeChain(dir.path());
        const chain::ChainTip served = chain->ledger->tip();
        chain->ledger.reset();
        Server honest(
            *chain, kServerA,
            Ledger::open(chain->replicaPath, chain->replicaKey, chain->network.genesis).value());
        LyingPeer liar(
            *chain,
            Ledger::openReadOnly(chain->replicaPath, chain->replicaKey, chain->network.genesis)
                .value());

        node::Node replica(Ledger::open(dir.filePath(QStringLiteral("synced.db")),
                                        chain->replicaKey, chain->network.genesis)
                               .value(),
                           std::nullopt);
        PeerNetwork replicaNet(replica, chain->network.root, settingsFor(*chain, kReplica));
        // The liar first, so that it is asked for blocks; the honest peer while it answers.
        replicaNet.connectTo(QStringLiteral("127.0.0.1"), liar.port(),
                             chain->nodeKeys[kLiar].publicKey());
        QTRY_COMPARE_WITH_TIMEOUT(liar.established, 1, 10000);
        replicaNet.connectTo(QStringLiteral("127.0.0.1"), honest.port,
                             chain->nodeKeys[kServerA].publicKey());

        QTRY_COMPARE_WITH_TIMEOUT(replica.ledger().tip().height, served.height, 30000);
        QCOMPARE(replica.ledger().tip().hash, served.hash);
        QTRY_COMPARE_WITH_TIMEOUT(liar.closed, 1, 10000);
        const QList<PeerNetwork::PeerStatus> peers = replicaNet.peers();
        QCOMPARE(peers.size(), 1);
        QCOMPARE(peers.first().node, chain->nodeKeys[kServerA].publicKey());
        QCOMPARE(peers.first().blocksApplied, served.height);

        // It is kept out: dialled again, it is refused before the handshake.
        replicaNet.connectTo(QStringLiteral("127.0.0.1"), liar.port(),
                             chain->nodeKeys[kLiar].publicKey());
        QTRY_COMPARE_WITH_TIMEOUT(liar.closed, 2, 10000);
        QCOMPARE(liar.established, 1);
        QCOMPARE(replicaNet.peerCount(), 1);
    }

    void aPeerRelayingAForgedTransactionIsCutOff()
    {
        QTemporaryDir dir;
        chain::BenchmarkChainOptions options;
        options.transactions = 4;
        options.practitioners = 2;
        options.patients = 4;
        options.extraNodes = 3;
        const auto chain = BenchmarkChain::create(dir.path(), options).value();
        chain->ledger.reset();
        Server honest(
            *chain, kServerA,
            Ledger::open(chain->replicaPath, chain->replicaKey, chain->network.genesis).value());
        LyingPeer liar(
            *chain,
            Ledger::openReadOnly(chain->replicaPath, chain->replicaKey, chain->network.genesis)
                .value());
        liar.swapBlocks = false;
        QByteArray forged = chain->workload[1];
        forged[forged.size() - 1] = char(forged[forged.size() - 1] ^ 1);
        liar.relayOnConnect = {chain->workload[0], forged};

        node::Node replica(Ledger::open(dir.filePath(QStringLiteral("synced.db")),
                                        chain->replicaKey, chain->network.genesis)
                               .value(),
                           std::nullopt);
        PeerNetwork replicaNet(replica, chain->network.root, settingsFor(*chain, kReplica));
        replicaNet.connectTo(QStringLiteral("127.0.0.1"), honest.port,
                             chain->nodeKeys[kServerA].publicKey());
        QTRY_COMPARE_WITH_TIMEOUT(replicaNet.peerCount(), 1, 10000);
        replicaNet.connectTo(QStringLiteral("127.0.0.1"), liar.port(),
                             chain->nodeKeys[kLiar].publicKey());

        // The good transaction before it is accepted and relayed; the forgery ends the link.
        QTRY_COMPARE_WITH_TIMEOUT(liar.closed, 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(honest.self.pendingCount(), 1, 10000);
        QCOMPARE(replica.pendingCount(), 1);
        QCOMPARE(honest.self.candidates(10).first().bytes, chain->workload[0]);
        QCOMPARE(replicaNet.peerCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "TestSync.moc"

// Two nodes over real TLS on loopback: they shake hands, exchange Hellos and messages; a peer
// the chain does not admit, a peer of another chain and a peer sending garbage are cut off,
// the misbehaving one with a recommendation to keep it out.
#include "../crypto/PkiFixture.h"

#include "common/Startup.h"
#include "net/PeerConnection.h"
#include "net/TlsPolicy.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace medchain;
using namespace medchain::net;

namespace {
struct Node {
    crypto::Ed25519SigningKey key = crypto::Ed25519SigningKey::generate();
    crypto::Certificate certificate;
    explicit Node(const pki::Pki &pki)
        : certificate(pki::take(crypto::CertificateIssuer::issueCertificate(
            pki::nodeRequest(key.publicKey()), pki.institution, pki.institutionKey)))
    {
    }
};

qint64 clock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

PeerConnection::Settings settingsFor(const Node &node,
                                     const QString &chainId = QStringLiteral("medchain-test"))
{
    PeerConnection::Settings settings;
    settings.protocol.local.chainId = chainId;
    settings.protocol.local.node = node.key.publicKey();
    settings.protocol.local.height = 7;
    settings.protocol.local.genesisHash = crypto::sha256(QByteArrayLiteral("genesis"));
    settings.protocol.local.tipHash = crypto::sha256(QByteArrayLiteral("tip"));
    settings.admit = [](const chain::IdentityId &) -> Result<void> { return {}; };
    settings.clock = clock;
    settings.tickIntervalMs = 50;
    return settings;
}

QSslConfiguration tlsFor(const pki::Pki &pki, const Node &node)
{
    return TlsPolicy::configuration(pki.root, {node.certificate, pki.institution}, node.key)
        .value();
}

/// A listening node and one dialling node, each wrapping its socket in a PeerConnection.
struct Link {
    QSslServer server;
    std::unique_ptr<PeerConnection> inbound;
    std::unique_ptr<PeerConnection> outbound;

    Link(const pki::Pki &pki, const Node &listener, PeerConnection::Settings listenerSettings,
         const Node &dialler, PeerConnection::Settings diallerSettings)
    {
        server.setSslConfiguration(tlsFor(pki, listener));
        if (!server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
        QObject::connect(
            &server, &QTcpServer::pendingConnectionAvailable, &server,
            [this, &pki, listenerSettings] {
                auto *socket = qobject_cast<QSslSocket *>(server.nextPendingConnection());
                inbound = std::make_unique<PeerConnection>(socket, pki.root, listenerSettings);
            });
        auto *socket = new QSslSocket;
        socket->setSslConfiguration(tlsFor(pki, dialler));
        QObject::connect(socket, &QSslSocket::sslErrors, socket, [socket](const auto &errors) {
            socket->ignoreSslErrors(TlsPolicy::ignorable(errors));
        });
        QObject::connect(
            socket, &QSslSocket::encrypted, socket, [this, &pki, socket, diallerSettings] {
                outbound = std::make_unique<PeerConnection>(socket, pki.root, diallerSettings);
            });
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    }

    bool waitForBoth()
    {
        return QTest::qWaitFor([this] { return inbound && outbound; }, 5000);
    }
};
} // namespace

class TestPeerConnection : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void twoNodesExchangeHellosAndMessages()
    {
        const pki::Pki pki;
        const Node a(pki), b(pki);
        Link link(pki, a, settingsFor(a), b, settingsFor(b));
        QVERIFY(link.waitForBoth());
        QSignalSpy inEstablished(link.inbound.get(), &PeerConnection::established);
        QSignalSpy outEstablished(link.outbound.get(), &PeerConnection::established);
        QVERIFY(inEstablished.wait(5000) || !inEstablished.isEmpty());
        QVERIFY(outEstablished.count() > 0 || outEstablished.wait(5000));
        QCOMPARE(inEstablished.first().first().value<Hello>().node, b.key.publicKey());
        QCOMPARE(outEstablished.first().first().value<Hello>().node, a.key.publicKey());
        QCOMPARE(link.inbound->peer().value(), b.key.publicKey());

        QSignalSpy received(link.inbound.get(), &PeerConnection::received);
        const Transactions gossip {{QByteArrayLiteral("tx-1"), QByteArrayLiteral("tx-2")}};
        QVERIFY(link.outbound->send(gossip).ok());
        QVERIFY(received.wait(5000));
        QCOMPARE(std::get<Transactions>(received.first().first().value<Message>()), gossip);

        QSignalSpy inClosed(link.inbound.get(), &PeerConnection::closed);
        link.outbound->close(DisconnectReason::Shutdown);
        QVERIFY(inClosed.wait(5000));
        QVERIFY(!inClosed.first().first().value<Disconnect>().discourage);
    }

    void aPeerTheChainDoesNotAdmitIsCutOff()
    {
        const pki::Pki pki;
        const Node a(pki), b(pki);
        auto strict = settingsFor(a);
        strict.admit = [](const chain::IdentityId &) -> Result<void> {
            return Error {QStringLiteral("The peer node has been revoked.")};
        };
        Link link(pki, a, strict, b, settingsFor(b));
        QVERIFY(link.waitForBoth());
        QSignalSpy closed(link.inbound.get(), &PeerConnection::closed);
        QSignalSpy established(link.inbound.get(), &PeerConnection::established);
        QVERIFY(closed.count() > 0 || closed.wait(5000));
        const auto why = closed.first().first().value<Disconnect>();
        QCOMPARE(why.reason, DisconnectReason::Discouraged);
        QVERIFY(why.discourage);
        QVERIFY(why.detail.contains(QLatin1String("revoked")));
        QCOMPARE(established.count(), 0);
        QVERIFY(!link.inbound->send(Ping {1}).ok());
    }

    void aPeerOfAnotherChainIsCutOff()
    {
        const pki::Pki pki;
        const Node a(pki), b(pki);
        Link link(pki, a, settingsFor(a), b, settingsFor(b, QStringLiteral("another-chain")));
        QVERIFY(link.waitForBoth());
        QSignalSpy closed(link.inbound.get(), &PeerConnection::closed);
        QVERIFY(closed.count() > 0 || closed.wait(5000));
        QCOMPARE(closed.first().first().value<Disconnect>().reason, DisconnectReason::WrongChain);
    }

    void aPeerSendingGarbageIsCutOffAndDiscouraged()
    {
        const pki::Pki pki;
        const Node a(pki), b(pki);
        Link link(pki, a, settingsFor(a), b, settingsFor(b));
        QVERIFY(link.waitForBoth());
        QSignalSpy established(link.inbound.get(), &PeerConnection::established);
        QVERIFY(established.count() > 0 || established.wait(5000));
        QSignalSpy closed(link.inbound.get(), &PeerConnection::closed);
        // A frame of 5 bytes that are no CBOR message, written around the protocol.
        auto *raw = link.outbound->findChild<QSslSocket *>();
        QVERIFY(raw);
        raw->write(QByteArray::fromHex("0000000561626364ff"));
        QVERIFY(closed.wait(5000));
        const auto why = closed.first().first().value<Disconnect>();
        QCOMPARE(why.reason, DisconnectReason::Malformed);
        QVERIFY(why.discourage);
    }
};

QTEST_GUILESS_MAIN(TestPeerConnection)
#include "TestPeerConnection.moc"

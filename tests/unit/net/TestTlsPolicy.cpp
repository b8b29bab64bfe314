// Peer connections over real TLS on loopback: two nodes of one network shake hands with TLS 1.3
// and know each other by key; a peer without a certificate, with one from another root, with a
// certificate that is not a node's, or speaking TLS 1.2 is not accepted.
#include "../crypto/PkiFixture.h"

#include "common/Startup.h"
#include "net/TlsPolicy.h"

#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace medchain;
using net::TlsPolicy;

namespace {
/// A second node of the fixture's institution.
struct SecondNode {
    crypto::Ed25519SigningKey key = crypto::Ed25519SigningKey::generate();
    crypto::Certificate certificate;
    explicit SecondNode(const pki::Pki &pki)
        : certificate(pki::take(crypto::CertificateIssuer::issueCertificate(
            pki::nodeRequest(key.publicKey()), pki.institution, pki.institutionKey)))
    {
    }
};

QSslConfiguration configFor(const pki::Pki &network, const crypto::Certificate &leaf,
                            const crypto::Ed25519SigningKey &key)
{
    auto config = TlsPolicy::configuration(network.root, {leaf, network.institution}, key);
    if (!config)
        qFatal("no TLS configuration: %s", qPrintable(config.error()));
    return config.value();
}

/// What became of one connection attempt, on both sides.
struct Outcome {
    bool clientEncrypted = false;
    QSslSocket *accepted = nullptr; // the server's side, once its handshake completed
};

Outcome attempt(QSslServer &server, QSslSocket &client, const QSslConfiguration &clientConfig)
{
    client.setSslConfiguration(clientConfig);
    QObject::connect(&client, &QSslSocket::sslErrors, &client, [&client](const auto &errors) {
        client.ignoreSslErrors(TlsPolicy::ignorable(errors));
    });
    QSignalSpy encrypted(&client, &QSslSocket::encrypted);
    QSignalSpy pending(&server, &QTcpServer::pendingConnectionAvailable);
    QSignalSpy closed(&client, &QAbstractSocket::disconnected);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    // Wait until the server accepted the connection or the client was let go.
    for (int i = 0; i < 100 && pending.isEmpty() && closed.isEmpty(); ++i)
        QTest::qWait(50);
    Outcome outcome;
    outcome.clientEncrypted = !encrypted.isEmpty() && closed.isEmpty();
    if (!pending.isEmpty())
        outcome.accepted = qobject_cast<QSslSocket *>(server.nextPendingConnection());
    return outcome;
}
} // namespace

class TestTlsPolicy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        QVERIFY(QSslSocket::supportsSsl());
    }

    void twoNodesOfOneNetworkKnowEachOtherByKey()
    {
        const pki::Pki network;
        const SecondNode second(network);
        QSslServer server;
        server.setSslConfiguration(configFor(network, network.node, network.nodeKey));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QSslSocket client;
        const Outcome outcome
            = attempt(server, client, configFor(network, second.certificate, second.key));
        QVERIFY(outcome.accepted);
        QVERIFY(outcome.clientEncrypted);
        QCOMPARE(client.sessionProtocol(), QSsl::TlsV1_3);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(TlsPolicy::peerIdentity(client, network.root, now).value(),
                 network.nodeKey.publicKey());
        QCOMPARE(TlsPolicy::peerIdentity(*outcome.accepted, network.root, now).value(),
                 second.key.publicKey());
    }

    void aPeerWithoutACertificateIsRefused()
    {
        const pki::Pki network;
        QSslServer server;
        server.setSslConfiguration(configFor(network, network.node, network.nodeKey));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QSslConfiguration anonymous;
        anonymous.setProtocol(QSsl::TlsV1_3OrLater);
        anonymous.setCaCertificates({QSslCertificate(network.root.der(), QSsl::Der)});
        QSslSocket client;
        const Outcome outcome = attempt(server, client, anonymous);
        QVERIFY(!outcome.accepted);
        QVERIFY(!outcome.clientEncrypted);
    }

    void aPeerOfAnotherNetworkIsRefused()
    {
        const pki::Pki network;
        const pki::Pki other;
        QSslServer server;
        server.setSslConfiguration(configFor(network, network.node, network.nodeKey));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        // The stranger trusts our root, so only our side's check can refuse it.
        auto config = configFor(other, other.node, other.nodeKey);
        config.setCaCertificates({QSslCertificate(network.root.der(), QSsl::Der)});
        QSslSocket client;
        const Outcome outcome = attempt(server, client, config);
        QVERIFY(!outcome.accepted);
        QVERIFY(!outcome.clientEncrypted);
    }

    void aCertificateThatIsNotANodesIsNotAPeer()
    {
        const pki::Pki network;
        QSslServer server;
        server.setSslConfiguration(configFor(network, network.node, network.nodeKey));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QSslSocket client;
        const Outcome outcome = attempt(
            server, client, configFor(network, network.practitioner, network.practitionerKey));
        // TLS may or may not take it (that depends on its key usage); as a peer it never counts.
        if (outcome.accepted) {
            const auto identity = TlsPolicy::peerIdentity(*outcome.accepted, network.root,
                                                          QDateTime::currentDateTimeUtc());
            QVERIFY(!identity.ok());
            QVERIFY2(identity.error().contains(QLatin1String("node")),
                     qPrintable(identity.error()));
        }
    }

    void tls12IsRefused()
    {
        const pki::Pki network;
        const SecondNode second(network);
        QSslServer server;
        server.setSslConfiguration(configFor(network, network.node, network.nodeKey));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        auto config = configFor(network, second.certificate, second.key);
        config.setProtocol(QSsl::TlsV1_2);
        QSslSocket client;
        const Outcome outcome = attempt(server, client, config);
        QVERIFY(!outcome.accepted);
        QVERIFY(!outcome.clientEncrypted);
    }

    void onlyAHostNameMismatchIsIgnorable()
    {
        const pki::Pki network;
        const QSslCertificate certificate(network.node.der(), QSsl::Der);
        const QList<QSslError> errors {
            QSslError(QSslError::HostNameMismatch, certificate),
            QSslError(QSslError::CertificateExpired, certificate),
            QSslError(QSslError::UnableToGetLocalIssuerCertificate, certificate)};
        const QList<QSslError> ignored = TlsPolicy::ignorable(errors);
        QCOMPARE(ignored.size(), 1);
        QCOMPARE(ignored.first().error(), QSslError::HostNameMismatch);
    }
};

QTEST_MAIN(TestTlsPolicy)
#include "TestTlsPolicy.moc"

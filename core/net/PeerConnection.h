// One peer over TLS, in the node's thread: the socket (already encrypted), the peer's identity
// from its certificate (TlsPolicy), the chain's verdict on it (an admission callback, normally
// PeerAdmission::check) and the wire protocol (PeerProtocol) fed from the socket.
#pragma once

#include "crypto/Certificate.h"
#include "net/PeerProtocol.h"

#include <QObject>

#include <functional>
#include <optional>

class QSslSocket;
class QTimer;

namespace medchain::net {

class PeerConnection : public QObject {
    Q_OBJECT
public:
    struct Settings {
        PeerProtocol::Config protocol; // our Hello and the limits
        /// The chain's verdict on an authenticated peer: an error closes the connection.
        std::function<Result<void>(const chain::IdentityId &)> admit;
        std::function<qint64()> clock; // ms since the Unix epoch
        /// Outbound: the node we meant to reach; another certificate closes the connection.
        std::optional<chain::IdentityId> expectedPeer;
        int tickIntervalMs = 1000; // how often the protocol's timers are looked at
    };

    /// Runs the protocol on an encrypted socket (outbound after encrypted(), or inbound from a
    /// QSslServer), which it takes over. The first signal is established() or closed().
    /// root: the genesis root certificate, the only trust anchor.
    PeerConnection(QSslSocket *socket, crypto::Certificate root, Settings settings,
                   QObject *parent = nullptr);
    ~PeerConnection() override;

    /// The peer's node key, once its certificate was checked.
    const std::optional<chain::IdentityId> &peer() const { return m_peer; }
    bool isEstablished() const { return m_established; }
    /// Queues a message for the peer (see PeerProtocol::send).
    Result<void> send(const Message &message);
    /// Ends the connection from our side, saying why.
    void close(DisconnectReason reason);

signals:
    void established(const medchain::net::Hello &peer);
    void received(const medchain::net::Message &message);
    /// Once per connection; the socket is closing.
    void closed(const medchain::net::Disconnect &why);

private:
    void begin();
    void process(const PeerOutput &output);
    void finish(const Disconnect &why);
    qint64 now() const { return m_settings.clock(); }

    QSslSocket *m_socket;
    crypto::Certificate m_root;
    Settings m_settings;
    std::optional<PeerProtocol> m_protocol;
    std::optional<chain::IdentityId> m_peer;
    QTimer *m_timer = nullptr;
    bool m_established = false;
    bool m_closed = false;
};

} // namespace medchain::net

Q_DECLARE_METATYPE(medchain::net::Hello)
Q_DECLARE_METATYPE(medchain::net::Message)
Q_DECLARE_METATYPE(medchain::net::Disconnect)

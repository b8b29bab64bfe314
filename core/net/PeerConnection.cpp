#include "net/PeerConnection.h"

#include "net/TlsPolicy.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTimer>

namespace medchain::net {

PeerConnection::PeerConnection(QSslSocket *socket, crypto::Certificate root, Settings settings,
                               QObject *parent)
    : QObject(parent), m_socket(socket), m_root(std::move(root)), m_settings(std::move(settings))
{
    m_socket->setParent(this);
    // Whatever happens, the first signal must reach connections made after construction.
    QMetaObject::invokeMethod(this, &PeerConnection::begin, Qt::QueuedConnection);
}

PeerConnection::~PeerConnection() = default;

void PeerConnection::begin()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        finish({DisconnectReason::PeerSaidGoodbye, false, tr("The peer closed the connection.")});
        return;
    }
    const qint64 at = now();
    auto identity
        = TlsPolicy::peerIdentity(*m_socket, m_root, QDateTime::fromMSecsSinceEpoch(at, Qt::UTC));
    if (!identity) {
        finish({DisconnectReason::IdentityMismatch, true, identity.error()});
        return;
    }
    m_peer = identity.value();
    if (m_settings.expectedPeer && *m_settings.expectedPeer != *m_peer) {
        finish({DisconnectReason::IdentityMismatch, false,
                tr("The peer's certificate is another node's than the one dialled.")});
        return;
    }
    if (auto ok = m_settings.admit(*m_peer); !ok) {
        finish({DisconnectReason::Discouraged, true, ok.error()});
        return;
    }
    PeerProtocol::Config config = m_settings.protocol;
    config.authenticatedPeer = m_peer;
    m_protocol.emplace(std::move(config), at);

    connect(m_socket, &QSslSocket::readyRead, this,
            [this] { process(m_protocol->receive(m_socket->readAll(), now())); });
    connect(m_socket, &QIODevice::bytesWritten, this,
            [this](qint64 count) { m_protocol->bytesWritten(count); });
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        finish({DisconnectReason::PeerSaidGoodbye, false, tr("The peer closed the connection.")});
    });
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, [this] { process(m_protocol->tick(now())); });
    m_timer->start(m_settings.tickIntervalMs);
    process(m_protocol->start());
    if (m_socket->bytesAvailable() > 0) // bytes that came with the handshake
        process(m_protocol->receive(m_socket->readAll(), now()));
}

Result<void> PeerConnection::send(const Message &message)
{
    if (m_closed || !m_protocol)
        return Error {tr("The connection is not open.")};
    auto framed = m_protocol->send(message, now());
    if (!framed) {
        if (const auto &why = m_protocol->disconnect())
            finish(*why);
        return framed.failure();
    }
    m_socket->write(framed.value());
    return {};
}

void PeerConnection::close(DisconnectReason reason)
{
    if (m_closed || !m_protocol) {
        finish({reason, false, QString()});
        return;
    }
    process(m_protocol->close(reason, now()));
}

void PeerConnection::process(const PeerOutput &output)
{
    if (m_closed)
        return;
    if (!output.toSend.isEmpty())
        m_socket->write(output.toSend);
    for (const Message &message : output.messages) {
        if (!m_established && std::holds_alternative<Hello>(message)) {
            m_established = true;
            emit established(std::get<Hello>(message));
        } else {
            emit received(message);
        }
        if (m_closed)
            return;
    }
    if (output.disconnect)
        finish(*output.disconnect);
}

void PeerConnection::finish(const Disconnect &why)
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_timer)
        m_timer->stop();
    m_socket->disconnect(this); // no readyRead or disconnected after this
    m_socket->disconnectFromHost(); // after what is queued has been written
    emit closed(why);
}

} // namespace medchain::net

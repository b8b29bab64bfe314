// The TLS side of a peer connection (DESIGN.md §2): TLS 1.3 only; both ends present a node
// certificate that chains to the genesis root, and nothing else is trusted (no system CA
// store). A peer is known by the Ed25519 key its certificate certifies, not by a host name.
#pragma once

#include "chain/ChainTypes.h"
#include "common/Result.h"
#include "crypto/Certificate.h"

#include <QCoreApplication>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>

class QSslSocket;

namespace medchain::net {

class TlsPolicy {
    Q_DECLARE_TR_FUNCTIONS(TlsPolicy)
public:
    /// The configuration for both ends of a peer connection: TLS 1.3 or later, the node's own
    /// certificate with its issuers (ownChain: leaf first, the root may be left out), its key,
    /// the genesis root as the only CA, and the peer's certificate required.
    static Result<QSslConfiguration> configuration(const crypto::Certificate &root,
                                                   const QList<crypto::Certificate> &ownChain,
                                                   const crypto::Ed25519SigningKey &key);
    /// The handshake errors a peer connection may ignore: a host name that does not match the
    /// certificate's, since peers are known by key. Any other error must end the handshake.
    static QList<QSslError> ignorable(const QList<QSslError> &errors);
    /// After the handshake: the peer's node identity, its chain checked again (our own
    /// verification, independent of the TLS library's) against root at `at`.
    static Result<chain::IdentityId>
    peerIdentity(const QSslSocket &socket, const crypto::Certificate &root, const QDateTime &at);
};

} // namespace medchain::net

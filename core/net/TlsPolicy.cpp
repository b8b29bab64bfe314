#include "net/TlsPolicy.h"

#include "crypto/CertificateChain.h"
#include "crypto/TlsPrivateKeyHandle.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace medchain::net {

Result<QSslConfiguration> TlsPolicy::configuration(const crypto::Certificate &root,
                                                   const QList<crypto::Certificate> &ownChain,
                                                   const crypto::Ed25519SigningKey &key)
{
    if (ownChain.isEmpty())
        return Error {tr("A peer connection needs this node's certificate.")};
    auto handle = crypto::TlsPrivateKeyHandle::fromSigningKey(key);
    if (!handle)
        return handle.failure();
    const QSslKey privateKey(handle->release(), QSsl::PrivateKey);
    if (privateKey.isNull())
        return Error {tr("The TLS library did not take the node's key.")};

    QSslConfiguration config;
    config.setProtocol(QSsl::TlsV1_3OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setCaCertificates({QSslCertificate(root.der(), QSsl::Der)});
    config.setLocalCertificate(QSslCertificate(ownChain.first().der(), QSsl::Der));
    QList<QSslCertificate> chain;
    for (const crypto::Certificate &certificate : ownChain)
        chain.append(QSslCertificate(certificate.der(), QSsl::Der));
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(privateKey);
    return config;
}

QList<QSslError> TlsPolicy::ignorable(const QList<QSslError> &errors)
{
    QList<QSslError> ignored;
    for (const QSslError &error : errors)
        if (error.error() == QSslError::HostNameMismatch)
            ignored.append(error);
    return ignored;
}

Result<chain::IdentityId> TlsPolicy::peerIdentity(const QSslSocket &socket,
                                                  const crypto::Certificate &root,
                                                  const QDateTime &at)
{
    const QList<QSslCertificate> presented = socket.peerCertificateChain();
    if (presented.isEmpty())
        return Error {tr("The peer presented no certificate.")};
    QList<crypto::Certificate> chain;
    for (const QSslCertificate &certificate : presented) {
        auto parsed = crypto::Certificate::fromDer(certificate.toDer());
        if (!parsed)
            return Error {
                tr("The peer's certificate is not a MedChain certificate: %1").arg(parsed.error())};
        chain.append(std::move(parsed).value());
    }
    if (chain.first().role() != crypto::CertificateRole::Node)
        return Error {tr("The peer's certificate is not a node's.")};
    if (auto ok = crypto::CertificateChain::verify(chain, root, at); !ok)
        return Error {
            tr("The peer's certificate does not chain to this network's root: %1").arg(ok.error())};
    return chain.first().publicKey();
}

} // namespace medchain::net

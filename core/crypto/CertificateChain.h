// Verifies that a certificate chains to the genesis root at a given time (OpenSSL X509_STORE).
// The root passed in is the only trust anchor: no system CA store is ever consulted.
#pragma once

#include "common/Result.h"
#include "crypto/Certificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace medchain::crypto {

class CertificateChain {
    Q_DECLARE_TR_FUNCTIONS(CertificateChain)
public:
    /// chainLeafFirst: the certificate to check, then the CAs between it and trustedRoot (the
    /// root may end the list too). Checks signatures, validity at `at`, CA flags, key usage and
    /// path lengths, strictly per RFC 5280; says in words which certificate failed and why.
    /// As in OpenSSL, a certificate counts as expired from its notAfter second on.
    static Result<void> verify(const QList<Certificate> &chainLeafFirst,
                               const Certificate &trustedRoot, const QDateTime &at);
};

} // namespace medchain::crypto

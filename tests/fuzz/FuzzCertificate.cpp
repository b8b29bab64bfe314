// Fuzz target: X.509 certificate parsing, which every peer's TLS certificate and every enrolment
// transaction goes through. The first byte picks the parser: even for DER, odd for PEM. Nothing
// may crash; what parses keeps exactly its DER bytes and satisfies the profile in Certificate.h.
#include "crypto/Certificate.h"

#include <cstdint>
#include <cstdlib>

namespace {
using namespace medchain::crypto;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

// Every accessor, and the promises Certificate.h makes about a parsed certificate.
void exercise(const Certificate &certificate)
{
    require(!certificate.der().isEmpty());
    require(certificate.fingerprint() == sha256(certificate.der()));
    const auto again = Certificate::fromDer(certificate.der());
    require(again.ok() && again.value() == certificate);
    const auto fromPem = Certificate::fromPem(certificate.toPem());
    require(fromPem.ok() && fromPem.value() == certificate);

    require(!certificate.subjectName().trimmed().isEmpty());
    require(!certificateRoleName(certificate.role()).isEmpty());
    require(isValidRegionCode(certificate.regionCode()));
    require(!certificate.serialHex().isEmpty());
    require(certificate.notBefore().isValid() && certificate.notAfter().isValid());
    require(certificate.notBefore() <= certificate.notAfter());
    require(certificate.isCa() || certificate.pathLength() == -1);
    require(!(certificate.isCa() && isLeafOnlyRole(certificate.role())));
    require(certificate.pathLength() >= -1);
    (void)certificate.organisation();
    (void)certificate.issuerName();
    (void)certificate.publicKey().toByteArray();
    (void)certificate.dnsNames();
    for (const QHostAddress &address : certificate.ipAddresses())
        require(!address.isNull());
    // The answer depends on the bytes; it must merely come back.
    (void)certificate.isIssuedBy(certificate);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(data + 1, qsizetype(size - 1));
    if (data[0] % 2 == 0) {
        const auto certificate = Certificate::fromDer(input);
        if (certificate.ok()) {
            require(certificate->der() == input);
            exercise(certificate.value());
        }
    } else {
        const auto certificate = Certificate::fromPem(input);
        if (certificate.ok())
            exercise(certificate.value());
    }
    return 0;
}

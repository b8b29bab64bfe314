#include "crypto/CertificateIssuer.h"

#include "crypto/Random.h"
#include "crypto/SecureBuffer.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace medchain::crypto {

namespace {

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using PKeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using BignumPtr = std::unique_ptr<BIGNUM, decltype(&BN_free)>;
using IntegerPtr = std::unique_ptr<ASN1_INTEGER, decltype(&ASN1_INTEGER_free)>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, decltype(&X509_EXTENSION_free)>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, decltype(&GENERAL_NAMES_free)>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, decltype(&GENERAL_NAME_free)>;

constexpr qsizetype kMaxNameLength = 64; // RFC 5280 upper bounds for CN, O and OU
constexpr int kMaxPathLength = 8;
constexpr int kSerialBytes = 16; // 128 random bits, encoded as a positive INTEGER
constexpr int kFirstYear = 1950; // UTCTime's first year; GeneralizedTime ends at 9999
constexpr int kLastYear = 9999;

// OpenSSL's thread-local error queue must not leak into Qt's TLS backend, which reads it.
struct ErrorQueueGuard {
    ~ErrorQueueGuard() { ERR_clear_error(); }
};

Error refuse(const QString &why)
{
    return Error {CertificateIssuer::tr("Cannot issue the certificate: %1").arg(why)};
}

Error opensslFailed()
{
    const char *reason = ERR_reason_error_string(ERR_peek_last_error());
    return refuse(CertificateIssuer::tr("OpenSSL reported an error (%1).")
                      .arg(QLatin1String(reason ? reason : "no details")));
}

qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}

bool isDnsName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QString &label : name.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            if (!((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
                  || u == u'-'))
                return false;
        }
    }
    return true;
}

QString isoText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

Result<void> validate(const CertificateRequest &request)
{
    if (request.commonName.trimmed().isEmpty()
        || characterCount(request.commonName) > kMaxNameLength)
        return refuse(
            CertificateIssuer::tr("the name must have 1 to %1 characters.").arg(kMaxNameLength));
    if (characterCount(request.organisation) > kMaxNameLength)
        return refuse(CertificateIssuer::tr("the organisation must have at most %1 characters.")
                          .arg(kMaxNameLength));
    if (!isValidRegionCode(request.regionCode))
        return refuse(CertificateIssuer::tr(
                          "the region code \"%1\" is not 1 to 16 letters, digits or hyphens.")
                          .arg(request.regionCode));
    const QDateTime from = request.notBefore.toUTC();
    const QDateTime until = request.notAfter.toUTC();
    if (!from.isValid() || !until.isValid() || from.date().year() < kFirstYear
        || until.date().year() > kLastYear)
        return refuse(CertificateIssuer::tr("the validity must lie between the years %1 and %2.")
                          .arg(kFirstYear)
                          .arg(kLastYear));
    if (from.toSecsSinceEpoch() >= until.toSecsSinceEpoch())
        return refuse(CertificateIssuer::tr("the validity must end after it starts."));
    if (request.isCa && isLeafOnlyRole(request.role))
        return refuse(CertificateIssuer::tr("a %1 certificate may not be a certificate authority.")
                          .arg(certificateRoleName(request.role)));
    if (request.isCa && (request.pathLength < 0 || request.pathLength > kMaxPathLength))
        return refuse(
            CertificateIssuer::tr("the path length must be between 0 and %1.").arg(kMaxPathLength));
    const bool hasAltNames = !request.dnsNames.isEmpty() || !request.ipAddresses.isEmpty();
    if (hasAltNames && request.role != CertificateRole::Node)
        return refuse(
            CertificateIssuer::tr("only node certificates carry DNS names or IP addresses."));
    for (const QString &dnsName : request.dnsNames) {
        if (!isDnsName(dnsName))
            return refuse(CertificateIssuer::tr("\"%1\" is not a valid DNS name.").arg(dnsName));
    }
    for (const QHostAddress &address : request.ipAddresses) {
        if (address.protocol() != QAbstractSocket::IPv4Protocol
            && address.protocol() != QAbstractSocket::IPv6Protocol)
            return refuse(CertificateIssuer::tr("\"%1\" is not an IPv4 or IPv6 address.")
                              .arg(address.toString()));
    }
    return {};
}

bool addNameEntry(X509_NAME *name, int nid, const QString &value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_NID(name, nid, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      static_cast<int>(utf8.size()), -1, 0)
        == 1;
}

bool setRandomSerial(X509 *cert)
{
    BignumPtr number(nullptr, &BN_free);
    while (!number || BN_is_zero(number.get())) {
        const QByteArray bytes = randomBytes(kSerialBytes);
        number.reset(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                               kSerialBytes, nullptr));
        if (!number)
            return false;
    }
    IntegerPtr serial(BN_to_ASN1_INTEGER(number.get(), nullptr), &ASN1_INTEGER_free);
    return serial && X509_set_serialNumber(cert, serial.get()) == 1;
}

bool addExtension(X509 *cert, X509V3_CTX *context, int nid, const QByteArray &value)
{
    ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, context, nid, value.constData()),
                           &X509_EXTENSION_free);
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

/// Appends a name of the given GEN_* type; takes ownership of value (which may be null).
bool addGeneralName(GENERAL_NAMES *names, int type, ASN1_STRING *value)
{
    GeneralNamePtr name(GENERAL_NAME_new(), &GENERAL_NAME_free);
    if (!name || !value) {
        ASN1_STRING_free(value);
        return false;
    }
    GENERAL_NAME_set0_value(name.get(), type, value);
    if (sk_GENERAL_NAME_push(names, name.get()) <= 0)
        return false;
    name.release();
    return true;
}

/// A new ASN.1 string of the given V_ASN1_* type holding bytes, or null.
ASN1_STRING *asn1String(int type, const QByteArray &bytes)
{
    ASN1_STRING *value = ASN1_STRING_type_new(type);
    if (value && ASN1_STRING_set(value, bytes.constData(), static_cast<int>(bytes.size())) != 1) {
        ASN1_STRING_free(value);
        return nullptr;
    }
    return value;
}

QByteArray networkOrderBytes(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 ipv4 = address.toIPv4Address();
        QByteArray bytes(4, Qt::Uninitialized);
        for (int i = 0; i < 4; ++i)
            bytes[i] = static_cast<char>((ipv4 >> (24 - 8 * i)) & 0xff);
        return bytes;
    }
    const Q_IPV6ADDR ipv6 = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(ipv6.c), sizeof(ipv6.c));
}

bool addSubjectAltName(X509 *cert, const CertificateRequest &request)
{
    GeneralNamesPtr names(sk_GENERAL_NAME_new_null(), &GENERAL_NAMES_free);
    if (!names)
        return false;
    for (const QString &dnsName : request.dnsNames) {
        if (!addGeneralName(names.get(), GEN_DNS, asn1String(V_ASN1_IA5STRING, dnsName.toLatin1())))
            return false;
    }
    for (const QHostAddress &address : request.ipAddresses) {
        if (!addGeneralName(names.get(), GEN_IPADD,
                            asn1String(V_ASN1_OCTET_STRING, networkOrderBytes(address))))
            return false;
    }
    return X509_add1_ext_i2d(cert, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

bool addExtensions(X509 *cert, X509 *issuer, const CertificateRequest &request)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    const QByteArray basicConstraints = request.isCa
        ? QByteArrayLiteral("critical,CA:TRUE,pathlen:") + QByteArray::number(request.pathLength)
        : QByteArrayLiteral("critical,CA:FALSE");
    const QByteArray keyUsage = request.isCa ? QByteArrayLiteral("critical,keyCertSign,cRLSign")
                                             : QByteArrayLiteral("critical,digitalSignature");
    if (!addExtension(cert, &context, NID_basic_constraints, basicConstraints)
        || !addExtension(cert, &context, NID_key_usage, keyUsage)
        || !addExtension(cert, &context, NID_subject_key_identifier, QByteArrayLiteral("hash")))
        return false;
    // A root has no authority above it; RFC 5280 §4.2.1.1 lets it omit the identifier.
    if (issuer
        && !addExtension(cert, &context, NID_authority_key_identifier,
                         QByteArrayLiteral("keyid:always")))
        return false;
    if (request.role == CertificateRole::Node
        && !addExtension(cert, &context, NID_ext_key_usage,
                         QByteArrayLiteral("serverAuth,clientAuth")))
        return false;
    if (!request.dnsNames.isEmpty() || !request.ipAddresses.isEmpty())
        return addSubjectAltName(cert, request);
    return true;
}

// The seed leaves guarded memory only for OpenSSL's own copy, which EVP_PKEY_free wipes.
PKeyPtr opensslPrivateKey(const Ed25519SigningKey &key)
{
    const SecureBuffer seed = key.seed();
    return PKeyPtr(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), seed.size()),
        &EVP_PKEY_free);
}

/// Builds and signs the certificate; issuer is null for a self-signed root.
Result<Certificate> build(const CertificateRequest &request, X509 *issuer,
                          const Ed25519SigningKey &signingKey)
{
    X509Ptr cert(X509_new(), &X509_free);
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get()))
        return opensslFailed();

    X509_NAME *subject = X509_get_subject_name(cert.get());
    if (!addNameEntry(subject, NID_stateOrProvinceName, request.regionCode)
        || !addNameEntry(subject, NID_organizationName, request.organisation)
        || !addNameEntry(subject, NID_organizationalUnitName, certificateRoleName(request.role))
        || !addNameEntry(subject, NID_commonName, request.commonName))
        return opensslFailed();
    if (X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : subject) != 1)
        return opensslFailed();

    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), request.notBefore.toSecsSinceEpoch())
        || !ASN1_TIME_set(X509_getm_notAfter(cert.get()), request.notAfter.toSecsSinceEpoch()))
        return opensslFailed();

    PKeyPtr subjectKey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                   request.subjectKey.bytes.data(),
                                                   request.subjectKey.bytes.size()),
                       &EVP_PKEY_free);
    if (!subjectKey || X509_set_pubkey(cert.get(), subjectKey.get()) != 1)
        return opensslFailed();
    if (!addExtensions(cert.get(), issuer, request))
        return opensslFailed();

    {
        const PKeyPtr signer = opensslPrivateKey(signingKey);
        // Ed25519 hashes internally (PureEdDSA): no digest is passed.
        if (!signer || X509_sign(cert.get(), signer.get(), nullptr) <= 0)
            return opensslFailed();
    }

    const int size = i2d_X509(cert.get(), nullptr);
    if (size <= 0)
        return opensslFailed();
    QByteArray der(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_X509(cert.get(), &out) != size)
        return opensslFailed();

    auto certificate = Certificate::fromDer(der);
    if (!certificate)
        return refuse(certificate.error());
    return certificate;
}

} // namespace

Result<Certificate> CertificateIssuer::issueSelfSignedRoot(const CertificateRequest &request,
                                                           const Ed25519SigningKey &rootKey)
{
    ErrorQueueGuard guard;
    if (auto valid = validate(request); !valid)
        return Error {valid.error()};
    if (!request.isCa)
        return refuse(tr("a root certificate must be a certificate authority."));
    if (request.subjectKey != rootKey.publicKey())
        return refuse(tr("a root certificate must certify the key that signs it."));
    return build(request, nullptr, rootKey);
}

Result<Certificate> CertificateIssuer::issueCertificate(const CertificateRequest &request,
                                                        const Certificate &issuer,
                                                        const Ed25519SigningKey &issuerKey)
{
    ErrorQueueGuard guard;
    if (auto valid = validate(request); !valid)
        return Error {valid.error()};
    if (!issuer.isCa())
        return refuse(tr("\"%1\" is not a certificate authority.").arg(issuer.subjectName()));
    if (issuerKey.publicKey() != issuer.publicKey())
        return refuse(tr("the signing key does not belong to \"%1\".").arg(issuer.subjectName()));
    if (request.isCa && issuer.pathLength() == 0)
        return refuse(
            tr("\"%1\" may not certify other certificate authorities.").arg(issuer.subjectName()));
    if (request.isCa && issuer.pathLength() > 0 && request.pathLength >= issuer.pathLength())
        return refuse(tr("a certificate authority below \"%1\" must have a path length below %2.")
                          .arg(issuer.subjectName())
                          .arg(issuer.pathLength()));
    if (request.notBefore.toSecsSinceEpoch() < issuer.notBefore().toSecsSinceEpoch()
        || request.notAfter.toSecsSinceEpoch() > issuer.notAfter().toSecsSinceEpoch())
        return refuse(tr("the validity %1 to %2 lies outside that of \"%3\" (%4 to %5).")
                          .arg(isoText(request.notBefore), isoText(request.notAfter),
                               issuer.subjectName(), isoText(issuer.notBefore()),
                               isoText(issuer.notAfter())));

    const auto *begin = reinterpret_cast<const unsigned char *>(issuer.der().constData());
    X509Ptr issuerX509(d2i_X509(nullptr, &begin, static_cast<long>(issuer.der().size())),
                       &X509_free);
    if (!issuerX509)
        return opensslFailed();
    return build(request, issuerX509.get(), issuerKey);
}

} // namespace medchain::crypto

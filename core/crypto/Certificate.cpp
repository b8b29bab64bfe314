#include "crypto/Certificate.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QDate>
#include <QTime>

#include <climits>
#include <ctime>
#include <memory>

namespace medchain::crypto {

namespace {

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using BignumPtr = std::unique_ptr<BIGNUM, decltype(&BN_free)>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, decltype(&GENERAL_NAMES_free)>;
using AuthorityKeyIdPtr = std::unique_ptr<AUTHORITY_KEYID, decltype(&AUTHORITY_KEYID_free)>;

constexpr char kPemBegin[] = "-----BEGIN CERTIFICATE-----";
constexpr char kPemEnd[] = "-----END CERTIFICATE-----";
constexpr int kMaxSerialBytes = 20; // RFC 5280 §4.1.2.2

struct RoleName {
    CertificateRole role;
    const char *name;
};

constexpr RoleName kRoleNames[] = {
    {CertificateRole::Authority, "authority"},
    {CertificateRole::Institution, "institution"},
    {CertificateRole::Practitioner, "practitioner"},
    {CertificateRole::Patient, "patient"},
    {CertificateRole::Node, "node"},
};

// OpenSSL's thread-local error queue must not leak into Qt's TLS backend, which reads it.
struct ErrorQueueGuard {
    ~ErrorQueueGuard() { ERR_clear_error(); }
};

QString utf8Of(const ASN1_STRING *value)
{
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

/// The values of every attribute of kind nid in name, in order.
QStringList attributeValues(const X509_NAME *name, int nid)
{
    QStringList values;
    for (int index = X509_NAME_get_index_by_NID(name, nid, -1); index >= 0;
         index = X509_NAME_get_index_by_NID(name, nid, index))
        values.append(utf8Of(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index))));
    return values;
}

std::optional<QDateTime> dateTimeOf(const ASN1_TIME *time)
{
    std::tm parts {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return std::nullopt;
    const QDate date(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday);
    const QTime clock(parts.tm_hour, parts.tm_min, parts.tm_sec);
    if (!date.isValid() || !clock.isValid())
        return std::nullopt;
    return QDateTime(date, clock, Qt::UTC);
}

Error invalid(const QString &why)
{
    return Error {Certificate::tr("The certificate is not valid: %1").arg(why)};
}

struct Subject {
    QString commonName;
    QString organisation;
    CertificateRole role = CertificateRole::Patient;
    QString regionCode;
};

struct AltNames {
    QStringList dnsNames;
    QList<QHostAddress> ipAddresses;
};

/// Exactly one certificate in canonical DER: two encodings of one certificate would have two
/// fingerprints.
Result<X509Ptr> decodeCanonical(QByteArrayView der)
{
    if (der.isEmpty())
        return Error {Certificate::tr("The certificate is empty.")};
    const auto *begin = reinterpret_cast<const unsigned char *>(der.data());
    const unsigned char *cursor = begin;
    X509Ptr x509(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())), &X509_free);
    if (!x509)
        return Error {Certificate::tr("The data is not an X.509 certificate, or it is truncated.")};
    if (cursor != begin + der.size())
        return Error {Certificate::tr("The certificate is followed by %1 unexpected bytes.")
                          .arg(der.size() - (cursor - begin))};
    const int size = i2d_X509(x509.get(), nullptr);
    QByteArray reencoded(size > 0 ? size : 0, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(reencoded.data());
    if (size <= 0 || i2d_X509(x509.get(), &out) != size || reencoded != der)
        return invalid(Certificate::tr("it is not encoded in canonical DER."));
    return x509;
}

/// A certificate that fromDer() accepted once, parsed again; null only when memory runs out.
X509Ptr parsed(const QByteArray &der)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &begin, static_cast<long>(der.size())), &X509_free);
}

/// RFC 5280 §4.2.1.1: the subject's authority key identifier, when it has one, names issuer.
bool authorityKeyIdMatches(X509 *subject, X509 *issuer)
{
    // X509_check_akid() reads issuer's cached extensions; asking for the flags fills the cache.
    X509_get_extension_flags(issuer);
    const AuthorityKeyIdPtr keyId(static_cast<AUTHORITY_KEYID *>(X509_get_ext_d2i(
                                      subject, NID_authority_key_identifier, nullptr, nullptr)),
                                  &AUTHORITY_KEYID_free);
    return X509_check_akid(issuer, keyId.get()) == X509_V_OK;
}

/// Version 3, signed with Ed25519 (the same algorithm inside and outside the signed part) and
/// certifying an Ed25519 key (RFC 8410).
Result<Ed25519PublicKey> readEd25519Key(X509 *x509)
{
    if (X509_get_version(x509) != X509_VERSION_3)
        return invalid(Certificate::tr("only X.509 version 3 certificates are accepted."));
    const X509_ALGOR *outerAlgorithm = nullptr;
    X509_get0_signature(nullptr, &outerAlgorithm, x509);
    if (X509_get_signature_nid(x509) != NID_ED25519 || !outerAlgorithm
        || X509_ALGOR_cmp(outerAlgorithm, X509_get0_tbs_sigalg(x509)) != 0)
        return invalid(
            Certificate::tr("it is not signed with Ed25519, the only signature MedChain accepts."));

    ASN1_OBJECT *keyAlgorithm = nullptr;
    X509_PUBKEY_get0_param(&keyAlgorithm, nullptr, nullptr, nullptr, X509_get_X509_PUBKEY(x509));
    const int keyNid = keyAlgorithm ? OBJ_obj2nid(keyAlgorithm) : NID_undef;
    if (keyNid != NID_ED25519) {
        const char *keyName = keyNid != NID_undef ? OBJ_nid2ln(keyNid) : "unknown";
        return invalid(
            Certificate::tr("its public key is of type %1; MedChain accepts only Ed25519 keys.")
                .arg(QString::fromLatin1(keyName)));
    }
    Ed25519PublicKey key;
    std::size_t size = key.bytes.size();
    const EVP_PKEY *publicKey = X509_get0_pubkey(x509);
    if (!publicKey || EVP_PKEY_get_raw_public_key(publicKey, key.bytes.data(), &size) != 1
        || size != key.bytes.size())
        return invalid(Certificate::tr("its Ed25519 public key is malformed."));
    return key;
}

Result<Subject> readSubject(const X509_NAME *name)
{
    const QStringList commonNames = attributeValues(name, NID_commonName);
    const QStringList organisations = attributeValues(name, NID_organizationName);
    const QStringList roles = attributeValues(name, NID_organizationalUnitName);
    const QStringList regions = attributeValues(name, NID_stateOrProvinceName);
    if (commonNames.size() != 1 || commonNames.front().trimmed().isEmpty())
        return invalid(Certificate::tr("its subject must have exactly one non-empty common name."));
    if (organisations.size() > 1)
        return invalid(Certificate::tr("its subject names more than one organisation."));
    const auto role = roles.size() == 1 ? certificateRoleFromName(roles.front()) : std::nullopt;
    if (!role)
        return invalid(Certificate::tr("its subject does not name exactly one MedChain role."));
    if (regions.size() != 1 || !isValidRegionCode(regions.front()))
        return invalid(
            Certificate::tr("its subject does not carry exactly one valid region code."));
    return Subject {commonNames.front(), organisations.value(0), *role, regions.front()};
}

/// The serial's big-endian magnitude; RFC 5280 §4.1.2.2 wants it positive and short.
Result<QByteArray> readSerial(const X509 *x509)
{
    BignumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(x509), nullptr), &BN_free);
    if (!serial || BN_is_negative(serial.get()) || BN_is_zero(serial.get())
        || BN_num_bytes(serial.get()) > kMaxSerialBytes)
        return invalid(
            Certificate::tr("its serial number must be positive and at most 20 bytes long."));
    QByteArray magnitude(BN_num_bytes(serial.get()), Qt::Uninitialized);
    BN_bn2bin(serial.get(), reinterpret_cast<unsigned char *>(magnitude.data()));
    return magnitude;
}

Result<AltNames> readAltNames(const X509 *x509)
{
    AltNames result;
    GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(
                              X509_get_ext_d2i(x509, NID_subject_alt_name, nullptr, nullptr)),
                          &GENERAL_NAMES_free);
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_DNS) {
            result.dnsNames.append(utf8Of(name->d.dNSName));
        } else if (name->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *ip = name->d.iPAddress;
            const unsigned char *bytes = ASN1_STRING_get0_data(ip);
            if (ASN1_STRING_length(ip) == 4)
                result.ipAddresses.append(
                    QHostAddress((quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16)
                                 | (quint32(bytes[2]) << 8) | quint32(bytes[3])));
            else if (ASN1_STRING_length(ip) == 16)
                result.ipAddresses.append(QHostAddress(bytes));
            else
                return invalid(Certificate::tr("it names a malformed IP address."));
        }
    }
    return result;
}

} // namespace

QString certificateRoleName(CertificateRole role)
{
    for (const RoleName &entry : kRoleNames) {
        if (entry.role == role)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<CertificateRole> certificateRoleFromName(QStringView name)
{
    for (const RoleName &entry : kRoleNames) {
        if (name == QLatin1String(entry.name))
            return entry.role;
    }
    return std::nullopt;
}

bool isValidRegionCode(QStringView code)
{
    if (code.isEmpty() || code.size() > 16)
        return false;
    for (const QChar c : code) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
              || u == u'-'))
            return false;
    }
    return true;
}

bool isLeafOnlyRole(CertificateRole role)
{
    return role == CertificateRole::Practitioner || role == CertificateRole::Patient
        || role == CertificateRole::Node;
}

Result<Certificate> Certificate::fromDer(QByteArrayView der)
{
    ErrorQueueGuard guard;
    auto decoded = decodeCanonical(der);
    if (!decoded)
        return Error {decoded.error()};
    X509 *x509 = decoded.value().get();
    auto key = readEd25519Key(x509);
    if (!key)
        return Error {key.error()};

    // OpenSSL decodes the extensions lazily; asking for their flags forces it.
    const std::uint32_t flags = X509_get_extension_flags(x509);
    if (flags & EXFLAG_INVALID)
        return invalid(tr("one of its extensions is malformed or repeated."));
    if (flags & EXFLAG_CRITICAL)
        return invalid(tr("it has a critical extension that MedChain does not understand."));
    const bool isCa = (flags & EXFLAG_CA) != 0;

    auto subject = readSubject(X509_get_subject_name(x509));
    if (!subject)
        return Error {subject.error()};
    if (isLeafOnlyRole(subject->role) && isCa)
        return invalid(tr("a %1 certificate may not be a certificate authority.")
                           .arg(certificateRoleName(subject->role)));
    auto serial = readSerial(x509);
    if (!serial)
        return Error {serial.error()};
    const auto notBefore = dateTimeOf(X509_get0_notBefore(x509));
    const auto notAfter = dateTimeOf(X509_get0_notAfter(x509));
    if (!notBefore || !notAfter || *notAfter < *notBefore)
        return invalid(tr("its validity period is malformed."));
    auto altNames = readAltNames(x509);
    if (!altNames)
        return Error {altNames.error()};

    Certificate certificate;
    certificate.m_der = der.toByteArray();
    certificate.m_subjectName = subject->commonName;
    certificate.m_organisation = subject->organisation;
    certificate.m_role = subject->role;
    certificate.m_regionCode = subject->regionCode;
    certificate.m_issuerName = attributeValues(X509_get_issuer_name(x509), NID_commonName).value(0);
    certificate.m_publicKey = key.value();
    certificate.m_serial = std::move(serial).value();
    certificate.m_notBefore = *notBefore;
    certificate.m_notAfter = *notAfter;
    certificate.m_isCa = isCa;
    // OpenSSL reports a path length as a long; any value past int's range is as good as none.
    const long pathLength = X509_get_pathlen(x509);
    certificate.m_pathLength
        = isCa && pathLength >= 0 && pathLength <= INT_MAX ? static_cast<int>(pathLength) : -1;
    certificate.m_dnsNames = altNames->dnsNames;
    certificate.m_ipAddresses = altNames->ipAddresses;
    return certificate;
}

Result<Certificate> Certificate::fromPem(QByteArrayView pem)
{
    const QByteArray text = pem.toByteArray().trimmed();
    const QByteArrayView begin(kPemBegin);
    const QByteArrayView end(kPemEnd);
    if (!text.startsWith(begin) || !text.endsWith(end) || text.size() < begin.size() + end.size())
        return Error {tr("The text is not a PEM certificate: it must start with \"%1\" and end "
                         "with \"%2\".")
                          .arg(QLatin1String(kPemBegin), QLatin1String(kPemEnd))};

    QByteArray body = text.mid(begin.size(), text.size() - begin.size() - end.size());
    body.replace('\r', QByteArray()).replace('\n', QByteArray());
    if (body.contains('-'))
        return Error {tr("The PEM text holds more than one block; give one certificate.")};
    const auto decoded
        = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error {tr("The PEM certificate is not valid Base64.")};
    return fromDer(*decoded);
}

Result<void> Certificate::isIssuedBy(const Certificate &issuer) const
{
    ErrorQueueGuard guard;
    const auto notIssued = [&](const QString &why) {
        return Error {tr("The certificate of \"%1\" was not issued by \"%2\": %3")
                          .arg(m_subjectName, issuer.m_subjectName, why)};
    };
    const X509Ptr subject = parsed(m_der);
    const X509Ptr authority = parsed(issuer.m_der);
    if (!subject || !authority)
        return notIssued(tr("the certificates could not be read."));

    // The same name comparison OpenSSL's path building makes (RFC 5280 §7.1).
    if (X509_NAME_cmp(X509_get_issuer_name(subject.get()), X509_get_subject_name(authority.get()))
        != 0)
        return notIssued(tr("it names a different issuer."));
    if (!authorityKeyIdMatches(subject.get(), authority.get()))
        return notIssued(tr("its authority key identifier belongs to another key."));
    // X509_get_key_usage() reports every usage when the extension is absent.
    if (!issuer.isCa() || (X509_get_key_usage(authority.get()) & KU_KEY_CERT_SIGN) == 0)
        return notIssued(tr("\"%1\" is not a certificate authority.").arg(issuer.m_subjectName));
    if (X509_verify(subject.get(), X509_get0_pubkey(authority.get())) != 1)
        return notIssued(tr("its signature does not verify under the issuer's key."));
    return {};
}

QByteArray Certificate::toPem() const
{
    const QByteArray base64 = m_der.toBase64();
    QByteArray pem(kPemBegin);
    pem.append('\n');
    for (qsizetype offset = 0; offset < base64.size(); offset += 64)
        pem.append(base64.mid(offset, 64)).append('\n');
    pem.append(kPemEnd).append('\n');
    return pem;
}

Sha256Digest Certificate::fingerprint() const
{
    return sha256(m_der);
}

QString Certificate::serialHex() const
{
    return QString::fromLatin1(m_serial.toHex());
}

} // namespace medchain::crypto

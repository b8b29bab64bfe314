#include "crypto/CertificateChain.h"

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>
#include <utility>
#include <vector>

namespace medchain::crypto {

namespace {

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using StorePtr = std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)>;
using StoreContextPtr = std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)>;

struct StackDeleter {
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
using StackPtr = std::unique_ptr<STACK_OF(X509), StackDeleter>;

// OpenSSL's thread-local error queue must not leak into Qt's TLS backend, which reads it.
struct ErrorQueueGuard {
    ~ErrorQueueGuard() { ERR_clear_error(); }
};

X509Ptr toX509(const Certificate &certificate)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(certificate.der().constData());
    return X509Ptr(d2i_X509(nullptr, &begin, static_cast<long>(certificate.der().size())),
                   &X509_free);
}

QString isoText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString describe(int error, const Certificate &certificate)
{
    const QString name = certificate.subjectName();
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return CertificateChain::tr("The certificate of \"%1\" expired on %2.")
            .arg(name, isoText(certificate.notAfter()));
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return CertificateChain::tr("The certificate of \"%1\" is not valid before %2.")
            .arg(name, isoText(certificate.notBefore()));
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_UNTRUSTED:
        return CertificateChain::tr(
                   "The certificate of \"%1\" was not issued by a trusted authority.")
            .arg(name);
    case X509_V_ERR_INVALID_CA:
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        return CertificateChain::tr(
                   "\"%1\" is not a certificate authority, so certificates it signed are not "
                   "valid.")
            .arg(name);
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        return CertificateChain::tr(
                   "\"%1\" may not have certificate authorities below it, but the chain has "
                   "one (path length exceeded).")
            .arg(name);
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
    case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
        return CertificateChain::tr(
                   "The signature on the certificate of \"%1\" does not verify: the "
                   "certificate was altered or forged.")
            .arg(name);
    default:
        return CertificateChain::tr("The certificate of \"%1\" failed verification: %2.")
            .arg(name, QString::fromUtf8(X509_verify_cert_error_string(error)));
    }
}

} // namespace

Result<void> CertificateChain::verify(const QList<Certificate> &chainLeafFirst,
                                      const Certificate &trustedRoot, const QDateTime &at)
{
    ErrorQueueGuard guard;
    if (chainLeafFirst.isEmpty())
        return Error {tr("There is no certificate to verify.")};
    if (!at.isValid())
        return Error {tr("A certificate chain can only be verified at a valid time.")};

    // Keeps each parsed certificate next to the one it came from, to name it in errors.
    std::vector<std::pair<X509Ptr, const Certificate *>> parsed;
    for (const Certificate &certificate : chainLeafFirst)
        parsed.emplace_back(toX509(certificate), &certificate);
    parsed.emplace_back(toX509(trustedRoot), &trustedRoot);

    StorePtr store(X509_STORE_new(), &X509_STORE_free);
    StackPtr untrusted(sk_X509_new_null());
    StoreContextPtr context(X509_STORE_CTX_new(), &X509_STORE_CTX_free);
    bool ready = store && untrusted && context;
    for (const auto &[x509, source] : parsed)
        ready = ready && x509;
    // Only the root goes into the store, and the store never loads the system's CA paths.
    ready = ready && X509_STORE_add_cert(store.get(), parsed.back().first.get()) == 1;
    for (std::size_t i = 1; ready && i + 1 < parsed.size(); ++i) {
        X509 *intermediate = parsed[i].first.get();
        ready = X509_up_ref(intermediate) == 1; // the stack owns one reference of its own
        if (ready && sk_X509_push(untrusted.get(), intermediate) <= 0) {
            X509_free(intermediate);
            ready = false;
        }
    }
    ready = ready
        && X509_STORE_CTX_init(context.get(), store.get(), parsed.front().first.get(),
                               untrusted.get())
            == 1;
    if (!ready)
        return Error {tr("The certificate chain could not be prepared for verification.")};

    X509_VERIFY_PARAM *parameters = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(parameters, static_cast<time_t>(at.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_flags(parameters,
                                X509_V_FLAG_X509_STRICT | X509_V_FLAG_CHECK_SS_SIGNATURE);

    if (X509_verify_cert(context.get()) == 1)
        return {};

    const int error = X509_STORE_CTX_get_error(context.get());
    const X509 *failing = X509_STORE_CTX_get_current_cert(context.get());
    const Certificate *culprit = parsed.front().second;
    for (const auto &[x509, source] : parsed) {
        if (x509.get() == failing)
            culprit = source;
    }
    return Error {describe(error, *culprit)};
}

} // namespace medchain::crypto

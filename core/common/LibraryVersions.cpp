#include "common/LibraryVersions.h"

#include "crypto/Crypto.h"
#include "storage/SqlCipherLibrary.h"

#include <QSslSocket>
#include <QtGlobal>

namespace medchain {

QList<LibraryVersion> libraryVersions()
{
    QString tls = QSslSocket::sslLibraryVersionString();
    if (tls.isEmpty())
        tls = QStringLiteral("-");
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("libsodium"), crypto::Crypto::sodiumVersion()},
        {QStringLiteral("OpenSSL (libcrypto)"), crypto::Crypto::opensslVersion()},
        {QStringLiteral("Qt Network TLS"), tls},
        {QStringLiteral("SQLCipher"), storage::sqlcipherVersion()},
    };
}

} // namespace medchain

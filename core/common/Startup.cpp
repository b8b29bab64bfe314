#include "common/Startup.h"

#include "common/BuildInfo.h"
#include "crypto/Crypto.h"

namespace medchain {

void Startup::setApplicationMetadata(const QString &binaryName)
{
    QCoreApplication::setApplicationName(binaryName);
    QCoreApplication::setApplicationVersion(QStringLiteral(MEDCHAIN_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral(MEDCHAIN_ORGANIZATION));
    QCoreApplication::setOrganizationDomain(QStringLiteral(MEDCHAIN_ORGANIZATION_DOMAIN));
}

Result<void> Startup::initialiseCore()
{
    return crypto::Crypto::initialise();
}

QString Startup::refusalMessage(const QString &reason)
{
    return tr("MedChain cannot start because its cryptography self-test failed: %1\n"
              "Reinstall MedChain; if this persists, report it together with the version that "
              "--version prints.")
        .arg(reason);
}

} // namespace medchain

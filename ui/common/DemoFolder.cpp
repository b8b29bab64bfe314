#include "common/DemoFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace medchain::ui {

namespace {
const auto kNetworkFile = QStringLiteral("network.json");
const auto kIdentitiesFile = QStringLiteral("identities.json");
} // namespace

crypto::SecureBuffer DemoFolder::passphrase()
{
    return crypto::SecureBuffer::copyOf(
        {reinterpret_cast<const std::uint8_t *>(Passphrase), std::strlen(Passphrase)});
}

bool DemoFolder::exists() const
{
    return QFileInfo::exists(QDir(m_root).filePath(kNetworkFile));
}

Result<QJsonObject> DemoFolder::readJson(const QString &name) const
{
    const QString path = QDir(m_root).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("io")};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return Error {tr("%1 is damaged (%2). Delete the demo folder %3 to have it made again.")
                          .arg(QDir::toNativeSeparators(path), error.errorString(),
                               QDir::toNativeSeparators(m_root)),
                      QStringLiteral("damaged")};
    return document.object();
}

Result<QStringList> DemoFolder::nodeFolders() const
{
    auto network = readJson(kNetworkFile);
    if (!network)
        return network.failure();
    QStringList folders;
    const QJsonArray nodes = network->value(QStringLiteral("nodes")).toArray();
    for (const QJsonValue &node : nodes) {
        const QString folder = node.toObject().value(QStringLiteral("folder")).toString();
        if (folder.isEmpty() || QDir::isAbsolutePath(folder)
            || folder.contains(QLatin1String("..")))
            return Error {tr("%1 names a node folder that is not inside the demo folder.")
                              .arg(QDir::toNativeSeparators(QDir(m_root).filePath(kNetworkFile))),
                          QStringLiteral("damaged")};
        folders.append(QDir(m_root).absoluteFilePath(folder));
    }
    if (folders.isEmpty())
        return Error {tr("%1 lists no nodes.")
                          .arg(QDir::toNativeSeparators(QDir(m_root).filePath(kNetworkFile))),
                      QStringLiteral("damaged")};
    return folders;
}

Result<QList<demo::DemoIdentity>> DemoFolder::identities() const
{
    auto summary = readJson(kIdentitiesFile);
    if (!summary)
        return summary.failure();
    QList<demo::DemoIdentity> people;
    const QJsonArray listed = summary->value(QStringLiteral("identities")).toArray();
    for (const QJsonValue &value : listed) {
        const QJsonObject who = value.toObject();
        demo::DemoIdentity identity {who.value(QStringLiteral("role")).toString(),
                                     who.value(QStringLiteral("name")).toString(),
                                     who.value(QStringLiteral("keystore")).toString(),
                                     who.value(QStringLiteral("identity")).toString(),
                                     who.value(QStringLiteral("detail")).toString()};
        if (identity.keystore.isEmpty() || QDir::isAbsolutePath(identity.keystore)
            || identity.keystore.contains(QLatin1String("..")))
            continue;
        people.append(identity);
    }
    return people;
}

QString DemoFolder::keystorePath(const demo::DemoIdentity &who) const
{
    return QDir(m_root).absoluteFilePath(who.keystore);
}

} // namespace medchain::ui

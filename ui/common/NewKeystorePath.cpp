#include "common/NewKeystorePath.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace medchain::ui {

QString NewKeystorePath::withSuffix(const QString &typed)
{
    if (typed.isEmpty() || !QFileInfo(typed).suffix().isEmpty())
        return typed;
    return typed + QStringLiteral(".mcid");
}

QString NewKeystorePath::suggestion(const QString &name, const QString &fallback)
{
    static const QString kRefused = QStringLiteral("/\\:*?\"<>|");
    QString file;
    for (const QChar c : name.trimmed())
        file.append(c.isPrint() && !kRefused.contains(c) ? c : QLatin1Char('-'));
    if (file.isEmpty())
        file = fallback;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).filePath(file + QStringLiteral(".mcid"));
}

QString NewKeystorePath::problem(const QString &path)
{
    if (path.isEmpty())
        return tr("Choose where to save the new keystore.");
    if (!QDir::isAbsolutePath(path))
        return tr("Give the keystore's full path, or choose it with Browse.");
    const QFileInfo file(path);
    if (file.exists())
        return tr("%1 already exists. Choose another file: a keystore is never written over "
                  "another.")
            .arg(QDir::toNativeSeparators(path));
    if (!file.absoluteDir().exists())
        return tr("The folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(file.absolutePath()));
    return QString();
}

} // namespace medchain::ui

// Test support: the embedded catalog, and copies of embedded resource folders with one file
// changed, for the tests that feed damaged data to the loaders.
#pragma once

#include "demo/Catalog.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <functional>

namespace medchain::demo::test {

/// The embedded catalog; a test binary cannot do anything useful without it.
inline Catalog loadCatalog()
{
    auto catalog = Catalog::load();
    if (!catalog)
        qFatal("%s", qPrintable(catalog.error()));
    return catalog.value();
}

/// Copies every file of the resource folder `prefix` (":/catalog") to `dir`, with `transform`
/// applied to the text of `file`.
inline bool copyResources(const QString &prefix, const QString &dir, const QString &file,
                          const std::function<QString(QString)> &transform)
{
    for (const QString &name : QDir(prefix).entryList(QDir::Files)) {
        QFile in(prefix + QLatin1Char('/') + name);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        QString text = QString::fromUtf8(in.readAll());
        if (name == file)
            text = transform(text);
        QFile out(dir + QLatin1Char('/') + name);
        if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0)
            return false;
    }
    return true;
}

} // namespace medchain::demo::test

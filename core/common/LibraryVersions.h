// The libraries MedChain runs on and their versions as linked at run time,
// for the About dialog, `medchain-cli info` and bug reports.
#pragma once

#include <QList>
#include <QString>

namespace medchain {

struct LibraryVersion {
    QString name;
    QString version;
};

QList<LibraryVersion> libraryVersions();

} // namespace medchain

// What every MedChain binary does before anything else: set its identity for QSettings and
// paths, and pass the crypto self-tests. A binary that fails the gate must not start.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace medchain {

class Startup {
    Q_DECLARE_TR_FUNCTIONS(Startup)
public:
    /// Sets application name, version and organisation; call before creating the application.
    static void setApplicationMetadata(const QString &binaryName);
    /// Initialises the crypto library and runs its known-answer self-tests.
    static Result<void> initialiseCore();
    /// The message a binary prints when initialiseCore() fails.
    static QString refusalMessage(const QString &reason);
};

} // namespace medchain

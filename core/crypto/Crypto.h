// The crypto facade's entry point: library initialisation, self-tests and versions.
// Call initialise() once before any other crypto function; every binary does so at start.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace medchain::crypto {

class Crypto {
    Q_DECLARE_TR_FUNCTIONS(Crypto)
public:
    /// Initialises libsodium and runs the known-answer self-tests; safe to call more than once.
    static Result<void> initialise();

    static QString sodiumVersion();
    static QString opensslVersion();
};

} // namespace medchain::crypto

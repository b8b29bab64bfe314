// Opening an identity keystore off the GUI thread (it derives a key for about half a second),
// and the words for its failures: a wrong passphrase is said plainly.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "identity/Keystore.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace medchain::ui {

/// An opened keystore and the passphrase that opened it (a desktop's node opens with it too).
struct UnlockedKeystore {
    QString path;
    identity::UnlockedIdentity identity;
    crypto::SecureBuffer passphrase;
};

class KeystoreUnlock {
    Q_DECLARE_TR_FUNCTIONS(KeystoreUnlock)
public:
    using Done = std::function<void(Result<UnlockedKeystore>)>;

    /// Unlocks path with passphrase (NFC UTF-8) on a worker thread; done runs in context's
    /// thread, unless context is gone by then. The keystore file is only read.
    static void start(QObject *context, const QString &path, crypto::SecureBuffer passphrase,
                      Done done);

    /// What to tell the user about a failed unlock.
    static QString message(const Error &error);
};

} // namespace medchain::ui

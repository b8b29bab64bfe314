#include "common/KeystoreUnlock.h"

#include "common/Background.h"

namespace medchain::ui {

void KeystoreUnlock::start(QObject *context, const QString &path, crypto::SecureBuffer passphrase,
                           Done done)
{
    runInBackground(
        context,
        [path, passphrase = std::move(passphrase)]() mutable -> Result<UnlockedKeystore> {
            auto unlocked = identity::Keystore::unlock(path, passphrase);
            if (!unlocked)
                return unlocked.failure();
            return UnlockedKeystore {path, std::move(unlocked).value(), std::move(passphrase)};
        },
        std::move(done));
}

QString KeystoreUnlock::message(const Error &error)
{
    if (error.code == QLatin1String("wrong-passphrase"))
        return tr("Wrong passphrase: it does not open this keystore. Check Caps Lock and the "
                  "keyboard layout, and try again.");
    return error.message;
}

} // namespace medchain::ui

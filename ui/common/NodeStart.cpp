#include "common/NodeStart.h"

#include "common/Background.h"
#include "node/NodeClient.h"

#include <QThread>

namespace medchain::ui {

void NodeStart::inBackground(QObject *context, const QString &folder,
                             crypto::SecureBuffer passphrase, Done done)
{
    QThread *home = context->thread();
    runInBackground(
        context,
        [folder, passphrase = std::move(passphrase), home] {
            // The client's queued signals go to the thread it lives in: start() makes it in
            // this worker, so it moves to the receiver's thread before the worker ends.
            auto started = node::NodeClient::start(folder, passphrase);
            if (started)
                started.value()->moveToThread(home);
            return started;
        },
        std::move(done));
}

} // namespace medchain::ui

#include "client/ReaderThread.h"

#include "node/DataDir.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace medchain::client {

struct ReaderThread::State {
    std::unique_ptr<chain::Ledger> ledger; // touched only on the reader thread
    std::atomic<bool> stopping = false;
    std::unique_ptr<QObject> context; // lives in the reader thread: jobs are queued to it
};

ReaderThread::ReaderThread(const QString &folder, crypto::SecureBuffer passphrase,
                           std::function<void(const Result<void> &)> opened)
    : m_thread(std::make_unique<QThread>()), m_state(std::make_shared<State>())
{
    m_thread->setObjectName(QStringLiteral("medchain-reader"));
    m_state->context = std::make_unique<QObject>();
    m_state->context->moveToThread(m_thread.get());
    m_thread->start();
    auto key = std::make_shared<crypto::SecureBuffer>(std::move(passphrase));
    QMetaObject::invokeMethod(
        m_state->context.get(),
        [state = m_state, folder, key, opened = std::move(opened)] {
            auto ledger = node::DataDir(folder).openLedgerReadOnly(*key);
            *key = crypto::SecureBuffer(); // wiped: the passphrase is needed no longer
            if (!ledger) {
                opened(ledger.failure());
                return;
            }
            state->ledger = std::move(ledger).value();
            opened(Result<void> {});
        },
        Qt::QueuedConnection);
}

ReaderThread::~ReaderThread()
{
    m_state->stopping = true;
    m_thread->quit();
    m_thread->wait();
    // The context and the ledger belong to the finished thread; destroying them here is safe
    // now that it runs no more.
    m_state->context.reset();
    m_state->ledger.reset();
}

void ReaderThread::post(Job job)
{
    QMetaObject::invokeMethod(
        m_state->context.get(),
        [state = m_state, job = std::move(job)] {
            if (state->stopping || !state->ledger)
                return;
            // A failed refresh keeps the previous view: still a consistent, committed state.
            (void)state->ledger->refreshTip();
            job(*state->ledger);
        },
        Qt::QueuedConnection);
}

} // namespace medchain::client

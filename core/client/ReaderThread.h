// The session's reader: a thread of its own with a read-only connection to the node's replica
// (WAL), so queries never wait on a commit and never run on the GUI thread.
#pragma once

#include "chain/Ledger.h"
#include "crypto/SecureBuffer.h"

#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace medchain::client {

class ReaderThread {
public:
    using Job = std::function<void(const chain::Ledger &ledger)>;

    /// Opens the replica in folder on the new thread (deriving its key takes about half a
    /// second); opened is then called there with the outcome.
    ReaderThread(const QString &folder, crypto::SecureBuffer passphrase,
                 std::function<void(const Result<void> &)> opened);
    /// Finishes the job running, drops the queued ones and joins the thread.
    ~ReaderThread();
    ReaderThread(const ReaderThread &) = delete;
    ReaderThread &operator=(const ReaderThread &) = delete;

    /// Runs job on the reader thread after the jobs before it, on a ledger refreshed to the
    /// latest commit. Dropped when the replica could not be opened.
    void post(Job job);

private:
    struct State;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<State> m_state;
};

} // namespace medchain::client

// runInBackground: slow work (key derivation, starting a node, making the demo) off the GUI
// thread, its result handed back in the GUI thread. Results whose receiver is gone are dropped.
#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace medchain::ui {

/// Runs work() on the global thread pool, then done(result) in the GUI thread if context still
/// exists; otherwise the result is destroyed there unused. Results may be move-only. The
/// application waits for running work when it ends (QCoreApplication's destructor), and
/// qApp, not context, carries the reply, so no pointer to a deleted object is ever used.
template <typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done)
{
    using Value = std::invoke_result_t<Work &>;
    QPointer<QObject> guard(context);
    // std::function needs a copyable callable, and work or done may hold move-only secrets.
    auto job = std::make_shared<Work>(std::move(work));
    auto reply = std::make_shared<Done>(std::move(done));
    QThreadPool::globalInstance()->start([guard, job, reply]() mutable {
        auto value = std::make_shared<Value>((*job)());
        // Moved on, so the result and done are destroyed in the GUI thread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard = std::move(guard), reply = std::move(reply), value = std::move(value)] {
                if (guard)
                    (*reply)(std::move(*value));
            },
            Qt::QueuedConnection);
    });
}

} // namespace medchain::ui

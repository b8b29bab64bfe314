// SIGTERM and SIGINT turned into a Qt signal, so the node shuts down through its event loop:
// the handler only writes a byte to a socket pair; a QSocketNotifier reads it in the main thread.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace medchain::nodeapp {

class UnixSignals : public QObject {
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;
    /// False if the socket pair or the handlers could not be set up.
    bool isWatching() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace medchain::nodeapp

// The status bar's network part: "N peers · height H", a progress bar while the replica catches
// up, or why there is nothing to show ("Starting node…", "No network").
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace medchain::node {
struct SyncStatus;
}

namespace medchain::ui {

class NetworkStatus : public QWidget {
    Q_OBJECT
public:
    enum class State { NoNetwork, Starting, Running };

    explicit NetworkStatus(QWidget *parent = nullptr);

    State state() const { return m_state; }
    void setNoNetwork();
    void setStarting();
    void setStatus(const node::SyncStatus &status);

    /// For tests: what the label says and whether the catch-up bar shows.
    QString text() const;
    const QProgressBar *progressBar() const { return m_progress; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    State m_state = State::NoNetwork;
    int m_peers = 0;
    quint64 m_height = 0;
    quint64 m_target = 0;
};

} // namespace medchain::ui

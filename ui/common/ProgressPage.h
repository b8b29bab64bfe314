// The page the window shows while the demo is made or a node starts: what is happening, how far
// along (or a busy bar when that is unknown), and a plain message if it failed.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace medchain::ui {

class ProgressPage : public QWidget {
    Q_OBJECT
public:
    enum class Purpose { DemoNetwork, Node };

    explicit ProgressPage(QWidget *parent = nullptr);

    /// What the title and the note explain: making and starting the demo, or starting a node.
    void setPurpose(Purpose purpose);

    /// A step of a known length: stage (translated), done of total.
    void setProgress(const QString &stage, qint64 done, qint64 total);
    /// Work of unknown length, e.g. "Starting the nodes…".
    void setBusy(const QString &what);
    /// It failed: the message, and a Quit button.
    void setFailure(const QString &message);

    QString stage() const;
    QString failure() const;
    const QProgressBar *progressBar() const { return m_bar; }

signals:
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Purpose m_purpose = Purpose::DemoNetwork;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_stage = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_failure = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace medchain::ui

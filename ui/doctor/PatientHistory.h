// The selected patient's authorized history: the timeline, and the record the doctor opens (Enter,
// click or "Open record") in full with its proof. Every opening is receipted on chain with the
// header's purpose; the status line follows the receipt until the chain has it.
#pragma once

#include "client/ClientTypes.h"

#include <QWidget>

#include <functional>
#include <map>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class PatientTimelineLoader;
class PendingActions;
class RecordFilterModel;
class RecordTimelineModel;

class PatientHistory : public QWidget {
    Q_OBJECT
public:
    /// purpose says what a record opened now is read for; session must outlive the widget.
    PatientHistory(client::Session &session, std::function<QString()> purpose,
                   QWidget *parent = nullptr);

    /// Shows patient's history (streamed), or nothing.
    void setPatient(const std::optional<client::IdentityId> &patient);
    /// Reads the history again, keeping the selection and the record shown.
    void reload();
    /// True once the current patient's history has been read whole (an empty one counts).
    bool isReady() const { return m_ready; }
    /// Selects (without opening) record when it is in the timeline, now or once loaded.
    void selectRecord(const client::Hash &record);
    /// The record shown in the detail pane, if any.
    const std::optional<client::RecordDetail> &shownRecord() const { return m_shown; }

public slots:
    /// Opens the selected record: reads it in full and receipts the read.
    void openSelected();

signals:
    /// The current patient's history has been read whole (first load or reload).
    void timelineReady();
    /// A record is shown in full in the detail pane.
    void recordOpened(const QByteArray &recordId);
    /// The doctor asked to amend the record shown (their own).
    void amendmentRequested(const medchain::client::RecordDetail &detail);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void onBatch(const QList<client::RecordSummary> &batch, int done, int total);
    void onReloaded(const QList<client::RecordSummary> &records);
    void onReceiptQueued(const client::Hash &record, quint64 action);
    void showPlaceholder();
    void applyPendingSelection();
    void updateActions();
    void updateCount();
    std::optional<client::RecordSummary> currentRecord() const;

    client::Session &m_session;
    std::function<QString()> m_purpose;
    RecordTimelineModel *m_model = nullptr;
    RecordFilterModel *m_filter = nullptr;
    PatientTimelineLoader *m_loader = nullptr;
    PendingActions *m_receipts = nullptr;

    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_amend = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_receiptStatus = nullptr;

    std::optional<client::IdentityId> m_patient;
    bool m_ready = false;
    std::optional<client::Hash> m_selectWanted;
    quint64 m_openToken = 0; // the latest openRecord whose answer is shown
    std::optional<client::Hash> m_opening; // that read, while it is under way
    std::optional<client::RecordDetail> m_shown;
    std::map<client::Hash, qint64> m_awaitingReceipt; // record → its encounter time
};

} // namespace medchain::ui

// The patient's records: a searchable timeline streamed in batches, the selected record in full
// with its amendment history and integrity proof, and exports (PDF, dispute evidence).
#pragma once

#include "client/ClientTypes.h"
#include "patient/RecordExporter.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class RecordFilterModel;
class RecordTimelineLoader;
class RecordTimelineModel;

class RecordsPage : public QWidget {
    Q_OBJECT
public:
    /// Starts loading the timeline at once; session must outlive the page.
    RecordsPage(client::Session &session, QWidget *parent = nullptr);
    ~RecordsPage() override;

    /// True once the first batch of the timeline is on screen (see loaded()).
    bool isLoaded() const { return m_loaded; }
    /// True while the timeline is being read (first load or a reload after a block).
    bool isLoading() const;
    /// Replaces the save dialogs of both exports (tests).
    void setPathChooser(ExportFiles::PathChooser chooser);
    /// The least time between two reloads while blocks keep coming (tests set 0).
    void setMinimumReloadInterval(int ms);

signals:
    /// The first batch of the timeline is on screen (an empty history counts).
    void loaded();
    /// The timeline finished loading or reloading; the table now holds every record.
    void timelineReady();
    /// The detail pane shows the record (after a selection or a reload).
    void detailShown(const QByteArray &recordId);
    /// An export ended (see RecordExporter::finished).
    void exportFinished(bool ok, const QString &path, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void onBatch(const QList<client::RecordSummary> &batch, int done, int total);
    void replaceTimeline(const QList<client::RecordSummary> &records);
    void onChainChanged();
    void applyFilters();
    void updateCount();
    void updateActions();
    void showCurrent();
    void requestDetail();
    void showDetailHtml(const QString &html, bool keepScroll);
    std::optional<client::RecordSummary> currentRecord() const;
    void restoreSelection(const QList<client::Hash> &selected,
                          const std::optional<client::Hash> &current);
    QList<client::Hash> selectedRecords() const;

    client::Session &m_session;
    RecordTimelineModel *m_model = nullptr;
    RecordFilterModel *m_filter = nullptr;
    RecordExporter *m_exporter = nullptr;
    RecordTimelineLoader *m_loader = nullptr;

    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportEvidence = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;

    bool m_loaded = false;
    bool m_reloadWanted = false; // a block arrived while the page was hidden

    // The detail pane: one read in flight; a newer selection waits for it and then goes.
    std::optional<client::Hash> m_detailWanted;
    std::optional<client::Hash> m_detailShown;
    bool m_detailInFlight = false;
    bool m_detailKeepScroll = false;
};

} // namespace medchain::ui

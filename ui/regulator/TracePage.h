// The Trace tab: a record or any of its transactions by id, then everything the chain says about
// the record for a dispute (who, what, when, the integrity proof, every later event) and the
// chosen event's evidence file. Knows no session: TraceLoader answers its requests.
#pragma once

#include "client/SurveillanceTypes.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace medchain::ui {

class TrailEventModel;

class TracePage : public QWidget {
    Q_OBJECT
public:
    explicit TracePage(QWidget *parent = nullptr);

    TrailEventModel *model() const { return m_model; }
    /// The id in text: 64 hex digits, spaces and line breaks ignored (an id read out in groups
    /// pastes too); nothing otherwise.
    static std::optional<client::Hash> parseId(const QString &text);
    bool hasTrail() const { return m_trail.has_value(); }
    const std::optional<client::RecordTrail> &trail() const { return m_trail; }
    /// The selected event's transaction; the record's creation when none is selected.
    std::optional<client::Hash> chosenTransaction() const;

public slots:
    /// Traces id as if typed and asked for.
    void traceRecord(const client::Hash &id);
    /// Reads the field: a trace request for a well-formed id, else says what is wrong.
    void traceTyped();
    /// A trace is on its way (the shown one goes).
    void showTracing(const client::Hash &id);
    void showTrail(const client::RecordTrail &trail);
    /// Why the trace failed, in red, in place of a trail.
    void showProblem(const QString &message);
    /// An evidence export is running (the button waits), or ended.
    void setExporting(bool exporting);
    void showExportResult(bool ok, const QString &path, const QString &message);
    void focusId();

signals:
    void traceRequested(const client::Hash &id);
    /// Export the evidence of transaction (an event of the shown trail).
    void evidenceRequested(const client::Hash &transaction);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setStatus(const QString &text, bool problem);
    void clearTrail();
    void updateRecord();
    void updateActions();
    void retranslateUi();

    TrailEventModel *m_model = nullptr;
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_id = nullptr;
    QPushButton *m_trace = nullptr;
    QLabel *m_status = nullptr;
    QGroupBox *m_record = nullptr;
    QList<QLabel *> m_fieldNames; // category, encounter, patient, author, institution, record
    QList<QLabel *> m_fields;
    QLabel *m_proof = nullptr;
    QLabel *m_eventsLabel = nullptr;
    QTableView *m_events = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_exportStatus = nullptr;
    std::optional<client::RecordTrail> m_trail;
    bool m_exporting = false;
};

} // namespace medchain::ui

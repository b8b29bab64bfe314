#include "doctor/PatientHistory.h"

#include "client/Session.h"
#include "doctor/PatientTimelineLoader.h"
#include "patient/PendingActions.h"
#include "patient/RecordFilterModel.h"
#include "patient/RecordFormat.h"
#include "patient/RecordHtml.h"
#include "patient/RecordTimelineModel.h"
#include "patient/TableSetup.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace medchain::ui {

PatientHistory::PatientHistory(client::Session &session, std::function<QString()> purpose,
                               QWidget *parent)
    : QWidget(parent), m_session(session), m_purpose(std::move(purpose))
{
    setObjectName(QStringLiteral("patientHistory"));
    m_model = new RecordTimelineModel(this);
    m_filter = new RecordFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_loader = new PatientTimelineLoader(session, this);
    buildUi();
    m_receipts = new PendingActions(session, m_receiptStatus, this);

    connect(m_loader, &PatientTimelineLoader::batchLoaded, this, &PatientHistory::onBatch);
    connect(m_loader, &PatientTimelineLoader::reloaded, this, &PatientHistory::onReloaded);
    connect(m_loader, &PatientTimelineLoader::finished, this, [this] {
        m_ready = true;
        applyPendingSelection();
        updateActions();
        emit timelineReady();
    });
    connect(&m_session, &client::Session::receiptQueued, this, &PatientHistory::onReceiptQueued);
    retranslateUi();
    showPlaceholder();
}

void PatientHistory::buildUi()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("patientTimeline"));
    setUpTable(m_table, m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecordTimelineModel::DateColumn, Qt::DescendingOrder);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(RecordTimelineModel::DiagnosesColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(RecordTimelineModel::DateColumn,
                            fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + em * 3);
    m_table->setColumnWidth(RecordTimelineModel::InstitutionColumn, em * 8);
    m_table->setColumnWidth(RecordTimelineModel::DoctorColumn, em * 5);
    m_table->setColumnWidth(RecordTimelineModel::StateColumn, em * 7);

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("patientRecord"));
    m_detail->setOpenLinks(false);

    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openRecord"));
    m_amend = new QPushButton(this);
    m_amend->setObjectName(QStringLiteral("proposeAmendment"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("patientTimelineProgress"));
    m_progress->setVisible(false);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("patientRecordCount"));
    m_receiptStatus = new QLabel(this);
    m_receiptStatus->setObjectName(QStringLiteral("receiptStatus"));
    m_receiptStatus->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    auto *below = new QHBoxLayout;
    below->addWidget(m_count, 1);
    below->addWidget(m_progress);
    below->addWidget(m_open);
    leftLayout->addLayout(below);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_receiptStatus, 1);
    actions->addWidget(m_amend);
    rightLayout->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setTabOrder(m_table, m_open);
    setTabOrder(m_open, m_detail);
    setTabOrder(m_detail, m_amend);

    // Arrow keys only move the selection: a read is receipted, so it takes Enter or a click.
    connect(m_table, &QTableView::activated, this, &PatientHistory::openSelected);
    connect(m_table, &QTableView::clicked, this, [this] {
        // Where a single click already activates, activated() opens the record.
        if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_table))
            openSelected();
    });
    connect(m_open, &QPushButton::clicked, this, &PatientHistory::openSelected);
    connect(m_amend, &QPushButton::clicked, this, [this] {
        if (m_shown && m_amend->isEnabled())
            emit amendmentRequested(*m_shown);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PatientHistory::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &PatientHistory::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PatientHistory::updateCount);
}

void PatientHistory::setPatient(const std::optional<client::IdentityId> &patient)
{
    if (patient == m_patient)
        return;
    m_patient = patient;
    m_ready = false;
    m_shown.reset();
    m_selectWanted.reset();
    ++m_openToken; // an answer for the previous patient's record is not shown
    m_opening.reset();
    m_model->clear();
    m_progress->setVisible(false);
    showPlaceholder();
    if (patient)
        m_loader->load(*patient);
    else
        m_loader->clear();
    updateActions();
    updateCount();
}

void PatientHistory::reload()
{
    m_loader->reload();
}

void PatientHistory::selectRecord(const client::Hash &record)
{
    m_selectWanted = record;
    applyPendingSelection();
}

void PatientHistory::applyPendingSelection()
{
    if (!m_selectWanted)
        return;
    const int row = m_model->rowOf(*m_selectWanted);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_selectWanted.reset();
}

void PatientHistory::onBatch(const QList<client::RecordSummary> &batch, int done, int total)
{
    m_model->appendBatch(batch);
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_progress->setVisible(done < total);
    // Select (not open) the newest, so Enter opens it.
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(
            m_filter->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (done >= total)
        showPlaceholder();
}

void PatientHistory::onReloaded(const QList<client::RecordSummary> &records)
{
    const std::optional<client::RecordSummary> current = currentRecord();
    if (!m_model->replaceAll(records))
        return;
    if (current && !m_table->currentIndex().isValid()) {
        const int row = m_model->rowOf(current->id);
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(
                m_filter->mapFromSource(m_model->index(row, 0)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateActions();
}

void PatientHistory::openSelected()
{
    const std::optional<client::RecordSummary> record = currentRecord();
    if (!record || record->id == m_opening
        || (!m_opening && m_shown && m_shown->summary.id == record->id))
        return; // a double click, or the record already on show: one read, one receipt
    const quint64 token = ++m_openToken;
    const client::Hash id = record->id;
    m_opening = id;
    m_awaitingReceipt[id] = record->encounterTime;
    m_detail->setHtml(RecordHtml::escaped(tr("Opening the record…")));
    m_session.openRecord(
        id, m_purpose ? m_purpose() : QString(), this,
        [this, token, id](const Result<client::RecordDetail> &detail) {
            if (!detail)
                m_awaitingReceipt.erase(id); // nothing was read, so nothing is receipted
            if (token != m_openToken)
                return; // another record was opened meanwhile
            m_opening.reset();
            if (!detail) {
                m_shown.reset();
                m_detail->setHtml(RecordHtml::warning(detail.error()));
                updateActions();
                return;
            }
            m_shown = detail.value();
            m_detail->setHtml(RecordHtml::record(*m_shown, RecordHtml::Reader::Clinician));
            updateActions();
            emit recordOpened(id.toByteArray());
        });
}

void PatientHistory::onReceiptQueued(const client::Hash &record, quint64 action)
{
    const auto found = m_awaitingReceipt.find(record);
    if (found == m_awaitingReceipt.end())
        return; // another view's read
    const QString date = RecordFormat::date(found->second);
    m_awaitingReceipt.erase(found);
    m_receipts->track(
        action, tr("Recording your reading of the record of %1 on the chain…").arg(date),
        tr("The reading of the record of %1 was not receipted").arg(date),
        [this, date](bool ok, const QString &) {
            if (ok && m_receipts->isEmpty())
                m_receiptStatus->setText(
                    tr("Your reading of the record of %1 was receipted on chain; the patient "
                       "sees it in their access log.")
                        .arg(date));
        });
}

void PatientHistory::showPlaceholder()
{
    if (m_shown)
        return;
    QString text;
    if (!m_patient)
        text = tr("Select a patient to see the records you may read.");
    else if (!m_ready && m_model->rowCount() == 0)
        text = tr("Reading the history…");
    else if (m_model->rowCount() == 0)
        text = tr("There are no records of this patient that you may read.");
    else
        text = tr("Press Enter or click a record to open it. Each opening is recorded on the "
                  "chain with the purpose chosen above, and the patient sees it.");
    m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(RecordHtml::escaped(text)));
}

void PatientHistory::updateActions()
{
    m_open->setEnabled(currentRecord().has_value());
    bool amendable = m_shown && m_shown->summary.author.id == m_session.identity()
        && m_shown->summary.problem.isEmpty();
    if (amendable) {
        // The timeline knows of a proposal made since the record was opened.
        const int row = m_model->rowOf(m_shown->summary.id);
        const bool pending
            = row >= 0 ? m_model->record(row).amendmentPending : m_shown->summary.amendmentPending;
        amendable = !pending;
    }
    m_amend->setEnabled(amendable);
    m_amend->setToolTip(amendable || !m_shown
                            ? tr("Propose a corrected version; it takes effect when the patient "
                                 "confirms it")
                            : tr("Only the author can amend a record, one proposal at a time"));
}

void PatientHistory::updateCount()
{
    m_count->setText(tr("%n record(s)", nullptr, m_model->rowCount()));
}

std::optional<client::RecordSummary> PatientHistory::currentRecord() const
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return std::nullopt;
    return m_model->record(index.row());
}

void PatientHistory::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        if (m_shown)
            m_detail->setHtml(RecordHtml::record(*m_shown, RecordHtml::Reader::Clinician));
        else
            showPlaceholder();
    }
    QWidget::changeEvent(event);
}

void PatientHistory::retranslateUi()
{
    m_open->setText(tr("&Open record"));
    m_open->setToolTip(tr("Read the selected record in full (Enter); the read is receipted"));
    m_amend->setText(tr("Propose &amendment…"));
    m_progress->setFormat(tr("%v of %m records"));
    updateCount();
    updateActions();
}

} // namespace medchain::ui

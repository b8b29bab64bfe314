#include "patient/RecordsPage.h"

#include "client/Session.h"
#include "patient/RecordFilterModel.h"
#include "patient/RecordFormat.h"
#include "patient/RecordHtml.h"
#include "patient/RecordTimelineLoader.h"
#include "patient/RecordTimelineModel.h"
#include "patient/TableSetup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace medchain::ui {

namespace {

// The date edits' minimum stands for "no limit" (shown as the special value text).
const QDate kNoDate(1900, 1, 1);

QDate limitOf(const QDateEdit *edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

} // namespace

RecordsPage::RecordsPage(client::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("recordsPage"));
    m_model = new RecordTimelineModel(this);
    m_filter = new RecordFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_exporter = new RecordExporter(session, this);
    m_loader = new RecordTimelineLoader(session, this);
    buildUi();
    retranslateUi();

    connect(m_loader, &RecordTimelineLoader::batchLoaded, this, &RecordsPage::onBatch);
    connect(m_loader, &RecordTimelineLoader::reloaded, this, &RecordsPage::replaceTimeline);
    connect(m_loader, &RecordTimelineLoader::finished, this, &RecordsPage::timelineReady);
    connect(m_exporter, &RecordExporter::busyChanged, this, &RecordsPage::updateActions);
    connect(m_exporter, &RecordExporter::finished, this, &RecordsPage::exportFinished);
    connect(&m_session, &client::Session::chainChanged, this, &RecordsPage::onChainChanged);
    m_loader->load();
}

RecordsPage::~RecordsPage() = default;

bool RecordsPage::isLoading() const
{
    return m_loader->isLoading();
}

void RecordsPage::setMinimumReloadInterval(int ms)
{
    m_loader->setMinimumInterval(ms);
}

void RecordsPage::setPathChooser(ExportFiles::PathChooser chooser)
{
    m_exporter->setPathChooser(std::move(chooser));
}

void RecordsPage::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("recordCategory"));
    m_categoryLabel = new QLabel(this);
    m_categoryLabel->setBuddy(m_category);

    auto makeDateEdit = [this](const QString &name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(kNoDate);
        edit->setDate(kNoDate);
        connect(edit, &QDateEdit::dateChanged, this, &RecordsPage::applyFilters);
        return edit;
    };
    m_from = makeDateEdit(QStringLiteral("recordFrom"));
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_from);
    m_to = makeDateEdit(QStringLiteral("recordTo"));
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);

    m_exportPdf = new QPushButton(this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    m_exportEvidence = new QPushButton(this);
    m_exportEvidence->setObjectName(QStringLiteral("exportEvidence"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("timelineProgress"));
    m_progress->setVisible(false);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("recordCount"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recordTimeline"));
    setUpTable(m_table, m_filter);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several for the PDF
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecordTimelineModel::DateColumn, Qt::DescendingOrder);
    // Fixed row heights and set column widths: fitting them to 10,000 rows would stall the GUI.
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(RecordTimelineModel::DiagnosesColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // A date, and room for the sort arrow and the cell's margins.
    m_table->setColumnWidth(RecordTimelineModel::DateColumn,
                            fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + em * 3);
    m_table->setColumnWidth(RecordTimelineModel::InstitutionColumn, em * 12);
    m_table->setColumnWidth(RecordTimelineModel::DoctorColumn, em * 7);
    m_table->setColumnWidth(RecordTimelineModel::StateColumn, em * 11);

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("recordDetail"));
    m_detail->setOpenLinks(false);

    auto *filters = new QGridLayout;
    filters->addWidget(m_searchLabel, 0, 0);
    filters->addWidget(m_search, 0, 1, 1, 3);
    filters->addWidget(m_exportPdf, 0, 4);
    filters->addWidget(m_exportEvidence, 0, 5);
    filters->addWidget(m_categoryLabel, 1, 0);
    filters->addWidget(m_category, 1, 1);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromLabel);
    dates->addWidget(m_from);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_to);
    dates->addStretch();
    filters->addLayout(dates, 1, 2, 1, 4);
    filters->setColumnStretch(3, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *status = new QHBoxLayout;
    status->addWidget(m_count, 1);
    status->addWidget(m_progress);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(status);

    setTabOrder(m_search, m_category);
    setTabOrder(m_category, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_table);
    setTabOrder(m_table, m_detail);
    setTabOrder(m_detail, m_exportPdf);
    setTabOrder(m_exportPdf, m_exportEvidence);

    connect(m_search, &QLineEdit::textChanged, this, &RecordsPage::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &RecordsPage::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordsPage::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordsPage::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &RecordsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RecordsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RecordsPage::updateCount);
    connect(m_exportPdf, &QPushButton::clicked, this,
            [this] { m_exporter->exportPdf(selectedRecords()); });
    connect(m_exportEvidence, &QPushButton::clicked, this, [this] {
        if (const auto record = currentRecord())
            m_exporter->exportEvidence(*record);
    });
    updateActions();
}

void RecordsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecordsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_reloadWanted, false))
        m_loader->load();
}

void RecordsPage::retranslateUi()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Diagnosis, doctor, institution, complaint…"));
    m_categoryLabel->setText(tr("Categor&y:"));
    const int chosen = m_category->currentIndex();
    {
        const QSignalBlocker blocker(m_category);
        m_category->clear();
        m_category->addItem(tr("All categories"), -1);
        for (auto category : {chain::RecordCategory::Encounter, chain::RecordCategory::Laboratory,
                              chain::RecordCategory::Imaging, chain::RecordCategory::Prescription,
                              chain::RecordCategory::Vaccination})
            m_category->addItem(RecordFormat::category(category), int(category));
        m_category->setCurrentIndex(qMax(0, chosen));
    }
    m_fromLabel->setText(tr("Fr&om:"));
    m_toLabel->setText(tr("&To:"));
    m_from->setSpecialValueText(tr("any date"));
    m_to->setSpecialValueText(tr("any date"));
    m_exportPdf->setText(tr("Export &PDF…"));
    m_exportPdf->setToolTip(tr("Save the selected records as a PDF document"));
    m_exportEvidence->setText(tr("Export &evidence…"));
    m_exportEvidence->setToolTip(
        tr("Save the selected record's dispute evidence, which anyone can verify offline"));
    m_progress->setFormat(tr("%v of %m records"));
    m_model->retranslate();
    updateCount();
    if (m_detailShown)
        requestDetail();
}

void RecordsPage::onBatch(const QList<client::RecordSummary> &batch, int done, int total)
{
    const bool complete = done >= total;
    m_model->appendBatch(batch);
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_progress->setVisible(!complete);
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(
            m_filter->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (complete && m_model->rowCount() == 0)
        showDetailHtml(
            QStringLiteral("<p>%1</p>").arg(RecordHtml::escaped(tr("You have no records yet."))),
            false);
    if (!m_loaded) {
        m_loaded = true;
        emit loaded();
    }
}

void RecordsPage::replaceTimeline(const QList<client::RecordSummary> &records)
{
    const std::optional<client::RecordSummary> current = currentRecord();
    const QList<client::Hash> selected = selectedRecords();
    const int scroll = m_table->verticalScrollBar()->value();

    if (!m_model->replaceAll(records))
        return;

    if (!m_table->selectionModel()->hasSelection() && !selected.isEmpty()) {
        restoreSelection(selected, current ? std::optional(current->id) : std::nullopt);
        m_table->verticalScrollBar()->setValue(scroll);
    }
    // The record on show changed (an amendment was confirmed or proposed): read it again.
    if (current) {
        const int row = m_model->rowOf(current->id);
        if (row >= 0) {
            const client::RecordSummary &now = m_model->record(row);
            if (now.version != current->version || now.amended != current->amended
                || now.amendmentPending != current->amendmentPending
                || now.problem != current->problem) {
                m_detailKeepScroll = true;
                requestDetail();
            }
        }
    }
}

void RecordsPage::onChainChanged()
{
    // The session does not say whose records a block touched, so a block means a reload; it
    // runs on the reader thread, at most one at a time, and only while the page is seen.
    if (isVisible())
        m_loader->load();
    else
        m_reloadWanted = true;
}

void RecordsPage::applyFilters()
{
    const int category = m_category->currentData().toInt();
    m_filter->setCategory(category > 0 ? std::optional(chain::RecordCategory(category))
                                       : std::nullopt);
    m_filter->setDateRange(limitOf(m_from), limitOf(m_to));
    m_filter->setSearchText(m_search->text());
    updateCount();
}

void RecordsPage::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n record(s)", nullptr, all)
                                  : tr("%1 of %n record(s) shown", nullptr, all).arg(shown));
}

void RecordsPage::updateActions()
{
    const bool idle = !m_exporter->isBusy();
    m_exportPdf->setEnabled(idle && m_table->selectionModel()->hasSelection());
    m_exportEvidence->setEnabled(idle && currentRecord().has_value());
}

void RecordsPage::showCurrent()
{
    updateActions();
    const std::optional<client::RecordSummary> record = currentRecord();
    if (!record || record->id == m_detailShown)
        return;
    m_detailKeepScroll = false;
    requestDetail();
}

void RecordsPage::requestDetail()
{
    const std::optional<client::RecordSummary> record = currentRecord();
    m_detailWanted = record ? std::optional(record->id) : m_detailShown;
    if (!m_detailWanted || m_detailInFlight)
        return;
    m_detailInFlight = true;
    const client::Hash id = *m_detailWanted;
    m_session.loadRecord(id, this, [this, id](const Result<client::RecordDetail> &detail) {
        m_detailInFlight = false;
        if (m_detailWanted != id) {
            requestDetail(); // the selection moved on while this one was read
            return;
        }
        m_detailShown = id;
        showDetailHtml(detail ? RecordHtml::record(detail.value())
                              : RecordHtml::warning(detail.error()),
                       std::exchange(m_detailKeepScroll, false));
        emit detailShown(id.toByteArray());
    });
}

void RecordsPage::showDetailHtml(const QString &html, bool keepScroll)
{
    const int scroll = m_detail->verticalScrollBar()->value();
    m_detail->setHtml(html);
    if (keepScroll)
        m_detail->verticalScrollBar()->setValue(scroll);
}

std::optional<client::RecordSummary> RecordsPage::currentRecord() const
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return std::nullopt;
    return m_model->record(index.row());
}

void RecordsPage::restoreSelection(const QList<client::Hash> &selected,
                                   const std::optional<client::Hash> &current)
{
    auto proxyIndex = [this](const client::Hash &id) {
        const int row = m_model->rowOf(id);
        return row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    };
    QItemSelection selection;
    for (const client::Hash &id : selected) {
        const QModelIndex index = proxyIndex(id);
        if (index.isValid())
            selection.select(index, index);
    }
    QItemSelectionModel *model = m_table->selectionModel();
    if (current && proxyIndex(*current).isValid())
        model->setCurrentIndex(proxyIndex(*current), QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QList<client::Hash> RecordsPage::selectedRecords() const
{
    QList<client::Hash> ids;
    // In the order shown, not the order they were selected in.
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows)
        ids.append(m_model->record(m_filter->mapToSource(row).row()).id);
    return ids;
}

} // namespace medchain::ui

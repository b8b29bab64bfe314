#include "regulator/SurveillancePage.h"

#include "patient/TableSetup.h"
#include "regulator/DailyCasesChart.h"
#include "regulator/DiseaseCountModel.h"
#include "regulator/RegionCasesChart.h"
#include "regulator/RegionCountModel.h"
#include "regulator/SurveillanceFilters.h"
#include "regulator/SurveillanceText.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace medchain::ui {

SurveillancePage::SurveillancePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("surveillancePage"));
    m_regionModel = new RegionCountModel(this);
    m_regionSort = new QSortFilterProxyModel(this);
    m_regionSort->setSourceModel(m_regionModel);
    m_regionSort->setSortRole(RegionCountModel::SortRole);
    m_diseaseModel = new DiseaseCountModel(this);
    m_diseaseSort = new QSortFilterProxyModel(this);
    m_diseaseSort->setSourceModel(m_diseaseModel);
    m_diseaseSort->setSortRole(DiseaseCountModel::SortRole);

    // Created in Tab order: the filters, then the tables; the charts take no focus.
    m_filters = new SurveillanceFilters(this);
    m_dayChart = new DailyCasesChart(this);
    m_regionChart = new RegionCasesChart(this);
    m_regionsLabel = new QLabel(this);
    m_regions = makeTable("regionTable", m_regionSort, RegionCountModel::Cases);
    m_regionsLabel->setBuddy(m_regions);
    m_diseasesLabel = new QLabel(this);
    m_diseases = makeTable("diseaseTable", m_diseaseSort, DiseaseCountModel::Cases);
    m_diseasesLabel->setBuddy(m_diseases);
    // Titles are long: they take the room left, so the cases stay in sight.
    m_diseases->horizontalHeader()->setStretchLastSection(false);
    m_diseases->horizontalHeader()->setSectionResizeMode(DiseaseCountModel::Disease,
                                                         QHeaderView::Stretch);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("surveillanceTotal"));

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_dayChart);
    charts->addWidget(m_regionChart);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    auto *tables = new QWidget(this);
    auto *tableGrid = new QGridLayout(tables);
    tableGrid->setContentsMargins(0, 0, 0, 0);
    tableGrid->addWidget(m_regionsLabel, 0, 0);
    tableGrid->addWidget(m_regions, 1, 0);
    tableGrid->addWidget(m_diseasesLabel, 0, 1);
    tableGrid->addWidget(m_diseases, 1, 1);
    tableGrid->setColumnStretch(0, 2);
    tableGrid->setColumnStretch(1, 3);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("surveillanceSplitter"));
    split->addWidget(charts);
    split->addWidget(tables);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_total);

    connect(m_filters, &SurveillanceFilters::rangeChosen, this, &SurveillancePage::rangeChosen);
    connect(m_filters, &SurveillanceFilters::regionChosen, this, &SurveillancePage::regionChosen);
    connect(m_filters, &SurveillanceFilters::chapterChosen, this, &SurveillancePage::chapterChosen);
    connect(m_filters, &SurveillanceFilters::categoryCleared, this,
            &SurveillancePage::categoryCleared);
    connect(m_regions, &QTableView::activated, this, &SurveillancePage::regionActivated);
    connect(m_diseases, &QTableView::activated, this, &SurveillancePage::diseaseActivated);
    // Backspace goes up a region wherever it does not edit text (a date field keeps it).
    auto *up = new QShortcut(QKeySequence(Qt::Key_Backspace), this);
    up->setContext(Qt::WidgetWithChildrenShortcut);
    connect(up, &QShortcut::activated, this, &SurveillancePage::goUp);

    retranslateUi();
}

QTableView *SurveillancePage::makeTable(const char *name, QSortFilterProxyModel *proxy,
                                        int casesColumn)
{
    auto *table = new QTableView(this);
    table->setObjectName(QLatin1String(name));
    setUpTable(table, proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(casesColumn, Qt::DescendingOrder);
    table->setMinimumHeight(fontMetrics().height() * 8);
    return table;
}

void SurveillancePage::setQuery(const client::SurveillanceQuery &query)
{
    m_query = query;
    m_filters->setQuery(query);
}

void SurveillancePage::showSnapshot(const client::SurveillanceSnapshot &snapshot)
{
    m_shown = snapshot;
    m_hasSnapshot = true;
    // A reload after blocks keeps a keyboard user's row; a new list starts on its first row, so
    // Enter works at once.
    const QString region = m_regions->currentIndex().data(RegionCountModel::CodeRole).toString();
    const QString disease = m_diseases->currentIndex().data(DiseaseCountModel::KeyRole).toString();
    m_filters->setResolvedRange(snapshot.query.from, snapshot.query.to);
    m_dayChart->setDays(snapshot.byDay);
    m_regionChart->setCounts(snapshot.query.region, snapshot.byRegion);
    m_regionModel->setCounts(snapshot.byRegion);
    if (snapshot.query.chapter == 0)
        m_diseaseModel->setCounts(DiseaseCountModel::Level::Chapters, snapshot.byChapter);
    else
        m_diseaseModel->setCounts(DiseaseCountModel::Level::Categories, snapshot.byCategory);
    restoreCurrent(m_regions, RegionCountModel::CodeRole, region);
    restoreCurrent(m_diseases, DiseaseCountModel::KeyRole, disease);
    updateTotals();
}

void SurveillancePage::restoreCurrent(QTableView *table, int keyRole, const QString &key)
{
    const QAbstractItemModel *model = table->model();
    if (model->rowCount() == 0)
        return;
    QModelIndex current = model->index(0, 0);
    for (int row = 0; row < model->rowCount() && !key.isEmpty(); ++row)
        if (model->index(row, 0).data(keyRole).toString() == key)
            current = model->index(row, 0);
    table->setCurrentIndex(current);
}

void SurveillancePage::focusRegions()
{
    m_regions->setFocus(Qt::ShortcutFocusReason);
    if (m_regions->model()->rowCount() > 0 && !m_regions->currentIndex().isValid())
        m_regions->setCurrentIndex(m_regions->model()->index(0, 0));
}

void SurveillancePage::regionActivated(const QModelIndex &index)
{
    const QString code = index.data(RegionCountModel::CodeRole).toString();
    if (!code.isEmpty() && code != m_query.region)
        emit regionChosen(code);
}

void SurveillancePage::diseaseActivated(const QModelIndex &index)
{
    if (m_diseaseModel->level() == DiseaseCountModel::Level::Chapters) {
        if (const int chapter = index.data(DiseaseCountModel::ChapterRole).toInt(); chapter > 0)
            emit chapterChosen(chapter);
        return;
    }
    const QString category = index.data(DiseaseCountModel::CategoryRole).toString();
    if (!category.isEmpty())
        emit categoryChosen(category);
}

void SurveillancePage::goUp()
{
    const QString parent = SurveillanceText::parentRegion(m_query.region);
    if (!parent.isEmpty())
        emit regionChosen(parent);
}

void SurveillancePage::updateTotals()
{
    if (!m_hasSnapshot) {
        m_total->clear();
        return;
    }
    qint64 cases = 0;
    for (const client::DayCount &day : std::as_const(m_shown.byDay))
        cases += day.cases;
    m_total->setText(tr("%1 · %2 · %3 to %4: %5 cases")
                         .arg(SurveillanceText::regionName(m_shown.query.region),
                              m_shown.query.category.isEmpty()
                                  ? SurveillanceText::chapter(m_shown.query.chapter)
                                  : SurveillanceText::category(m_shown.query.category),
                              SurveillanceText::day(m_shown.query.from),
                              SurveillanceText::day(m_shown.query.to),
                              SurveillanceText::count(cases)));
}

void SurveillancePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_regionModel->retranslate();
        m_diseaseModel->retranslate();
    }
    QWidget::changeEvent(event);
}

void SurveillancePage::retranslateUi()
{
    m_regionsLabel->setText(tr("By re&gion (Enter to drill in, Backspace to go up):"));
    m_diseasesLabel->setText(tr("By dis&ease (Enter to narrow down):"));
    updateTotals();
}

} // namespace medchain::ui

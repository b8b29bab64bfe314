#include "regulator/AlertsPage.h"

#include "patient/TableSetup.h"
#include "regulator/AlertModel.h"
#include "regulator/RegulatorDashboard.h"
#include "regulator/SurveillanceText.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {

constexpr client::AlertMethod kMethods[] = {client::AlertMethod::C1, client::AlertMethod::C2,
                                            client::AlertMethod::C3, client::AlertMethod::Cusum};

} // namespace

AlertsPage::AlertsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("alertsPage"));
    m_model = new AlertModel(this);
    m_sort = new QSortFilterProxyModel(this);
    m_sort->setSourceModel(m_model);
    m_sort->setSortRole(AlertModel::SortRole);

    m_methodLabel = new QLabel(this);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("alertMethod"));
    for (client::AlertMethod method : kMethods)
        m_method->addItem(QString(), int(method));
    m_methodLabel->setBuddy(m_method);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("alertMethodDescription"));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("alertSummary"));
    m_summary->setWordWrap(true);
    m_tableLabel = new QLabel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("alertTable"));
    setUpTable(m_table, m_sort);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertModel::Day, Qt::DescendingOrder);
    m_tableLabel->setBuddy(m_table);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AlertModel::Disease, QHeaderView::Stretch);

    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(m_methodLabel);
    methodRow->addWidget(m_method);
    methodRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(methodRow);
    layout->addWidget(m_description);
    layout->addWidget(m_summary);
    layout->addWidget(m_tableLabel);
    layout->addWidget(m_table, 1);

    connect(m_method, &QComboBox::activated, this, [this](int index) {
        emit methodChosen(client::AlertMethod(m_method->itemData(index).toInt()));
    });
    connect(m_table, &QTableView::activated, this, &AlertsPage::activated);

    setQuery(m_query);
    retranslateUi();
}

void AlertsPage::setQuery(const client::SurveillanceQuery &query)
{
    m_query = query;
    const QSignalBlocker blocker(m_method);
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(query.method))));
    m_description->setText(SurveillanceText::methodDescription(query.method));
}

void AlertsPage::showSnapshot(const client::SurveillanceSnapshot &snapshot)
{
    // The same window again (a reload after blocks) keeps its alerts on screen until the new
    // ones come; another window's would mislead.
    if (!m_hasSnapshot || !sameQuery(snapshot.query, m_shownQuery)) {
        m_model->setAlerts({});
        m_hasAlerts = false;
    }
    m_shownQuery = snapshot.query;
    m_hasSnapshot = true;
    updateSummary();
}

void AlertsPage::showAlerts(const Result<QList<client::OutbreakAlert>> &alerts)
{
    m_hasAlerts = true;
    m_problem = alerts.ok() ? QString() : alerts.error();
    m_model->setAlerts(alerts.ok() ? alerts.value() : QList<client::OutbreakAlert> {});
    if (m_sort->rowCount() > 0)
        m_table->setCurrentIndex(m_sort->index(0, 0));
    updateSummary();
}

void AlertsPage::focusMethod()
{
    m_method->setFocus(Qt::ShortcutFocusReason);
}

void AlertsPage::activated(const QModelIndex &index)
{
    if (const client::OutbreakAlert *alert = m_model->alertAt(m_sort->mapToSource(index).row()))
        emit alertActivated(*alert);
}

void AlertsPage::updateSummary()
{
    if (!m_hasSnapshot) {
        m_summary->clear();
        return;
    }
    const client::SurveillanceQuery &q = m_shownQuery;
    const QString disease = q.category.isEmpty() ? SurveillanceText::chapter(q.chapter)
                                                 : SurveillanceText::category(q.category);
    const QString region = SurveillanceText::regionName(q.region);
    const QString from = SurveillanceText::day(q.from);
    const QString to = SurveillanceText::day(q.to);
    const QString method = SurveillanceText::methodName(q.method);
    const int count = m_model->rowCount();
    if (!m_problem.isEmpty()) {
        m_summary->setText(tr("The alerts could not be computed: %1").arg(m_problem));
        return;
    }
    if (!m_hasAlerts) {
        m_summary->setText(tr("Looking for alerts for %1 in %2 from %3 to %4 under %5…")
                               .arg(disease, region, from, to, method));
        return;
    }
    m_summary->setText(
        count == 0 ? tr("No alerts for %1 in %2 from %3 to %4 under %5.")
                         .arg(disease, region, from, to, method)
                   : tr("%n alert(s) for %1 in %2 from %3 to %4 under %5. Enter on one shows its "
                        "district's cases of that disease around that day.",
                        nullptr, count)
                         .arg(disease, region, from, to, method));
}

void AlertsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void AlertsPage::retranslateUi()
{
    m_methodLabel->setText(tr("&Method:"));
    for (int i = 0; i < m_method->count(); ++i)
        m_method->setItemText(
            i, SurveillanceText::methodName(client::AlertMethod(m_method->itemData(i).toInt())));
    m_description->setText(SurveillanceText::methodDescription(m_query.method));
    m_tableLabel->setText(tr("&Outbreak alerts, newest first:"));
    updateSummary();
}

} // namespace medchain::ui

#include "regulator/BreakGlassPage.h"

#include "patient/TableSetup.h"
#include "regulator/EmergencyModel.h"
#include "regulator/SurveillanceText.h"

#include <QEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace medchain::ui {

BreakGlassPage::BreakGlassPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("breakGlassPage"));
    m_model = new EmergencyModel(this);
    m_sort = new QSortFilterProxyModel(this);
    m_sort->setSourceModel(m_model);
    m_sort->setSortRole(EmergencyModel::SortRole);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("breakGlassCount"));
    m_count->setWordWrap(true);
    m_tableLabel = new QLabel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("breakGlassTable"));
    setUpTable(m_table, m_sort);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EmergencyModel::Time, Qt::DescendingOrder);
    m_tableLabel->setBuddy(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(m_tableLabel);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void BreakGlassPage::showSnapshot(const client::SurveillanceSnapshot &snapshot)
{
    m_shownQuery = snapshot.query;
    m_hasSnapshot = true;
    m_model->setEntries(snapshot.emergencies);
    if (m_sort->rowCount() > 0)
        m_table->setCurrentIndex(m_sort->index(0, 0));
    updateCount();
}

void BreakGlassPage::focusTable()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void BreakGlassPage::updateCount()
{
    if (!m_hasSnapshot) {
        m_count->clear();
        return;
    }
    const QString from = SurveillanceText::day(m_shownQuery.from);
    const QString to = SurveillanceText::day(m_shownQuery.to);
    const int count = m_model->rowCount();
    m_count->setText(count == 0
                         ? tr("No emergency accesses from %1 to %2.").arg(from, to)
                         : tr("%n emergency access(es) from %1 to %2: practitioners who read a "
                              "patient's records without their grant, giving a reason.",
                              nullptr, count)
                               .arg(from, to));
}

void BreakGlassPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void BreakGlassPage::retranslateUi()
{
    m_tableLabel->setText(tr("E&mergency accesses, newest first:"));
    updateCount();
}

} // namespace medchain::ui

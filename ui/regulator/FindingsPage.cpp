#include "regulator/FindingsPage.h"

#include "patient/TableSetup.h"
#include "regulator/FindingModel.h"
#include "regulator/FindingText.h"
#include "regulator/RegulatorDashboard.h"
#include "regulator/SurveillanceText.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {

constexpr int kAllRules = -1;

} // namespace

FindingsPage::FindingsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("findingsPage"));
    m_model = new FindingModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(FindingModel::SortRole);
    m_filter->setFilterRole(FindingModel::RuleRole);

    // Created in Tab order: the window, the rule filter, the table.
    m_rulesTitle = new QLabel(this);
    auto *rules = new QGridLayout;
    buildRules(rules);
    m_ruleLabel = new QLabel(this);
    m_rule = new QComboBox(this);
    m_rule->setObjectName(QStringLiteral("findingRule"));
    m_rule->addItem(QString(), kAllRules);
    for (client::SupervisionRule rule : FindingText::Rules)
        m_rule->addItem(QString(), int(rule));
    m_ruleLabel->setBuddy(m_rule);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("findingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tableLabel = new QLabel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("findingTable"));
    setUpTable(m_table, m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingModel::Day, Qt::DescendingOrder);
    m_tableLabel->setBuddy(m_table);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(FindingModel::Subject, QHeaderView::Stretch);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_ruleLabel);
    filterRow->addWidget(m_rule);
    filterRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rulesTitle);
    layout->addLayout(rules);
    layout->addLayout(filterRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_tableLabel);
    layout->addWidget(m_table, 1);

    connect(m_window, &QSpinBox::valueChanged, this, [this](int days) {
        updateRuleTexts();
        emit repeatExamDaysChanged(days);
    });
    connect(m_rule, &QComboBox::activated, this, &FindingsPage::filterChosen);
    connect(m_table, &QTableView::activated, this, &FindingsPage::activated);
    retranslateUi();
}

void FindingsPage::buildRules(QGridLayout *grid)
{
    QFont bold = font();
    bold.setBold(true);
    int row = 0;
    for (client::SupervisionRule rule : FindingText::Rules) {
        auto *name = new QLabel(this);
        name->setFont(bold);
        auto *explanation = new QLabel(this);
        explanation->setWordWrap(true);
        explanation->setObjectName(QStringLiteral("ruleExplanation%1").arg(int(rule)));
        grid->addWidget(name, row, 0, Qt::AlignTop);
        grid->addWidget(explanation, row, 1);
        if (rule == client::SupervisionRule::RepeatedExam) {
            m_windowLabel = new QLabel(this);
            m_window = new QSpinBox(this);
            m_window->setObjectName(QStringLiteral("repeatExamDays"));
            m_window->setRange(0, MaxRepeatExamDays);
            m_window->setValue(client::SurveillanceQuery().repeatExamDays);
            // One load for a typed "14", not one for "1" and then another.
            m_window->setKeyboardTracking(false);
            m_windowLabel->setBuddy(m_window);
            auto *window = new QHBoxLayout;
            window->addWidget(m_windowLabel);
            window->addWidget(m_window);
            grid->addLayout(window, row, 2, Qt::AlignTop);
        }
        m_ruleNames.append(name);
        m_ruleExplanations.append(explanation);
        ++row;
    }
    grid->setColumnStretch(1, 1);
}

int FindingsPage::repeatExamDays() const
{
    return m_window->value();
}

void FindingsPage::setRepeatExamDays(int days)
{
    m_window->setValue(days);
}

client::SurveillanceQuery FindingsPage::findingsQuery(const client::SurveillanceQuery &query) const
{
    client::SurveillanceQuery asked = query;
    asked.repeatExamDays = repeatExamDays();
    return asked;
}

void FindingsPage::showFindings(const client::SurveillanceQuery &asked,
                                const QList<client::SupervisionFinding> &findings)
{
    m_asked = asked;
    m_answered = true;
    m_problem.clear();
    m_model->setFindings(findings);
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    updateRuleTexts();
    updateSummary();
}

bool sameFindingsQuery(const client::SurveillanceQuery &a, const client::SurveillanceQuery &b)
{
    return sameQuery(a, b) && a.repeatExamDays == b.repeatExamDays;
}

std::optional<QList<client::SupervisionFinding>>
FindingsPage::findingsFor(const client::SurveillanceQuery &query) const
{
    if (!m_answered || !m_problem.isEmpty() || !sameFindingsQuery(findingsQuery(query), m_asked))
        return std::nullopt;
    return m_model->findings();
}

void FindingsPage::showProblem(const QString &message)
{
    m_problem = message;
    updateSummary();
}

void FindingsPage::setRuleFilter(std::optional<client::SupervisionRule> rule)
{
    const int index = m_rule->findData(rule ? int(*rule) : kAllRules);
    m_rule->setCurrentIndex(std::max(0, index));
    filterChosen(m_rule->currentIndex());
}

void FindingsPage::filterChosen(int index)
{
    const int rule = m_rule->itemData(index).toInt();
    m_filter->setFilterRegularExpression(
        rule == kAllRules ? QRegularExpression()
                          : QRegularExpression(QStringLiteral("^%1$").arg(rule)));
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    updateSummary();
}

void FindingsPage::focusTable()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void FindingsPage::activated(const QModelIndex &index)
{
    if (const client::SupervisionFinding *finding
        = m_model->findingAt(m_filter->mapToSource(index).row()))
        emit findingActivated(*finding);
}

void FindingsPage::updateRuleTexts()
{
    for (qsizetype i = 0; i < m_ruleNames.size(); ++i) {
        const client::SupervisionRule rule = FindingText::Rules[i];
        m_ruleNames[i]->setText(FindingText::ruleName(rule));
        m_ruleExplanations[i]->setText(FindingText::ruleExplanation(rule, repeatExamDays()));
    }
    m_window->setSuffix(repeatExamDays() == 1 ? tr(" day") : tr(" days"));
    m_rule->setItemText(0, tr("All rules"));
    for (int i = 1; i < m_rule->count(); ++i) {
        const auto rule = client::SupervisionRule(m_rule->itemData(i).toInt());
        m_rule->setItemText(
            i,
            m_answered ? tr("%1 (%2)").arg(FindingText::ruleName(rule)).arg(m_model->count(rule))
                       : FindingText::ruleName(rule));
    }
}

void FindingsPage::updateSummary()
{
    m_summary->setStyleSheet(m_problem.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    if (!m_problem.isEmpty()) {
        m_summary->setText(m_problem);
        return;
    }
    if (!m_answered) {
        m_summary->setText(tr("Looking for records that break the rules…"));
        return;
    }
    const client::SurveillanceQuery &q = m_asked;
    const QString disease = q.category.isEmpty() ? SurveillanceText::chapter(q.chapter)
                                                 : SurveillanceText::category(q.category);
    const QString region = SurveillanceText::regionName(q.region);
    const QString window = q.from.isValid() && q.to.isValid()
        ? tr("from %1 to %2").arg(SurveillanceText::day(q.from), SurveillanceText::day(q.to))
        : tr("in the year up to the newest record");
    const int count = m_model->rowCount();
    QString text
        = tr("%n record(s) flagged for %1 in %2, %3.", nullptr, count).arg(disease, region, window);
    if (m_filter->rowCount() != count)
        text += QLatin1Char(' ') + tr("%n shown.", nullptr, int(m_filter->rowCount()));
    if (count > 0)
        text += QLatin1Char(' ')
            + tr("A finding is a reason to look, not a verdict: Enter on one traces its record.");
    m_summary->setText(text);
}

void FindingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void FindingsPage::retranslateUi()
{
    m_rulesTitle->setText(tr("Each record in the dashboard's window, region and disease is "
                             "checked against three rules:"));
    m_windowLabel->setText(tr("&Window:"));
    m_window->setSpecialValueText(tr("off"));
    m_window->setToolTip(tr("How many days back the same exam for the same patient counts as "
                            "repeated; 0 turns the rule off"));
    m_ruleLabel->setText(tr("&Rule:"));
    m_tableLabel->setText(tr("Flagged r&ecords, newest first:"));
    updateRuleTexts();
    updateSummary();
}

} // namespace medchain::ui

// The Findings tab over fabricated findings, driven by keyboard and object name: each rule is
// explained (the repeated exam with the window the spin box sets, 0 turning it off), the findings
// list with their counts per rule, the rule filter narrows them, Enter on one asks for its trail,
// and a failed read is said in red.
#include "SupervisionFixtures.h"
#include "WidgetLookup.h"

#include "regulator/FindingModel.h"
#include "regulator/FindingsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace medchain;
using medchain::testing::child;
using ui::FindingsPage;

Q_DECLARE_METATYPE(medchain::client::SupervisionFinding)

namespace {

client::SurveillanceQuery provinceYear()
{
    client::SurveillanceQuery query;
    query.region = QStringLiteral("340000");
    query.from = QDate(2026, 1, 1);
    query.to = QDate(2026, 4, 27);
    return query;
}

QString explanation(FindingsPage &page, client::SupervisionRule rule)
{
    const QByteArray name = "ruleExplanation" + QByteArray::number(int(rule));
    return child<QLabel>(page, name.constData())->text();
}

} // namespace

class TestFindingsPage : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_page = std::make_unique<FindingsPage>();
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void explainsEachRuleAndTheWindow()
    {
        using client::SupervisionRule;
        QVERIFY(explanation(*m_page, SupervisionRule::Overdose)
                    .contains(QLatin1String("maximum daily dose")));
        QVERIFY(explanation(*m_page, SupervisionRule::Expense)
                    .contains(QLatin1String("three times the median")));
        QVERIFY(explanation(*m_page, SupervisionRule::RepeatedExam)
                    .contains(QLatin1String("within 30 day(s)")));
        QCOMPARE(m_page->repeatExamDays(), 30);
        QCOMPARE(m_page->findingsQuery(provinceYear()).repeatExamDays, 30);
        QVERIFY(!m_page->hasFindings());
        QVERIFY(
            child<QLabel>(*m_page, "findingSummary")->text().startsWith(QLatin1String("Looking")));

        // Typing a window asks once, for what was typed.
        auto *window = child<QSpinBox>(*m_page, "repeatExamDays");
        QSignalSpy changed(m_page.get(), &FindingsPage::repeatExamDaysChanged);
        window->setFocus();
        window->selectAll();
        QTest::keyClicks(window, QStringLiteral("14"));
        QTest::keyClick(window, Qt::Key_Enter);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toInt(), 14);
        QCOMPARE(m_page->findingsQuery(provinceYear()).repeatExamDays, 14);
        QCOMPARE(m_page->findingsQuery(provinceYear()).region, QStringLiteral("340000"));
        QVERIFY(explanation(*m_page, SupervisionRule::RepeatedExam)
                    .contains(QLatin1String("within 14 day(s)")));
        QCOMPARE(window->text(), QStringLiteral("14 days"));

        m_page->setRepeatExamDays(0);
        QCOMPARE(window->text(), QStringLiteral("off"));
        QVERIFY(
            explanation(*m_page, SupervisionRule::RepeatedExam).startsWith(QLatin1String("Off")));
        QCOMPARE(m_page->findingsQuery(provinceYear()).repeatExamDays, 0);
    }

    void listsAndFiltersTheFindings()
    {
        m_page->showFindings(provinceYear(), testing::demoFindings());
        QVERIFY(m_page->hasFindings());
        auto *table = child<QTableView>(*m_page, "findingTable");
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(0, ui::FindingModel::Rule).data().toString(),
                 QStringLiteral("Repeated exam"));
        QCOMPARE(table->currentIndex().row(), 0);
        const QString summary = child<QLabel>(*m_page, "findingSummary")->text();
        QVERIFY2(summary.startsWith(
                     QLatin1String("3 record(s) flagged for All diseases in Anhui Province, "
                                   "from 2026-01-01 to 2026-04-27.")),
                 qPrintable(summary));

        auto *rule = child<QComboBox>(*m_page, "findingRule");
        QCOMPARE(rule->count(), 4);
        QCOMPARE(rule->itemText(0), QStringLiteral("All rules"));
        QCOMPARE(rule->itemText(1), QStringLiteral("Overdose (1)"));
        // The keyboard picks a rule: only its findings show.
        rule->setFocus();
        QTest::keyClick(rule, Qt::Key_Down);
        QCOMPARE(rule->currentIndex(), 1);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ui::FindingModel::Subject).data().toString(),
                 QStringLiteral("Paracetamol (N02BE01)"));
        QVERIFY(
            child<QLabel>(*m_page, "findingSummary")->text().contains(QLatin1String("1 shown")));
        m_page->setRuleFilter(client::SupervisionRule::Expense);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data(ui::FindingModel::RuleRole).toInt(),
                 int(client::SupervisionRule::Expense));
        m_page->setRuleFilter(std::nullopt);
        QCOMPARE(table->model()->rowCount(), 3);

        // A newer answer replaces the list.
        m_page->showFindings(provinceYear(), {});
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(*m_page, "findingSummary")
                    ->text()
                    .startsWith(QLatin1String("0 record(s) flagged")));
        QCOMPARE(rule->itemText(1), QStringLiteral("Overdose (0)"));
    }

    void enterAsksForTheFindingsRecord()
    {
        qRegisterMetaType<client::SupervisionFinding>();
        m_page->showFindings(provinceYear(), testing::demoFindings());
        auto *table = child<QTableView>(*m_page, "findingTable");
        QSignalSpy activated(m_page.get(), &FindingsPage::findingActivated);
        m_page->focusTable();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        const auto chosen = activated.first().first().value<client::SupervisionFinding>();
        QCOMPARE(chosen.rule, client::SupervisionRule::Expense);
        QCOMPARE(chosen.record, testing::fabricatedHash(2));
    }

    void aFailedReadIsSaidInRed()
    {
        m_page->showProblem(QStringLiteral("Only the health authority reads the summaries."));
        auto *summary = child<QLabel>(*m_page, "findingSummary");
        QCOMPARE(summary->text(), QStringLiteral("Only the health authority reads the summaries."));
        QVERIFY(summary->styleSheet().contains(QLatin1String("#b00020")));
        // The next answer clears it.
        m_page->showFindings(provinceYear(), testing::demoFindings());
        QVERIFY(summary->styleSheet().isEmpty());
        QVERIFY(summary->text().startsWith(QLatin1String("3 record(s)")));
    }

private:
    std::unique_ptr<FindingsPage> m_page;
};

QTEST_MAIN(TestFindingsPage)
#include "TestFindingsPage.moc"

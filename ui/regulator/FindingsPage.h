// The Findings tab: the three supervision rules explained, the repeated-exam window, and the
// records that break them, filterable by rule; Enter on one traces its record. Knows no session:
// FindingsLoader asks for the findings and hands them to showFindings().
#pragma once

#include "client/SurveillanceTypes.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace medchain::ui {

class FindingModel;

class FindingsPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int MaxRepeatExamDays = 365;

    explicit FindingsPage(QWidget *parent = nullptr);

    FindingModel *model() const { return m_model; }
    /// The repeated-exam window the user chose (0: the rule is off).
    int repeatExamDays() const;
    void setRepeatExamDays(int days);
    /// query with this page's repeated-exam window: what the findings are asked for.
    client::SurveillanceQuery findingsQuery(const client::SurveillanceQuery &query) const;
    /// Whether an answer has been shown since the page was made.
    bool hasFindings() const { return m_answered; }
    /// The findings shown, if they answer query (the dashboard's current one; this page adds
    /// its repeated-exam window).
    std::optional<QList<client::SupervisionFinding>>
    findingsFor(const client::SurveillanceQuery &query) const;

public slots:
    /// The answer to asked (the caller drops answers to queries no longer current).
    void showFindings(const client::SurveillanceQuery &asked,
                      const QList<client::SupervisionFinding> &findings);
    void showProblem(const QString &message);
    /// Only the findings of rule; nothing for all of them.
    void setRuleFilter(std::optional<client::SupervisionRule> rule);
    void focusTable();

signals:
    void repeatExamDaysChanged(int days);
    /// Enter or double-click on a finding.
    void findingActivated(const client::SupervisionFinding &finding);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildRules(QGridLayout *grid);
    void activated(const QModelIndex &index);
    void filterChosen(int index);
    void updateSummary();
    void updateRuleTexts();
    void retranslateUi();

    FindingModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLabel *m_rulesTitle = nullptr;
    QList<QLabel *> m_ruleNames; // in FindingText::Rules order
    QList<QLabel *> m_ruleExplanations;
    QLabel *m_windowLabel = nullptr;
    QSpinBox *m_window = nullptr;
    QLabel *m_ruleLabel = nullptr;
    QComboBox *m_rule = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_tableLabel = nullptr;
    QTableView *m_table = nullptr;
    client::SurveillanceQuery m_asked;
    QString m_problem;
    bool m_answered = false;
};

/// Whether two queries ask for the same findings (the repeated-exam window included).
bool sameFindingsQuery(const client::SurveillanceQuery &a, const client::SurveillanceQuery &b);

} // namespace medchain::ui

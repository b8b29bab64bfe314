// The exams an encounter orders, from the catalog (code, English or Chinese name). An exam the
// patient had within the configured number of days shows a WARNING: the paper's "repeated
// examination". Adding one also adds its catalog fee (the form listens to examOrdered).
#pragma once

#include "client/ClientTypes.h"
#include "doctor/EncounterSection.h"
#include "records/RecordContent.h"

class QLabel;
class QLineEdit;

namespace medchain::ui {

class CatalogCompleter;
class CatalogListModel;

class ExamSection : public EncounterSection {
    Q_OBJECT
public:
    explicit ExamSection(QWidget *parent = nullptr);

    const QList<records::Exam> &items() const { return m_items; }
    void setItems(const QList<records::Exam> &items);
    /// The exams the patient had (ClinicalSummary::exams), checked against, counted back from
    /// now, within days (EncounterChecks::repeatExamDays()).
    void setHistory(const QList<client::ExamDone> &done, qint64 now, int days);
    bool hasInput() const override;
    QList<QWidget *> inputs() const override;
    /// The repeated-exam warning for code, or empty.
    QString warningFor(const QString &code) const;

signals:
    /// An exam was added from the catalog, with its catalog fee in fen.
    void examOrdered(const QString &name, qint64 feeFen);

protected:
    QString addFromInput() override;
    void removeItem(int row) override;
    void clearItems() override;
    void clearInput() override;
    QList<Line> lines() const override;
    void retranslateSection() override;

private:
    void updateWarning();

    CatalogListModel *m_catalog = nullptr;
    CatalogCompleter *m_completer = nullptr;
    QLabel *m_examLabel = nullptr;
    QLineEdit *m_exam = nullptr;
    QLabel *m_warning = nullptr;
    QList<records::Exam> m_items;
    QList<client::ExamDone> m_history;
    qint64 m_now = 0;
    int m_days = 0;
};

} // namespace medchain::ui

#include "doctor/ExamSection.h"

#include "common/MedicalCatalog.h"
#include "demo/Catalog.h"
#include "doctor/CatalogCompleter.h"
#include "doctor/CatalogListModel.h"
#include "doctor/DiagnosisSection.h"
#include "doctor/EncounterChecks.h"
#include "doctor/PatientListModel.h"
#include "patient/RecordFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace medchain::ui {

ExamSection::ExamSection(QWidget *parent) : EncounterSection(QStringLiteral("exam"), parent)
{
    m_catalog = new CatalogListModel(CatalogListModel::examEntries(medicalCatalog()), this);
    m_completer = new CatalogCompleter(m_catalog, this);
    m_exam = new QLineEdit(this);
    m_exam->setObjectName(QStringLiteral("examCode"));
    m_exam->setCompleter(m_completer);
    m_examLabel = new QLabel(this);
    m_examLabel->setBuddy(m_exam);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("examWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                 .arg(PatientListModel::emergencyColour().name()));
    m_warning->hide();

    inputRow()->addWidget(m_examLabel);
    inputRow()->addWidget(m_exam, 1);
    qobject_cast<QVBoxLayout *>(layout())->insertWidget(1, m_warning);
    addOnEnter(m_exam);
    connect(m_exam, &QLineEdit::textChanged, this, &ExamSection::updateWarning);
    retranslateSection();
}

void ExamSection::setItems(const QList<records::Exam> &items)
{
    m_items = items;
    refresh();
    emit changed();
}

void ExamSection::setHistory(const QList<client::ExamDone> &done, qint64 now, int days)
{
    m_history = done;
    m_now = now;
    m_days = days;
    refresh();
    updateWarning();
}

bool ExamSection::hasInput() const
{
    return !m_exam->text().trimmed().isEmpty();
}

QList<QWidget *> ExamSection::inputs() const
{
    return {m_exam};
}

QString ExamSection::warningFor(const QString &code) const
{
    const std::optional<client::ExamDone> recent
        = EncounterChecks::recentExam(code, m_history, m_now, m_days);
    return recent ? EncounterChecks::repeatedExamWarning(*recent, m_now) : QString();
}

QString ExamSection::addFromInput()
{
    const QString typed = m_exam->text().trimmed();
    if (typed.isEmpty())
        return tr("Type an exam's code or name, then pick it from the list.");
    const CatalogListModel::Entry *entry = m_catalog->find(uniqueCatalogCode(*m_completer, typed));
    if (!entry)
        return tr("“%1” is not an exam of the catalog. Pick one from the list.").arg(typed);
    for (const records::Exam &each : std::as_const(m_items))
        if (each.code == entry->code)
            return tr("%1 is ordered already.").arg(CatalogListModel::title(*entry));
    const QString name = CatalogListModel::title(*entry);
    m_items.append({entry->code, name, QString()});
    const demo::Catalog *catalog = medicalCatalog();
    if (const demo::ExamEntry *exam = catalog ? catalog->exam(entry->code) : nullptr;
        exam && exam->feeFen > 0)
        emit examOrdered(name, exam->feeFen);
    return {};
}

void ExamSection::removeItem(int row)
{
    m_items.removeAt(row);
}

void ExamSection::clearItems()
{
    m_items.clear();
}

void ExamSection::clearInput()
{
    m_exam->clear();
}

QList<EncounterSection::Line> ExamSection::lines() const
{
    QList<Line> result;
    for (const records::Exam &exam : m_items)
        result.append({RecordFormat::exam(exam), warningFor(exam.code)});
    return result;
}

void ExamSection::updateWarning()
{
    const QString code = uniqueCatalogCode(*m_completer, m_exam->text());
    const QString warning = code.isEmpty() ? QString() : warningFor(code);
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void ExamSection::retranslateSection()
{
    EncounterSection::retranslateSection();
    setTitle(tr("Exam orders"));
    m_examLabel->setText(tr("E&xam:"));
    m_exam->setPlaceholderText(tr("Code or name, English or Chinese"));
    m_catalog->retranslate();
    updateWarning();
}

} // namespace medchain::ui

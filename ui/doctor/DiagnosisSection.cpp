#include "doctor/DiagnosisSection.h"

#include "common/MedicalCatalog.h"
#include "demo/Catalog.h"
#include "doctor/CatalogCompleter.h"
#include "doctor/CatalogListModel.h"
#include "patient/Icd10Titles.h"
#include "patient/RecordFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace medchain::ui {

QString uniqueCatalogCode(const CatalogCompleter &completer, const QString &text)
{
    const CatalogListModel *model = completer.catalogModel();
    if (const CatalogListModel::Entry *exact = model->find(text))
        return exact->code;
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    QString found;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (!index.data(CatalogListModel::MatchRole)
                 .toString()
                 .contains(wanted, completer.caseSensitivity()))
            continue;
        if (!found.isEmpty())
            return {}; // more than one
        found = index.data(CatalogListModel::CodeRole).toString();
    }
    return found;
}

DiagnosisSection::DiagnosisSection(QWidget *parent)
    : EncounterSection(QStringLiteral("diagnosis"), parent)
{
    m_catalog = new CatalogListModel(CatalogListModel::icd10Entries(medicalCatalog()), this);
    m_completer = new CatalogCompleter(m_catalog, this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("diagnosisCode"));
    m_code->setCompleter(m_completer);
    m_codeLabel = new QLabel(this);
    m_codeLabel->setBuddy(m_code);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("diagnosisTitle"));
    m_title->setWordWrap(true);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("diagnosisNote"));
    m_noteLabel = new QLabel(this);
    m_noteLabel->setBuddy(m_note);

    inputRow()->addWidget(m_codeLabel);
    inputRow()->addWidget(m_code, 3);
    inputRow()->addWidget(m_noteLabel);
    inputRow()->addWidget(m_note, 2);
    auto *column = qobject_cast<QVBoxLayout *>(layout());
    column->insertWidget(1, m_title);

    addOnEnter(m_code);
    addOnEnter(m_note);
    connect(m_code, &QLineEdit::textChanged, this, &DiagnosisSection::showTitle);
    setTabOrder(m_code, m_note);
    retranslateSection();
}

void DiagnosisSection::setItems(const QList<records::Diagnosis> &items)
{
    m_items = items;
    refresh();
    emit changed();
}

bool DiagnosisSection::hasInput() const
{
    return !m_code->text().trimmed().isEmpty() || !m_note->text().trimmed().isEmpty();
}

QList<QWidget *> DiagnosisSection::inputs() const
{
    return {m_code, m_note};
}

QString DiagnosisSection::addFromInput()
{
    const QString typed = m_code->text().trimmed();
    if (typed.isEmpty())
        return tr("Type an ICD-10 code or part of a diagnosis, then pick it from the list.");
    QString code = uniqueCatalogCode(*m_completer, typed);
    // A well-formed code outside the demo's subset is still a valid ICD-10 code.
    const demo::Catalog *catalog = medicalCatalog();
    if (code.isEmpty() && catalog && catalog->chapterOf(typed.toUpper()))
        code = typed.toUpper();
    if (code.isEmpty())
        return tr("“%1” is not an ICD-10 code. Pick one from the list (it matches codes and "
                  "titles in English and Chinese).")
            .arg(typed);
    for (const records::Diagnosis &each : std::as_const(m_items))
        if (each.icd10 == code)
            return tr("%1 is listed already.").arg(code);
    m_items.append({code, m_note->text().trimmed()});
    return {};
}

void DiagnosisSection::removeItem(int row)
{
    m_items.removeAt(row);
}

void DiagnosisSection::clearItems()
{
    m_items.clear();
}

void DiagnosisSection::clearInput()
{
    m_code->clear();
    m_note->clear();
}

QList<EncounterSection::Line> DiagnosisSection::lines() const
{
    QList<Line> result;
    for (const records::Diagnosis &diagnosis : m_items)
        result.append({RecordFormat::diagnosis(diagnosis), {}});
    return result;
}

void DiagnosisSection::showTitle()
{
    const QString code = uniqueCatalogCode(*m_completer, m_code->text());
    m_title->setText(code.isEmpty() ? QString() : Icd10Titles::describe(code));
    m_title->setVisible(!code.isEmpty());
}

void DiagnosisSection::retranslateSection()
{
    EncounterSection::retranslateSection();
    setTitle(tr("Diagnoses"));
    m_codeLabel->setText(tr("&Diagnosis:"));
    m_code->setPlaceholderText(tr("ICD-10 code or title, English or Chinese"));
    m_noteLabel->setText(tr("N&ote:"));
    m_catalog->retranslate();
    showTitle();
}

} // namespace medchain::ui

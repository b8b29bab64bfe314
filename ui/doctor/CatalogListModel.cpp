#include "doctor/CatalogListModel.h"

#include "demo/Catalog.h"
#include "patient/Icd10Titles.h"

namespace medchain::ui {

CatalogListModel::CatalogListModel(QList<Entry> entries, QObject *parent)
    : QAbstractListModel(parent), m_entries(std::move(entries))
{
}

QList<CatalogListModel::Entry> CatalogListModel::icd10Entries(const demo::Catalog *catalog)
{
    QList<Entry> entries;
    if (catalog)
        for (const demo::Icd10Entry &entry : catalog->icd10Codes())
            entries.append({entry.code, entry.titleEn, entry.titleZh});
    return entries;
}

QList<CatalogListModel::Entry> CatalogListModel::drugEntries(const demo::Catalog *catalog)
{
    QList<Entry> entries;
    if (catalog)
        for (const demo::DrugEntry &entry : catalog->drugs())
            entries.append({entry.atc, entry.nameEn, entry.nameZh});
    return entries;
}

QList<CatalogListModel::Entry> CatalogListModel::examEntries(const demo::Catalog *catalog)
{
    QList<Entry> entries;
    if (catalog)
        for (const demo::ExamEntry &entry : catalog->exams())
            entries.append({entry.code, entry.nameEn, entry.nameZh});
    return entries;
}

int CatalogListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CatalogListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 — %2").arg(entry.code, title(entry));
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2\n%3").arg(entry.code, entry.titleEn, entry.titleZh);
    case CodeRole:
        return entry.code;
    case MatchRole:
        return QStringList {entry.code, entry.titleEn, entry.titleZh}.join(QLatin1Char(' '));
    case TitleRole:
        return title(entry);
    default:
        return {};
    }
}

const CatalogListModel::Entry *CatalogListModel::find(const QString &code) const
{
    const QString wanted = code.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (const Entry &entry : m_entries)
        if (entry.code.compare(wanted, Qt::CaseInsensitive) == 0)
            return &entry;
    return nullptr;
}

QString CatalogListModel::title(const Entry &entry)
{
    const bool chinese = Icd10Titles::currentLanguage() == QLocale::Chinese;
    return chinese && !entry.titleZh.isEmpty() ? entry.titleZh : entry.titleEn;
}

void CatalogListModel::retranslate()
{
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1));
}

} // namespace medchain::ui

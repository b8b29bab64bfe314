#include "patient/RecordTimelineModel.h"

#include "patient/Icd10Titles.h"
#include "patient/RecordFormat.h"

namespace medchain::ui {

RecordTimelineModel::RecordTimelineModel(QObject *parent) : QAbstractTableModel(parent) { }

int RecordTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const client::RecordSummary &record = row.summary;
    switch (role) {
    case Qt::DisplayRole:
        return text(record, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !record.problem.isEmpty())
            return record.problem;
        if (index.column() == DiagnosesColumn || index.column() == InstitutionColumn
            || index.column() == DoctorColumn)
            return text(record, index.column());
        return {};
    case RecordIdRole:
        return record.id.toByteArray();
    case EncounterTimeRole:
        return record.encounterTime;
    case CategoryRole:
        return int(record.category);
    case SearchTextRole:
        return row.search;
    case SortRole:
        if (index.column() == DateColumn)
            return record.encounterTime;
        return text(record, index.column());
    default:
        return {};
    }
}

QVariant RecordTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case InstitutionColumn:
        return tr("Institution");
    case DoctorColumn:
        return tr("Doctor");
    case DiagnosesColumn:
        return tr("Diagnoses");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

void RecordTimelineModel::appendBatch(const QList<client::RecordSummary> &batch)
{
    if (batch.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    m_rows.reserve(first + batch.size());
    for (const client::RecordSummary &summary : batch) {
        m_index.emplace(summary.id, int(m_rows.size()));
        m_rows.append(makeRow(summary));
    }
    endInsertRows();
}

bool RecordTimelineModel::replaceAll(const QList<client::RecordSummary> &records)
{
    // New records are the newest, so after a block they usually come first and the rows
    // already there follow in the same order: insert those in front and update the rest.
    const qsizetype added = records.size() - m_rows.size();
    bool sameTail = added >= 0;
    for (qsizetype i = 0; sameTail && i < m_rows.size(); ++i)
        sameTail = records.at(added + i).id == m_rows.at(i).summary.id;
    if (!sameTail) {
        beginResetModel();
        m_rows.clear();
        m_rows.reserve(records.size());
        for (const client::RecordSummary &summary : records)
            m_rows.append(makeRow(summary));
        reindex();
        endResetModel();
        return true;
    }
    if (added > 0) {
        beginInsertRows({}, 0, int(added) - 1);
        QList<Row> front;
        front.reserve(records.size());
        for (qsizetype i = 0; i < added; ++i)
            front.append(makeRow(records.at(i)));
        m_rows = front + m_rows;
        reindex();
        endInsertRows();
    }
    bool changed = added > 0;
    for (qsizetype i = added; i < records.size(); ++i) {
        if (sameOnScreen(records.at(i), m_rows.at(i).summary))
            continue;
        m_rows[i] = makeRow(records.at(i));
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        changed = true;
    }
    return changed;
}

void RecordTimelineModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

int RecordTimelineModel::rowOf(const client::Hash &id) const
{
    const auto found = m_index.find(id);
    return found == m_index.end() ? -1 : found->second;
}

void RecordTimelineModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

RecordTimelineModel::Row RecordTimelineModel::makeRow(const client::RecordSummary &summary)
{
    QStringList parts {summary.institution.name, summary.author.name, summary.author.institution,
                       summary.chiefComplaint};
    for (const QString &code : summary.diagnoses)
        parts.append(Icd10Titles::searchText(code));
    return {summary, parts.join(QLatin1Char('\n')).toLower()};
}

bool RecordTimelineModel::sameOnScreen(const client::RecordSummary &a,
                                       const client::RecordSummary &b)
{
    return a.id == b.id && a.version == b.version && a.category == b.category
        && a.encounterTime == b.encounterTime && a.height == b.height
        && a.institution.name == b.institution.name && a.author.name == b.author.name
        && a.author.institution == b.author.institution && a.diagnoses == b.diagnoses
        && a.chiefComplaint == b.chiefComplaint && a.amended == b.amended
        && a.amendmentPending == b.amendmentPending && a.problem == b.problem;
}

QString RecordTimelineModel::text(const client::RecordSummary &record, int column) const
{
    switch (column) {
    case DateColumn:
        return RecordFormat::date(record.encounterTime);
    case InstitutionColumn:
        return RecordFormat::party(record.institution);
    case DoctorColumn:
        return RecordFormat::party(record.author);
    case DiagnosesColumn:
        return Icd10Titles::describeAll(record.diagnoses);
    case StateColumn:
        return RecordFormat::recordState(record);
    default:
        return {};
    }
}

void RecordTimelineModel::reindex()
{
    m_index.clear();
    for (int row = 0; row < int(m_rows.size()); ++row)
        m_index.emplace(m_rows.at(row).summary.id, row);
}

} // namespace medchain::ui

#include "doctor/PatientListModel.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"

#include <QBrush>
#include <QFont>

namespace medchain::ui {

PatientListModel::PatientListModel(QObject *parent) : QAbstractTableModel(parent) { }

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::PatientEntry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(entry, index.column());
    case Qt::ToolTipRole:
        return tr("%1\nIdentity: %2\n%3")
            .arg(text(entry, NameColumn), PartyText::fullId(entry.patient.id), accessDetail(entry));
    case Qt::ForegroundRole:
        if (entry.emergency)
            return QBrush(emergencyColour());
        return {};
    case Qt::FontRole:
        if (entry.emergency && index.column() == AccessColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case PatientIdRole:
        return entry.patient.id.toByteArray();
    case GrantedRole:
        return entry.granted;
    case EmergencyRole:
        return entry.emergency;
    case SearchTextRole:
        return QStringList {entry.patient.name, PartyText::fullId(entry.patient.id)}
            .join(QLatin1Char(' '))
            .toLower();
    case SortRole:
        if (index.column() == LastEncounterColumn)
            return entry.lastEncounter;
        return text(entry, index.column());
    default:
        return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Patient");
    case AccessColumn:
        return tr("Access");
    case LastEncounterColumn:
        return tr("Last seen");
    default:
        return {};
    }
}

void PatientListModel::setPatients(const QList<client::PatientEntry> &patients)
{
    bool sameIds = patients.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < patients.size(); ++i)
        sameIds = patients.at(i).patient.id == m_rows.at(i).patient.id;
    if (!sameIds) {
        beginResetModel();
        m_rows = patients;
        endResetModel();
        return;
    }
    m_rows = patients;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int PatientListModel::rowOf(const client::IdentityId &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).patient.id == id)
            return int(row);
    return -1;
}

void PatientListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString PatientListModel::accessText(const client::PatientEntry &entry)
{
    if (entry.emergency)
        return tr("EMERGENCY");
    // Short, for a side panel: the tooltip and the header give the end date.
    if (entry.granted)
        return entry.grantedToInstitution ? tr("Via institution") : tr("Granted");
    if (entry.requestPending)
        return tr("Asked");
    return tr("No access");
}

QString PatientListModel::accessDetail(const client::PatientEntry &entry)
{
    if (entry.emergency)
        return tr("Emergency (break-glass) access in force");
    if (entry.granted) {
        const QString until = RecordFormat::date(entry.grantExpiry);
        return entry.grantedToInstitution
            ? tr("Access granted to your institution until %1").arg(until)
            : tr("Access granted to you until %1").arg(until);
    }
    if (entry.requestPending)
        return tr("You asked for access; no answer yet");
    return tr("No access: request it, or declare an emergency");
}

QColor PatientListModel::emergencyColour()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QString PatientListModel::text(const client::PatientEntry &entry, int column) const
{
    switch (column) {
    case NameColumn:
        return RecordFormat::party(entry.patient);
    case AccessColumn:
        return accessText(entry);
    case LastEncounterColumn:
        return entry.lastEncounter > 0 ? RecordFormat::date(entry.lastEncounter) : QString();
    default:
        return {};
    }
}

} // namespace medchain::ui

#include "regulator/ProgramModel.h"

#include "patient/Icd10Titles.h"
#include "patient/RecordFormat.h"
#include "patient/WalletText.h"
#include "regulator/SurveillanceText.h"

#include <algorithm>
#include <limits>

namespace medchain::ui {

void ProgramModel::setPrograms(const QList<client::ProgramEntry> &programs)
{
    beginResetModel();
    m_programs = programs;
    endResetModel();
}

const client::ProgramEntry *ProgramModel::programAt(int row) const
{
    return row >= 0 && row < m_programs.size() ? &m_programs[row] : nullptr;
}

void ProgramModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_programs.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProgramModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_programs.size());
}

int ProgramModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProgramModel::categoryText(const std::optional<chain::RecordCategory> &category)
{
    return category ? RecordFormat::category(*category) : tr("Any category");
}

QString ProgramModel::text(const client::ProgramEntry &program, int column) const
{
    switch (column) {
    case Name:
        return program.name;
    case Owner:
        return RecordFormat::party(program.owner);
    case Category:
        return categoryText(program.category);
    case Codes:
        return program.codes.isEmpty() ? tr("any diagnosis")
                                       : program.codes.join(QStringLiteral(", "));
    case AmountPerEvent:
        return WalletText::yuan(program.amountPerEvent);
    case Cap:
        return program.capPerPatient == 0 ? tr("no cap") : WalletText::yuan(program.capPerPatient);
    case Pool:
        return WalletText::yuan(program.pool);
    case Created:
        return tr("block %1").arg(SurveillanceText::count(qint64(program.height)));
    default:
        return QString();
    }
}

QVariant ProgramModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::ProgramEntry &program = m_programs[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(program, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Codes: {
            QStringList lines;
            for (const QString &code : program.codes)
                lines.append(Icd10Titles::describe(code));
            return lines.join(QLatin1Char('\n'));
        }
        case Pool:
            return program.pool < program.amountPerEvent
                ? tr("Less than one payment is left: the program pays nothing more until it is "
                     "funded again.")
                : tr(
                    "Enough for %n more payment(s).", nullptr,
                    int(std::min<qint64>(program.pool / std::max<qint64>(program.amountPerEvent, 1),
                                         std::numeric_limits<int>::max())));
        default:
            return tr("Program %1").arg(QString::fromLatin1(program.id.toByteArray().toHex()));
        }
    case IdRole:
        return program.id.toByteArray();
    case SortRole:
        switch (index.column()) {
        case AmountPerEvent:
            return program.amountPerEvent;
        case Cap:
            return program.capPerPatient;
        case Pool:
            return program.pool;
        case Created:
            return program.height;
        default:
            return text(program, index.column());
        }
    default:
        return {};
    }
}

QVariant ProgramModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Program");
    case Owner:
        return tr("Owner");
    case Category:
        return tr("Records");
    case Codes:
        return tr("ICD-10 codes");
    case AmountPerEvent:
        return tr("Pays per record");
    case Cap:
        return tr("Cap per patient");
    case Pool:
        return tr("Pool left");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace medchain::ui

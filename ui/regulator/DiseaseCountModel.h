// The cases of each disease group in the dashboard's window: ICD-10 chapters while no chapter is
// chosen, else the three-character categories of the chosen one. Titles in the interface's
// language.
#pragma once

#include "client/SurveillanceTypes.h"

#include <QAbstractTableModel>

namespace medchain::ui {

class DiseaseCountModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Disease, Cases, ColumnCount };
    enum DataRole {
        KeyRole = Qt::UserRole, // QString: the snapshot's key ("10" or "J10")
        ChapterRole, // int: the row's chapter (1–22), 0 if the catalog does not know the code
        CategoryRole, // QString: "J10"; empty on a chapter row
        CasesRole, // qint64
        SortRole, // the column's natural order (chapters by number, cases as numbers)
    };
    enum class Level { Chapters, Categories };

    using QAbstractTableModel::QAbstractTableModel;

    /// Rows of chapters (keys "1"…"22") or of categories (keys "J10").
    void setCounts(Level level, const QList<client::GroupCount> &counts);
    Level level() const { return m_level; }
    qint64 totalCases() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int chapterOfRow(const client::GroupCount &count) const;
    QString text(const client::GroupCount &count, int column) const;

    Level m_level = Level::Chapters;
    QList<client::GroupCount> m_counts;
};

} // namespace medchain::ui

// The reader for the catalog's and the demo's embedded CSV files, with errors that name the file
// and line. Files are UTF-8 with a header row that must match what the loader expects.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace medchain::demo {

/// Format: one record per line, fields separated by commas. A field may be enclosed in double
/// quotes, and then holds commas and doubled quotes ("" for "); fields never span lines. Lines
/// starting with # are comments and blank lines are skipped; the first other line is the header.
class CsvTable {
    Q_DECLARE_TR_FUNCTIONS(CsvTable)
public:
    struct Row {
        int line = 0;
        QStringList fields;
    };

    /// Parses `utf8`; `source` names it in errors. The header must equal `columns`.
    static Result<CsvTable> parse(const QString &source, QByteArrayView utf8,
                                  const QStringList &columns);
    /// Reads `directory`/`name` (a resource folder such as ":/catalog" or a real one).
    static Result<CsvTable> read(const QString &directory, const QString &name,
                                 const QStringList &columns);

    const QString &source() const { return m_source; }
    const QList<Row> &rows() const { return m_rows; }

    /// "<file>, line <n>: <message>".
    Error errorAt(const Row &row, const QString &message) const;
    /// A whole number in [min, max] from `column` of `row`, or an error naming the column.
    Result<qint64> integer(const Row &row, int column, qint64 min, qint64 max) const;

private:
    QString m_source;
    QStringList m_columns;
    QList<Row> m_rows;
};

} // namespace medchain::demo

#include "demo/CsvTable.h"

#include <QFile>

namespace medchain::demo {

namespace {

/// Splits one line into fields; false if a quoted field is not closed or text follows it.
bool splitLine(QStringView line, QStringList *fields)
{
    fields->clear();
    qsizetype i = 0;
    for (;;) {
        QString field;
        if (i < line.size() && line[i] == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= line.size())
                    return false;
                if (line[i] == QLatin1Char('"')) {
                    if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                        field.append(QLatin1Char('"'));
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(line[i++]);
            }
            if (i < line.size() && line[i] != QLatin1Char(','))
                return false;
        } else {
            const qsizetype comma = line.indexOf(QLatin1Char(','), i);
            const qsizetype end = comma < 0 ? line.size() : comma;
            field = line.sliced(i, end - i).toString();
            i = end;
        }
        fields->append(field);
        if (i >= line.size())
            return true;
        ++i; // the comma
    }
}

} // namespace

Result<CsvTable> CsvTable::parse(const QString &source, QByteArrayView utf8,
                                 const QStringList &columns)
{
    CsvTable table;
    table.m_source = source;
    table.m_columns = columns;
    const QString text = QString::fromUtf8(utf8);
    if (text.contains(QChar::ReplacementCharacter))
        return Error {tr("%1 is not valid UTF-8.").arg(source)};
    const QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));
    bool haveHeader = false;
    QStringList fields;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QStringView line = lines[n];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const int lineNumber = int(n + 1);
        if (!splitLine(line, &fields))
            return Error {tr("%1, line %2: a quoted field is not closed properly.")
                              .arg(source)
                              .arg(lineNumber)};
        if (!haveHeader) {
            if (fields != columns)
                return Error {tr("%1, line %2: the header should be \"%3\".")
                                  .arg(source)
                                  .arg(lineNumber)
                                  .arg(columns.join(QLatin1Char(',')))};
            haveHeader = true;
            continue;
        }
        if (fields.size() != columns.size())
            return Error {tr("%1, line %2: %3 fields where the header has %4.")
                              .arg(source)
                              .arg(lineNumber)
                              .arg(fields.size())
                              .arg(columns.size())};
        table.m_rows.append(Row {lineNumber, fields});
    }
    if (!haveHeader)
        return Error {tr("%1 is empty: it has no header row.").arg(source)};
    return table;
}

Result<CsvTable> CsvTable::read(const QString &directory, const QString &name,
                                const QStringList &columns)
{
    QFile file(directory + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())};
    return parse(name, file.readAll(), columns);
}

Error CsvTable::errorAt(const Row &row, const QString &message) const
{
    return Error {tr("%1, line %2: %3").arg(m_source).arg(row.line).arg(message)};
}

Result<qint64> CsvTable::integer(const Row &row, int column, qint64 min, qint64 max) const
{
    bool ok = false;
    const qint64 value = row.fields.at(column).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return errorAt(row,
                       tr("%1 must be a whole number from %2 to %3, not \"%4\".")
                           .arg(m_columns.at(column))
                           .arg(min)
                           .arg(max)
                           .arg(row.fields.at(column)));
    return value;
}

} // namespace medchain::demo

// The regulator's dashboard as tables for export: CSV for spreadsheets (UTF-8 with BOM, RFC 4180,
// CRLF) and HTML for the PDF. Codes keep columns of their own; every name in them is untrusted.
#pragma once

#include "client/SurveillanceTypes.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace medchain::ui {

class DashboardReport {
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)
public:
    /// What is exported: the dashboard as shown. Plain values, so a worker thread can take it.
    struct Input {
        client::SurveillanceSnapshot snapshot;
        /// Alerts and findings load apart from the snapshot: nullopt leaves their table out.
        std::optional<QList<client::OutbreakAlert>> alerts;
        std::optional<QList<client::SupervisionFinding>> findings;
        QString authority; // the regulator's display name
        QDateTime generated; // when the export was asked for
        QImage dayChart; // optional, for the PDF: SurveillancePage's charts, grabbed
        QImage regionChart;
    };

    enum class Kind { Query, Days, Regions, Chapters, Categories, Alerts, BreakGlass, Findings };

    /// The CSV has codes and raw figures in columns of their own (plain numbers, ISO 8601
    /// dates and times, fen); the PDF leaves out hashes and says figures in words and units.
    enum class Format { Csv, Pdf };

    /// One table of the export: its title and header in the interface's language.
    struct Table {
        Kind kind = Kind::Query;
        QString title;
        QStringList header;
        QList<QStringList> rows;
        QList<int> numericColumns; // right-aligned in the PDF
    };

    /// In the order exported: query, days, regions, chapters, categories, alerts (when
    /// loaded), break-glass, findings (when loaded).
    static QList<Table> tables(const Input &input, Format format);

    /// BOM, then each table (title row, header row, rows) with an empty line between tables.
    static QByteArray csv(const Input &input);
    /// One CSV field: quoted when it holds a quote, comma or line break; a text a spreadsheet
    /// would run as a formula (=, +, -, @ first) gets a leading apostrophe.
    static QString csvField(const QString &text);

    /// The document the PDF lays out; names escaped, charts as <img> of images().
    static QString html(const Input &input);
    /// The charts by the names html() gives them (none when Input has none).
    static QHash<QString, QImage> images(const Input &input);
    /// The PDF's title.
    static QString title(const Input &input);

    /// Written atomically; both safe on a worker thread.
    static Result<void> writeCsv(const Input &input, const QString &path);
    static Result<void> writePdf(const Input &input, const QString &path);
};

} // namespace medchain::ui

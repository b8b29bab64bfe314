// The patient's printable copy of chosen records: one HTML document (a header naming the
// patient, then each record with its content and integrity proof) and its PDF.
#pragma once

#include "client/ClientTypes.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace medchain::ui {

class RecordReport {
    Q_DECLARE_TR_FUNCTIONS(RecordReport)
public:
    /// The whole document; each record starts on a new page.
    static QString html(const QString &patientName, const client::IdentityId &patient,
                        const QList<client::RecordDetail> &records, const QDateTime &exported);

    /// Lays out html on A4 pages and writes it as PDF, atomically (the file appears whole or
    /// not at all). Safe on a worker thread: it creates its own document.
    static Result<void> writePdf(const QString &html, const QString &path, const QString &title);
    /// Writes bytes atomically (for the evidence file).
    static Result<void> writeFile(const QByteArray &bytes, const QString &path);
};

} // namespace medchain::ui

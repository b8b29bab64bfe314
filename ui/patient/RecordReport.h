// The patient's printable copy of chosen records: one HTML document (a header naming the
// patient, then each record with its content and integrity proof); ExportFiles makes the PDF.
#pragma once

#include "client/ClientTypes.h"

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
};

} // namespace medchain::ui

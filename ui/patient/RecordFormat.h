// How the patient's pages write a record's parts as text: dates, doses, frequencies, parties,
// categories and states. Shared by the timeline, the detail pane, the comparison and the PDF.
#pragma once

#include "client/ClientTypes.h"
#include "records/RecordContent.h"

#include <QCoreApplication>
#include <QString>

namespace medchain::ui {

class RecordFormat {
    Q_DECLARE_TR_FUNCTIONS(RecordFormat)
public:
    /// "2024-03-05" in local time, from ms since the Unix epoch.
    static QString date(qint64 msSinceEpoch);
    /// "2024-03-05 14:30" in local time.
    static QString dateTime(qint64 msSinceEpoch);

    /// "250 µg", "5 mg", "62.5 mg": computed in integers, never floating point.
    static QString dose(qint64 micrograms);
    /// "tid (three times a day)"; the code alone when it is not a known one.
    static QString frequency(const QString &code);
    static QString days(qint64 count);

    static QString category(chain::RecordCategory category);
    /// The party's name, or "Unknown identity 1a2b3c4d" when the replica does not know it.
    static QString party(const client::Party &party);
    static QString amendmentState(client::AmendmentState state);
    /// What the timeline's state column says: amended, amendment pending, cannot be read.
    static QString recordState(const client::RecordSummary &record);
    // One item of a record's content on one line, as the detail pane, the comparison and the
    // PDF list them.
    static QString diagnosis(const records::Diagnosis &diagnosis);
    static QString prescription(const records::Prescription &prescription);
    static QString exam(const records::Exam &exam);
    static QString fee(const records::Fee &fee);
    static QString yuan(wallet::Amount fen);

    /// First 8 bytes of a hash or key in hex: enough for a person to compare.
    static QString shortHex(const QByteArray &bytes);
};

} // namespace medchain::ui

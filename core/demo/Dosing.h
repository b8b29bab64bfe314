// How often a drug is given: administrations per day for the frequency codes written on Chinese
// prescriptions (qd, bid, tid, …). A daily dose is dose × the most administrations on one day.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace medchain::demo {

/// The most administrations that fall on one day at `frequency`: "qd" 1, "bid" 2, "tid" 3,
/// "qid" 4, "q4h" 6, "q6h" 4, "q8h" 3, "q12h" 2, "qn" (at night) 1, "qod" (every other day) 1,
/// "biw" (twice a week) 1, "qw" (weekly) 1, "st" (once, now) 1. Nothing for "prn" (as needed,
/// no fixed count) and for codes it does not know. Codes are matched case-insensitively.
std::optional<int> administrationsPerDay(QStringView frequency);

/// How many administrations a course of `days` days holds ("qod" every other day, "st" once).
std::optional<qint64> administrationsOver(QStringView frequency, qint64 days);

/// dose × administrationsPerDay: what a maximum daily dose limits. Nothing if the frequency has
/// no fixed count.
std::optional<qint64> dailyDoseMicrograms(qint64 doseMicrograms, QStringView frequency);

/// True if the daily dose is known and above `maxDailyMicrograms`.
bool exceedsMaxDailyDose(qint64 doseMicrograms, QStringView frequency, qint64 maxDailyMicrograms);

/// The frequency codes understood (lower case), in a stable order.
QList<QString> frequencyCodes();

} // namespace medchain::demo

// The encounter form's checks as pure functions: dose text to micrograms, the maximum daily dose
// warning, the repeated-examination warning (the paper's pain point) and the minimum content.
#pragma once

#include "client/ClientTypes.h"
#include "records/RecordContent.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace medchain::ui {

class EncounterChecks {
    Q_DECLARE_TR_FUNCTIONS(EncounterChecks)
public:
    static constexpr qint64 DayMs = 24 * 60 * 60 * 1000;
    /// Where QSettings keeps the repeated-exam window in days (0 turns the warning off).
    static constexpr const char *RepeatExamDaysKey = "doctor/repeatExamDays";
    static constexpr int DefaultRepeatExamDays = 30;

    /// "500", "62.5", "0.125" milligrams as micrograms, in integers: nothing for an empty,
    /// negative or zero amount, more than three decimals, anything but digits and one '.', or
    /// more than a million milligrams.
    static std::optional<qint64> parseMilligrams(QStringView text);
    /// The inverse: 62500 → "62.5", 500000 → "500".
    static QString milligramsText(qint64 micrograms);

    /// The warning to show when dose × the administrations per day of frequency (demo/Dosing.h)
    /// exceeds maxDailyMicrograms; nothing when it does not, when the frequency has no fixed
    /// count (prn) or when no maximum is known (0).
    static std::optional<QString> doseWarning(qint64 doseMicrograms, const QString &frequency,
                                              qint64 maxDailyMicrograms);

    /// The newest exam of code (case-insensitively) done within days before now; nothing when
    /// there is none or days is 0 or less.
    static std::optional<client::ExamDone>
    recentExam(const QString &code, const QList<client::ExamDone> &done, qint64 now, int days);
    /// "WARNING: Complete blood count was already done on 2026-11-20 (4 days ago) at …".
    static QString repeatedExamWarning(const client::ExamDone &done, qint64 now);
    /// The window from QSettings (RepeatExamDaysKey), DefaultRepeatExamDays when unset or invalid.
    static int repeatExamDays();

    /// What keeps content from being signed, in words, or an empty string: a record needs a
    /// chief complaint or at least one diagnosis.
    static QString missingContent(const records::RecordContent &content);
};

} // namespace medchain::ui

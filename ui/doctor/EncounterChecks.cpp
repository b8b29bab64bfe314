#include "doctor/EncounterChecks.h"

#include "demo/Dosing.h"
#include "patient/PartyText.h"
#include "patient/RecordFormat.h"

#include <QSettings>

namespace medchain::ui {

namespace {
constexpr qint64 kMaxMilligrams = 1'000'000;
constexpr int kMaxDecimals = 3; // micrograms
} // namespace

std::optional<qint64> EncounterChecks::parseMilligrams(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? trimmed : trimmed.left(dot);
    const QStringView decimals = dot < 0 ? QStringView() : trimmed.mid(dot + 1);
    if (whole.isEmpty() && decimals.isEmpty())
        return std::nullopt;
    if (decimals.size() > kMaxDecimals || (dot >= 0 && decimals.isEmpty()))
        return std::nullopt;
    // Digits only, checked one by one: no sign, no exponent, no second dot, no locale surprises.
    qint64 micrograms = 0;
    for (const QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        micrograms = micrograms * 10 + (c.unicode() - '0');
        if (micrograms > kMaxMilligrams)
            return std::nullopt;
    }
    micrograms *= 1000;
    qint64 scale = 100;
    for (const QChar c : decimals) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        micrograms += (c.unicode() - '0') * scale;
        scale /= 10;
    }
    if (micrograms <= 0 || micrograms > kMaxMilligrams * 1000)
        return std::nullopt;
    return micrograms;
}

QString EncounterChecks::milligramsText(qint64 micrograms)
{
    const QString sign = micrograms < 0 ? QStringLiteral("-") : QString();
    const quint64 magnitude = micrograms < 0 ? 0 - quint64(micrograms) : quint64(micrograms);
    QString text = sign + QString::number(magnitude / 1000);
    if (const quint64 fraction = magnitude % 1000; fraction != 0) {
        QString decimals = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        text += QLatin1Char('.') + decimals;
    }
    return text;
}

std::optional<QString> EncounterChecks::doseWarning(qint64 doseMicrograms, const QString &frequency,
                                                    qint64 maxDailyMicrograms)
{
    if (maxDailyMicrograms <= 0
        || !demo::exceedsMaxDailyDose(doseMicrograms, frequency, maxDailyMicrograms))
        return std::nullopt;
    const std::optional<qint64> daily = demo::dailyDoseMicrograms(doseMicrograms, frequency);
    if (!daily)
        return std::nullopt;
    return tr("WARNING: %1 a day (%2, %3) is above the maximum daily dose of %4.")
        .arg(RecordFormat::dose(*daily), RecordFormat::dose(doseMicrograms),
             RecordFormat::frequency(frequency), RecordFormat::dose(maxDailyMicrograms));
}

std::optional<client::ExamDone> EncounterChecks::recentExam(const QString &code,
                                                            const QList<client::ExamDone> &done,
                                                            qint64 now, int days)
{
    if (days <= 0 || code.trimmed().isEmpty())
        return std::nullopt;
    const qint64 since = now - qint64(days) * DayMs;
    std::optional<client::ExamDone> newest;
    for (const client::ExamDone &exam : done) {
        if (exam.code.compare(code.trimmed(), Qt::CaseInsensitive) != 0 || exam.time < since)
            continue;
        if (!newest || exam.time > newest->time)
            newest = exam;
    }
    return newest;
}

QString EncounterChecks::repeatedExamWarning(const client::ExamDone &done, qint64 now)
{
    const qint64 daysAgo = qMax<qint64>(0, (now - done.time) / DayMs);
    const QString name = done.name.isEmpty() ? done.code : done.name;
    // Not a %n plural, like RecordFormat::days: English would need a numerus form to read.
    const QString when = daysAgo == 0 ? tr("today")
        : daysAgo == 1                ? tr("yesterday")
                                      : tr("%1 days ago").arg(daysAgo);
    if (done.institution.name.isEmpty())
        return tr("WARNING: %1 was already done on %2 (%3). Is it needed again?")
            .arg(name, RecordFormat::date(done.time), when);
    return tr("WARNING: %1 was already done on %2 (%3) at %4. Is it needed again?")
        .arg(name, RecordFormat::date(done.time), when, PartyText::display(done.institution));
}

int EncounterChecks::repeatExamDays()
{
    bool ok = false;
    const int days
        = QSettings().value(QLatin1String(RepeatExamDaysKey), DefaultRepeatExamDays).toInt(&ok);
    return ok && days >= 0 ? days : DefaultRepeatExamDays;
}

QString EncounterChecks::missingContent(const records::RecordContent &content)
{
    if (content.chiefComplaint.trimmed().isEmpty() && content.diagnoses.isEmpty())
        return tr("Enter a chief complaint or at least one diagnosis.");
    return {};
}

} // namespace medchain::ui

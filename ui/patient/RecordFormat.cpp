#include "patient/RecordFormat.h"

#include "patient/Icd10Titles.h"
#include "wallet/Money.h"

#include <QDateTime>

namespace medchain::ui {

QString RecordFormat::date(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd"));
}

QString RecordFormat::dateTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString RecordFormat::dose(qint64 micrograms)
{
    const QString sign = micrograms < 0 ? QStringLiteral("-") : QString();
    // The magnitude as unsigned, so even the most negative value has one.
    const quint64 magnitude = micrograms < 0 ? 0 - quint64(micrograms) : quint64(micrograms);
    if (magnitude < 1000)
        return tr("%1 µg").arg(sign + QString::number(magnitude));
    QString milligrams = sign + QString::number(magnitude / 1000);
    if (const quint64 fraction = magnitude % 1000; fraction != 0) {
        QString decimals = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        milligrams += QLatin1Char('.') + decimals;
    }
    return tr("%1 mg").arg(milligrams);
}

QString RecordFormat::frequency(const QString &code)
{
    const QString key = code.trimmed().toLower();
    QString words;
    if (key == QLatin1String("qd"))
        words = tr("once a day");
    else if (key == QLatin1String("bid"))
        words = tr("twice a day");
    else if (key == QLatin1String("tid"))
        words = tr("three times a day");
    else if (key == QLatin1String("qid"))
        words = tr("four times a day");
    else if (key == QLatin1String("q4h"))
        words = tr("every 4 hours");
    else if (key == QLatin1String("q6h"))
        words = tr("every 6 hours");
    else if (key == QLatin1String("q8h"))
        words = tr("every 8 hours");
    else if (key == QLatin1String("q12h"))
        words = tr("every 12 hours");
    else if (key == QLatin1String("qn"))
        words = tr("at night");
    else if (key == QLatin1String("qod"))
        words = tr("every other day");
    else if (key == QLatin1String("biw"))
        words = tr("twice a week");
    else if (key == QLatin1String("qw"))
        words = tr("once a week");
    else if (key == QLatin1String("st"))
        words = tr("once, immediately");
    else if (key == QLatin1String("prn"))
        words = tr("as needed");
    return words.isEmpty() ? code : tr("%1 (%2)").arg(code, words);
}

QString RecordFormat::days(qint64 count)
{
    // Not a %n plural: the English catalogue would need a numerus form for "1 day" to read.
    return count == 1 ? tr("1 day") : tr("%1 days").arg(count);
}

QString RecordFormat::category(chain::RecordCategory category)
{
    switch (category) {
    case chain::RecordCategory::Encounter:
        return tr("Encounter");
    case chain::RecordCategory::Laboratory:
        return tr("Laboratory");
    case chain::RecordCategory::Imaging:
        return tr("Imaging");
    case chain::RecordCategory::Prescription:
        return tr("Prescription");
    case chain::RecordCategory::Vaccination:
        return tr("Vaccination");
    }
    return tr("Other");
}

QString RecordFormat::party(const client::Party &party)
{
    if (!party.name.isEmpty())
        return party.name;
    return tr("Unknown identity %1").arg(shortHex(party.id.toByteArray()));
}

QString RecordFormat::amendmentState(client::AmendmentState state)
{
    switch (state) {
    case client::AmendmentState::Pending:
        return tr("awaiting your answer");
    case client::AmendmentState::Confirmed:
        return tr("confirmed");
    case client::AmendmentState::Rejected:
        return tr("rejected");
    }
    return {};
}

QString RecordFormat::recordState(const client::RecordSummary &record)
{
    if (!record.problem.isEmpty())
        return tr("Cannot be read");
    if (record.amended && record.amendmentPending)
        return tr("Amended; amendment pending");
    if (record.amendmentPending)
        return tr("Amendment pending");
    if (record.amended)
        return tr("Amended");
    return {};
}

QString RecordFormat::diagnosis(const records::Diagnosis &diagnosis)
{
    const QString described = Icd10Titles::describe(diagnosis.icd10);
    // A doctor's note that only repeats the code's title, in either language (records written
    // in Chinese do), adds nothing.
    const QString &note = diagnosis.note;
    if (note.isEmpty() || note == Icd10Titles::title(diagnosis.icd10, QLocale::English)
        || note == Icd10Titles::title(diagnosis.icd10, QLocale::Chinese))
        return described;
    return tr("%1 — %2").arg(described, diagnosis.note);
}

QString RecordFormat::prescription(const records::Prescription &prescription)
{
    const QString drug = prescription.drugCode.isEmpty()
        ? prescription.drugName
        : tr("%1 (%2)").arg(prescription.drugName, prescription.drugCode);
    return tr("%1: %2, %3, for %4")
        .arg(drug, dose(prescription.doseMicrograms), frequency(prescription.frequency),
             days(prescription.durationDays));
}

QString RecordFormat::exam(const records::Exam &exam)
{
    const QString name = exam.code.isEmpty() ? exam.name : tr("%1 (%2)").arg(exam.name, exam.code);
    return exam.result.isEmpty() ? name : tr("%1: %2").arg(name, exam.result);
}

QString RecordFormat::fee(const records::Fee &fee)
{
    return tr("%1: %2").arg(fee.item, yuan(fee.amountFen));
}

QString RecordFormat::yuan(wallet::Amount fen)
{
    return tr("¥%1").arg(wallet::formatYuan(fen));
}

QString RecordFormat::shortHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.left(8).toHex());
}

} // namespace medchain::ui

#include "patient/RecordReport.h"

#include "patient/RecordFormat.h"
#include "patient/RecordHtml.h"

namespace medchain::ui {

namespace {

// The identity key in groups of eight hex digits, so a person can read it aloud and compare.
QString groupedHex(const QByteArray &bytes)
{
    const QString hex = QString::fromLatin1(bytes.toHex());
    QStringList groups;
    for (qsizetype at = 0; at < hex.size(); at += 8)
        groups.append(hex.mid(at, 8));
    return groups.join(QLatin1Char(' '));
}

} // namespace

QString RecordReport::html(const QString &patientName, const client::IdentityId &patient,
                           const QList<client::RecordDetail> &records, const QDateTime &exported)
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head>"
                                  "<body>")
                       .arg(RecordHtml::escaped(tr("Medical records of %1").arg(patientName)));
    html += QStringLiteral("<h1>%1</h1>")
                .arg(RecordHtml::escaped(tr("Medical records of %1").arg(patientName)));
    html += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
                .arg(RecordHtml::escaped(
                         tr("Patient identity: %1").arg(groupedHex(patient.toByteArray()))),
                     RecordHtml::escaped(
                         tr("Exported from MedChain on %1; %n record(s).", nullptr,
                            int(records.size()))
                             .arg(RecordFormat::dateTime(exported.toMSecsSinceEpoch()))),
                     RecordHtml::escaped(
                         tr("Each record ends with its integrity proof: the block in which the "
                            "network committed it, who signed it and whether the proof checks "
                            "out. The dispute evidence file of a record lets anyone verify it "
                            "offline.")));
    // The first record follows the header; each other one starts a page of its own.
    for (qsizetype i = 0; i < records.size(); ++i)
        html += (i == 0 ? QStringLiteral("<hr/><div>%1</div>")
                        : QStringLiteral("<div style=\"page-break-before:always\">%1</div>"))
                    .arg(RecordHtml::record(records.at(i)));
    return html + QStringLiteral("</body></html>");
}

} // namespace medchain::ui

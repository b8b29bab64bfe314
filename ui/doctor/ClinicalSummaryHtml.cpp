#include "doctor/ClinicalSummaryHtml.h"

#include "patient/RecordFormat.h"
#include "patient/RecordHtml.h"

namespace medchain::ui {

namespace {
const QLatin1String kAllergyBackground("#fde2e1");
const QLatin1String kAllergyColour("#8c1d18");
} // namespace

QString ClinicalSummaryHtml::summary(const client::ClinicalSummary &summary)
{
    return allergies(summary.allergies) + medications(summary.medications)
        + QStringLiteral("<p>%1</p>")
              .arg(RecordHtml::escaped(coverage(summary.readable, summary.unreadable)));
}

QString ClinicalSummaryHtml::allergies(const QStringList &allergies)
{
    if (allergies.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(RecordHtml::escaped(tr("Allergies: none recorded in the records you can read.")));
    return QStringLiteral("<p style=\"background-color:%1; color:%2\"><b>%3</b> %4</p>")
        .arg(kAllergyBackground, kAllergyColour, RecordHtml::escaped(tr("⚠ Allergies:")),
             RecordHtml::escaped(allergies.join(tr("; "))));
}

QString ClinicalSummaryHtml::medications(const QList<client::CurrentMedication> &medications)
{
    if (medications.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(RecordHtml::escaped(tr("Current medications: none.")));
    QString html = QStringLiteral("<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"2\">"
                                  "<tr><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                                  "<th align=\"left\">%4</th><th align=\"left\">%5</th></tr>")
                       .arg(RecordHtml::escaped(tr("Current medications")),
                            RecordHtml::escaped(tr("Drug")), RecordHtml::escaped(tr("Dose")),
                            RecordHtml::escaped(tr("Frequency")), RecordHtml::escaped(tr("Until")));
    for (const client::CurrentMedication &medication : medications) {
        const records::Prescription &p = medication.prescription;
        const QString drug = p.drugName.isEmpty() ? p.drugCode : p.drugName;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(RecordHtml::escaped(drug),
                         RecordHtml::escaped(RecordFormat::dose(p.doseMicrograms)),
                         RecordHtml::escaped(RecordFormat::frequency(p.frequency)),
                         RecordHtml::escaped(RecordFormat::date(medication.ends)));
    }
    return html + QStringLiteral("</table>");
}

QString ClinicalSummaryHtml::coverage(int readable, int unreadable)
{
    const QString can = tr("%n record(s) you can read", nullptr, readable);
    if (unreadable <= 0)
        return can;
    return tr("%1 · %2").arg(can, tr("%n not covered by your access", nullptr, unreadable));
}

} // namespace medchain::ui

#include "patient/RecordHtml.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"
#include "wallet/Money.h"

namespace medchain::ui {

namespace {

const QLatin1String kVerifiedColour("#1b7f3b");
const QLatin1String kWarningColour("#b3261e");
const QLatin1String kRemovedBackground("#fbe0dd");
const QLatin1String kAddedBackground("#dcf3e0");

QString section(const QString &title, const QString &body)
{
    return QStringLiteral("<h3>%1</h3>%2").arg(RecordHtml::escaped(title), body);
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(RecordHtml::escaped(item));
    return html + QStringLiteral("</ul>");
}

template <typename Item, typename Format> QStringList lines(const QList<Item> &items, Format format)
{
    QStringList result;
    for (const Item &item : items)
        result.append(format(item));
    return result;
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(RecordHtml::escaped(label), valueHtml);
}

QString comparisonCell(const QStringList &lines, const QList<bool> &marked,
                       const QLatin1String &background, const QString &sign)
{
    if (lines.isEmpty())
        return QStringLiteral("—");
    QStringList cells;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (marked.value(i))
            cells.append(QStringLiteral("<span style=\"background-color:%1\">%2 %3</span>")
                             .arg(background, sign, RecordHtml::escaped(lines.at(i))));
        else
            cells.append(RecordHtml::escaped(lines.at(i)));
    }
    return cells.join(QStringLiteral("<br/>"));
}

} // namespace

QString RecordHtml::record(const client::RecordDetail &detail, Reader reader)
{
    QString html = heading(detail.summary);
    if (!detail.summary.problem.isEmpty())
        html += warning(tr("This record cannot be read: %1").arg(detail.summary.problem));
    else
        html += content(detail.content);
    html += amendments(detail, reader);
    html += section(tr("Integrity proof"), proof(detail.proof));
    return html;
}

QString RecordHtml::heading(const client::RecordSummary &summary)
{
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(escaped(tr("%1 · %2").arg(RecordFormat::date(summary.encounterTime),
                                                      RecordFormat::category(summary.category))));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += row(tr("Institution"), escaped(RecordFormat::party(summary.institution)));
    html += row(tr("Doctor"), escaped(RecordFormat::party(summary.author)));
    html += row(tr("Encounter time"), escaped(RecordFormat::dateTime(summary.encounterTime)));
    const QString state = RecordFormat::recordState(summary);
    if (!state.isEmpty())
        html += row(tr("State"), escaped(state));
    return html + QStringLiteral("</table>");
}

QString RecordHtml::content(const records::RecordContent &content)
{
    QString html;
    if (!content.chiefComplaint.isEmpty())
        html += section(tr("Chief complaint"),
                        QStringLiteral("<p>%1</p>").arg(escaped(content.chiefComplaint)));
    if (!content.diagnoses.isEmpty())
        html += section(tr("Diagnoses"), list(lines(content.diagnoses, RecordFormat::diagnosis)));
    if (!content.prescriptions.isEmpty())
        html += section(tr("Prescriptions"),
                        list(lines(content.prescriptions, RecordFormat::prescription)));
    if (!content.exams.isEmpty())
        html += section(tr("Examinations"), list(lines(content.exams, RecordFormat::exam)));
    if (!content.notes.isEmpty())
        html += section(tr("Notes"), QStringLiteral("<p>%1</p>").arg(escaped(content.notes)));
    if (!content.fees.isEmpty()) {
        QStringList fees = lines(content.fees, RecordFormat::fee);
        std::optional<wallet::Amount> total = 0;
        for (const records::Fee &fee : content.fees)
            total = total ? wallet::checkedAdd(*total, fee.amountFen) : std::nullopt;
        if (total && content.fees.size() > 1)
            fees.append(tr("Total: %1").arg(RecordFormat::yuan(*total)));
        html += section(tr("Fees"), list(fees));
    }
    return html;
}

QString RecordHtml::amendments(const client::RecordDetail &detail, Reader reader)
{
    if (detail.amendments.isEmpty())
        return {};
    QStringList entries;
    // Each amendment is compared with the version it would replace: the original, or the last
    // confirmed amendment before it.
    const records::RecordContent *base = detail.original ? &*detail.original : nullptr;
    for (const client::AmendmentEntry &amendment : detail.amendments) {
        QString text = tr("%1 by %2: %3")
                           .arg(RecordFormat::dateTime(amendment.proposed),
                                PartyText::display(amendment.author),
                                reader == Reader::Clinician
                                        && amendment.state == client::AmendmentState::Pending
                                    ? tr("awaiting the patient's answer")
                                    : RecordFormat::amendmentState(amendment.state));
        QString html = escaped(text);
        if (!amendment.content) {
            html += QStringLiteral("<br/>") + warning(tr("Its content cannot be read."));
        } else {
            // Without the version it replaces (a reader granted after it) nothing to compare.
            if (base) {
                const QStringList changed = RecordDiff::changedFields(*base, *amendment.content);
                html += QStringLiteral("<br/>")
                    + escaped(changed.isEmpty() ? tr("Changes nothing.")
                                                : tr("Changes: %1").arg(changed.join(tr(", "))));
            }
            if (amendment.state == client::AmendmentState::Confirmed)
                base = &*amendment.content;
        }
        entries.append(QStringLiteral("<li>%1</li>").arg(html));
    }
    return section(tr("Amendment history"),
                   QStringLiteral("<ol>%1</ol>").arg(entries.join(QString())));
}

QString RecordHtml::proof(const client::IntegrityProof &proof)
{
    QString html;
    if (proof.verified)
        html = QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>")
                   .arg(kVerifiedColour, escaped(tr("✓ Verified")));
    else
        html = warning(
            tr("⚠ Not verified: %1")
                .arg(proof.problem.isEmpty() ? tr("no proof was found.") : proof.problem));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    if (proof.height > 0) {
        html += row(tr("Block"),
                    escaped(tr("%1 (%2…)")
                                .arg(proof.height)
                                .arg(RecordFormat::shortHex(proof.blockHash.toByteArray()))));
        html += row(tr("Block time"), escaped(RecordFormat::dateTime(proof.blockTime)));
    }
    if (!proof.signer.isEmpty())
        html += row(tr("Signed by"), escaped(proof.signer));
    if (!proof.validators.isEmpty())
        html += row(tr("Validators"), escaped(proof.validators.join(tr(", "))));
    html += row(tr("Transaction"),
                QStringLiteral("<tt>%1</tt>").arg(QString::fromLatin1(proof.transaction.toHex())));
    return html + QStringLiteral("</table>");
}

QString RecordHtml::comparison(const QList<FieldComparison> &fields)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                       .arg(escaped(tr("Field")), escaped(tr("In force")), escaped(tr("Proposed")));
    for (const FieldComparison &field : fields) {
        const QString name = field.changed ? tr("%1 (changed)").arg(field.field) : field.field;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(field.changed ? QStringLiteral("<b>%1</b>").arg(escaped(name))
                                       : escaped(name),
                         comparisonCell(field.before, field.removed, kRemovedBackground,
                                        QStringLiteral("\u2212")),
                         comparisonCell(field.after, field.added, kAddedBackground,
                                        QStringLiteral("+")));
    }
    return html + QStringLiteral("</table>");
}

QString RecordHtml::warning(const QString &text)
{
    return QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>").arg(kWarningColour, escaped(text));
}

QString RecordHtml::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

} // namespace medchain::ui

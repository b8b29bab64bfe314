// A record as HTML for Qt's rich text (QTextBrowser, QTextDocument): its content, amendment
// history and integrity proof. Everything from the record is escaped; only tags are ours.
#pragma once

#include "client/ClientTypes.h"
#include "patient/RecordDiff.h"

#include <QCoreApplication>
#include <QString>

namespace medchain::ui {

class RecordHtml {
    Q_DECLARE_TR_FUNCTIONS(RecordHtml)
public:
    /// Whose eyes the text is for: the patient answers amendments; a clinician waits on them.
    enum class Reader { Patient, Clinician };

    /// Heading (date, category, where, who), content, amendment history and proof.
    static QString record(const client::RecordDetail &detail, Reader reader = Reader::Patient);
    static QString heading(const client::RecordSummary &summary);
    static QString content(const records::RecordContent &content);
    /// Each amendment with its author, date, state and the fields it changes.
    static QString amendments(const client::RecordDetail &detail, Reader reader);
    /// "✓ Verified" with the block, or a warning that states the proof's problem.
    static QString proof(const client::IntegrityProof &proof);
    /// A table of field, before and after, with what changed highlighted and marked −/+.
    static QString comparison(const QList<FieldComparison> &fields);
    /// A paragraph in the warning colour.
    static QString warning(const QString &text);
    /// Escaped, with line breaks kept.
    static QString escaped(const QString &text);
};

} // namespace medchain::ui

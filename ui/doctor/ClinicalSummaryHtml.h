// The clinician's at-a-glance view of a patient as rich text: allergies (highlighted), current
// medications with dose, frequency and end, and how many records this doctor can read.
#pragma once

#include "client/ClientTypes.h"

#include <QCoreApplication>
#include <QString>

namespace medchain::ui {

class ClinicalSummaryHtml {
    Q_DECLARE_TR_FUNCTIONS(ClinicalSummaryHtml)
public:
    /// Everything from the summary is escaped; only the tags are ours.
    static QString summary(const client::ClinicalSummary &summary);
    /// The allergies line alone (highlighted when there are any).
    static QString allergies(const QStringList &allergies);
    static QString medications(const QList<client::CurrentMedication> &medications);
    /// "12 records you can read · 3 not covered by your access".
    static QString coverage(int readable, int unreadable);
};

} // namespace medchain::ui

// An independent check of a generated Scenario against the rules the chain enforces (Scenario.h),
// written from those rules alone, plus a digest of everything in a Scenario for determinism tests.
#pragma once

#include "demo/Scenario.h"

#include <QByteArray>
#include <QStringList>

namespace medchain::demo {
class Catalog;
}

namespace medchain::demo::test {

/// Every rule a Scenario must keep; returns the violations (at most `limit`), empty if none.
QStringList checkScenario(const Scenario &scenario, const Catalog &catalog, int limit = 20);

/// SHA-256 over every field of the Scenario, in order.
QByteArray scenarioDigest(const Scenario &scenario);

// Queries the tests share.

/// Midnight in China (UTC+8) on a day, in ms since the Unix epoch; and the month of a time.
qint64 chinaMidnight(int year, int month, int day);
int chinaMonth(qint64 ms);

/// A diagnosis of influenza (J10.x, J11.x).
bool isInfluenzaLike(const records::RecordContent &content);

/// The RecordEvents in event order (as AmendmentEvent::record counts them), and their times.
QList<const RecordEvent *> recordsOf(const Scenario &scenario, QList<qint64> *times = nullptr);

/// Prescriptions above their drug's maximum daily dose, in records and amendments, as (author,
/// drug code); an amendment's author is its record's.
QList<std::pair<int, QString>> prescriptionsAboveMaximum(const Scenario &scenario,
                                                         const Catalog &catalog);

} // namespace medchain::demo::test

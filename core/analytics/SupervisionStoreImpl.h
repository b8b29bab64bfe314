// Internal to analytics::SupervisionStore: its connection and counters, shared by the file that
// reads blocks into the store (SupervisionStore.cpp) and the one that answers queries.
#pragma once

#include "analytics/SupervisionStore.h"
#include "records/RecordContent.h"
#include "records/RecordTx.h"
#include "storage/Database.h"

#include <map>
#include <optional>
#include <tuple>

namespace medchain::chain {
struct Block;
}
namespace medchain::storage {
class Schema;
}

namespace medchain::analytics {

/// The store's tables, version by version (SupervisionSchema.cpp).
const storage::Schema &supervisionSchema();

struct SupervisionStore::Private {
    storage::Database db;
    quint64 height = 0;
    qint64 summaries = 0;
    qint64 unreadable = 0;
    /// Cases counted since the last flush, by (day, district, category).
    std::map<std::tuple<qint64, QString, QString>, qint64> pendingCases = {};

    Result<void> loadProgress();
    Result<void> readBlock(const chain::Block &block, const crypto::X25519SecretKey &mine);
    Result<void> addRecord(const chain::Hash &record, const chain::IdentityId &author,
                           const QByteArray &sealed, const crypto::X25519SecretKey &mine);
    Result<void> addAmendment(const chain::Hash &amendment, const records::ProposeAmendment &body,
                              const crypto::X25519SecretKey &mine);
    Result<void> answer(const chain::Hash &tx, qint64 time, const records::AnswerAmendment &body);
    /// Writes record's facts from summary: its row, its cases, what the rules read.
    Result<void> put(const QByteArray &record, const QByteArray &author,
                     const records::SupervisionSummary &summary);
    /// Takes record's facts away again (before its confirmed amendment is put); false when
    /// the store has none (its summary was unreadable).
    Result<bool> remove(const QByteArray &record);
    /// Adds delta to the cases of the codes' categories; written by flushCases.
    void count(qint64 day, const QString &region, const QStringList &codes, qint64 delta);
    /// Writes the counted cases and the totals kept from them, before a run commits.
    Result<void> flushCases();
    Result<void> run(QByteArrayView sql, const QByteArray &record);
    std::optional<records::SupervisionSummary> open(const QByteArray &sealed,
                                                    const crypto::X25519SecretKey &mine);
};

} // namespace medchain::analytics

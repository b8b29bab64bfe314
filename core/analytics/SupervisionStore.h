// The regulator's own record of what its supervision summaries say, read from the chain block by
// block into SQLCipher: daily cases by district and ICD-10 category, and break-glass reads.
#pragma once

#include "chain/ChainTypes.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace medchain::chain {
class Ledger;
}
namespace medchain::crypto {
class X25519SecretKey;
}

namespace medchain::analytics {

/// Which cases a query counts. Days are days since the Unix epoch in China time (dayOf()).
struct CaseFilter {
    qint64 fromDay = 0; // inclusive
    qint64 toDay = 0; // inclusive
    QString regionPrefix; // "" everywhere; "34" a province, "3401" a city, "340104" a district
    QString firstCategory; // three-character ICD-10 categories in [first, last]; "" unbounded
    QString lastCategory;
};

struct KeyedCount {
    QString key;
    qint64 cases = 0;
};

/// One district's daily cases of one category, a value for every day of the filter.
struct CaseSeries {
    QString category;
    QString region;
    QList<qint64> daily;
};

/// A record that breaks a supervision rule (docs/supervision-rules.md).
enum class Rule {
    Overdose, // a prescription's daily dose above the drug's maximum
    RepeatedExam, // the patient had the same exam within the window before
    Expense, // fees far above the other records of the diagnosis
};

struct RuleFinding {
    Rule rule = Rule::Overdose;
    chain::Hash record;
    qint64 day = 0;
    chain::IdentityId author;
    chain::IdentityId facility;
    QString subject; // the drug (ATC), the exam code or the diagnosis category
    qint64 value = 0; // the daily dose (µg), the days since the earlier exam, the fees (fen)
    qint64 limit = 0; // the maximum daily dose, the window in days, the peers' limit (fen)
};

struct EmergencyRead {
    chain::Hash transaction;
    qint64 time = 0; // the block's
    chain::IdentityId practitioner;
    chain::IdentityId patient;
    QString reason;
};

/// The patient's answer to an amendment, as the chain recorded it.
struct AmendmentAnswer {
    chain::Hash transaction;
    bool accepted = false;
    qint64 time = 0; // the block's
};

/// A case is a record whose summary lists a diagnosis of the category: a record with J10.1 and
/// J10.8 is one case of J10. An amendment the patient confirms moves the record's cases to its
/// new summary. Not thread-safe: one thread at a time (the session's reader thread).
class SupervisionStore {
    Q_DECLARE_TR_FUNCTIONS(SupervisionStore)
public:
    static constexpr int BlocksPerCommit = 256;

    /// The day of an instant in China time (UTC+8, no daylight saving).
    static qint64 dayOf(qint64 msSinceEpoch);
    /// Opens the store at path under key (32 bytes), creating it if there is no file yet. A
    /// key that does not open an existing file fails as damage (the key is derived, not typed).
    static Result<std::unique_ptr<SupervisionStore>> open(const QString &path,
                                                          const crypto::SecureBuffer &key);
    ~SupervisionStore();

    /// Reads the blocks after height() up to the ledger's tip, opening each summary with mine.
    /// Each run of BlocksPerCommit blocks is committed with the height reached, so a crash
    /// loses at most that run and the next call resumes after the last commit.
    Result<void> catchUp(const chain::Ledger &ledger, const crypto::X25519SecretKey &mine);

    quint64 height() const;
    qint64 summaries() const; // read in all
    qint64 unreadable() const; // not sealed to this key, or damaged
    /// The newest day with a case; nothing when there is none.
    std::optional<qint64> lastDay() const;

    /// A value for every day of the filter, zero days included.
    QList<qint64> dailyCases(const CaseFilter &filter) const;
    /// Cases by region code cut to regionDigits (2, 4 or 6), most first.
    QList<KeyedCount> casesByRegion(const CaseFilter &filter, int regionDigits) const;
    /// Cases by category, most first.
    QList<KeyedCount> casesByCategory(const CaseFilter &filter) const;
    /// Every (category, district) with at least minCases cases in the filter, daily.
    QList<CaseSeries> series(const CaseFilter &filter, qint64 minCases) const;
    /// The records in the filter (days, region; categories for expenses) that break a rule,
    /// newest first: overdoses, exams repeated within repeatExamDays, and fees above
    /// max(3 × median, Q3 + 3 × IQR) of the diagnosis' records when it has MinPeers of them.
    QList<RuleFinding> findings(const CaseFilter &filter, int repeatExamDays) const;
    static constexpr int MinPeers = 20;
    /// Break-glass reads declared between the two times (ms, inclusive), newest first.
    QList<EmergencyRead> emergencies(qint64 fromTime, qint64 toTime) const;
    /// A patient's break-glass reads, oldest first.
    QList<EmergencyRead> emergenciesFor(const chain::IdentityId &patient) const;
    /// The patient's answer to an amendment, once the store has read it.
    std::optional<AmendmentAnswer> answerTo(const chain::Hash &amendment) const;

private:
    struct Private;
    explicit SupervisionStore(std::unique_ptr<Private> state);
    std::unique_ptr<Private> d;
};

} // namespace medchain::analytics

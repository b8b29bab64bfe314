// The double-signing guard: before the machine signs a proposal or vote, the guard records what
// it is about to sign, durably, and refuses anything that could contradict an earlier signature.
#pragma once

#include "consensus/Messages.h"

#include <QCoreApplication>
#include <QList>

namespace medchain::consensus {

/// The three signing steps of a round, in the order a validator signs them.
enum class SignStep : quint8 { Propose = 1, Prevote = 2, Precommit = 3 };

/// One thing a validator signed (or is about to): where, and which value. polRound is part of a
/// proposal's value; it is -1 for votes.
struct SignRecord {
    quint64 height = 0;
    quint32 round = 0;
    SignStep step = SignStep::Propose;
    Value value;
    qint64 polRound = -1;

    /// (height, round, step) ordering: a validator only ever moves forward.
    bool before(const SignRecord &other) const;
    bool sameSlot(const SignRecord &other) const;
    bool operator==(const SignRecord &) const = default;
};

/// Rules (shared by every guard): signing exactly what was already recorded for a slot is always
/// allowed (same bytes, same deterministic Ed25519 signature); a different value in a recorded
/// slot is refused; a new slot must come after the last recorded one. Only the records of the
/// latest height are kept: they hold the lock a restarted validator must honour.
class SigningGuard {
    Q_DECLARE_TR_FUNCTIONS(SigningGuard)
public:
    virtual ~SigningGuard() = default;

    /// Ok once the record is durable; the caller may then release the signature.
    Result<void> approve(const SignRecord &record);
    /// What was recorded for this exact slot, if anything.
    std::optional<SignRecord> recorded(quint64 height, quint32 round, SignStep step) const;
    /// The records of the latest height, oldest first.
    const QList<SignRecord> &records() const { return m_records; }
    /// The lock implied by the records at height: the latest non-nil precommit.
    std::optional<SignRecord> lockAt(quint64 height) const;

protected:
    /// Makes record durable; startsHeight means the kept records are replaced by it.
    virtual Result<void> persist(const SignRecord &record, bool startsHeight) = 0;
    QList<SignRecord> m_records;
};

/// Keeps the records in memory only: for the simulator, where "durable" means "survives the
/// simulated crash" because the simulator keeps the guard object.
class MemorySigningGuard final : public SigningGuard {
protected:
    Result<void> persist(const SignRecord &, bool) override { return {}; }
};

} // namespace medchain::consensus

#include "consensus/SigningGuard.h"

#include <tuple>

namespace medchain::consensus {

bool SignRecord::before(const SignRecord &other) const
{
    return std::tuple(height, round, quint8(step))
        < std::tuple(other.height, other.round, quint8(other.step));
}

bool SignRecord::sameSlot(const SignRecord &other) const
{
    return height == other.height && round == other.round && step == other.step;
}

Result<void> SigningGuard::approve(const SignRecord &record)
{
    for (const SignRecord &earlier : std::as_const(m_records)) {
        if (!earlier.sameSlot(record))
            continue;
        if (earlier == record)
            return {};
        return Error {tr("Refusing to sign a second, different value at height %1, round %2.")
                          .arg(record.height)
                          .arg(record.round),
                      QStringLiteral("double-sign")};
    }
    if (!m_records.isEmpty() && !m_records.last().before(record))
        return Error {tr("Refusing to sign at height %1, round %2: this validator has already "
                         "signed at a later step.")
                          .arg(record.height)
                          .arg(record.round),
                      QStringLiteral("regression")};
    const bool startsHeight = m_records.isEmpty() || m_records.last().height != record.height;
    if (const Result<void> stored = persist(record, startsHeight); !stored.ok())
        return stored;
    if (startsHeight)
        m_records.clear();
    m_records.append(record);
    return {};
}

std::optional<SignRecord> SigningGuard::recorded(quint64 height, quint32 round, SignStep step) const
{
    for (const SignRecord &r : m_records) {
        if (r.height == height && r.round == round && r.step == step)
            return r;
    }
    return std::nullopt;
}

std::optional<SignRecord> SigningGuard::lockAt(quint64 height) const
{
    std::optional<SignRecord> lock;
    for (const SignRecord &r : m_records) {
        if (r.height == height && r.step == SignStep::Precommit && r.value)
            lock = r;
    }
    return lock;
}

} // namespace medchain::consensus

// Validators' recorded double votes (replica migration 3): the write ReportEquivocation makes
// and the reads the rule and the regulator's views need.
#include "chain/LedgerStateImpl.h"

namespace medchain::chain {

void LedgerState::putEquivocation(const EquivocationInfo &e)
{
    auto s = d->prepare("INSERT INTO equivocations(validator, height, round, kind, reporter, "
                        "evidence, block_height) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!s)
        return;
    s->bindBlob(1, bytesOf(e.validator)).bindInt64(2, qint64(e.height));
    s->bindInt64(3, qint64(e.round)).bindInt64(4, qint64(e.kind));
    s->bindBlob(5, bytesOf(e.reporter)).bindBlob(6, e.evidence);
    s->bindInt64(7, qint64(e.blockHeight));
    d->run(s);
    d->effect(PutEquivocation, e.validator, e.height, quint64(e.round), quint64(e.kind), e.reporter,
              e.evidence, e.blockHeight);
}

bool LedgerState::equivocationRecorded(const IdentityId &validator, quint64 height, quint32 round,
                                       quint8 kind) const
{
    auto s = d->prepare("SELECT 1 FROM equivocations "
                        "WHERE validator = ?1 AND height = ?2 AND round = ?3 AND kind = ?4");
    if (!s)
        return false;
    s->bindBlob(1, bytesOf(validator)).bindInt64(2, qint64(height));
    s->bindInt64(3, qint64(round)).bindInt64(4, qint64(kind));
    return d->firstRow(s);
}

QList<EquivocationInfo> LedgerState::equivocations() const
{
    QList<EquivocationInfo> found;
    auto s = d->prepare("SELECT validator, height, round, kind, reporter, evidence, block_height "
                        "FROM equivocations ORDER BY rowid DESC");
    if (!s)
        return found;
    while (d->firstRow(s)) {
        EquivocationInfo e;
        e.validator = fixedFrom<IdentityId>(s->columnBlob(0));
        e.height = quint64(s->columnInt64(1));
        e.round = quint32(s->columnInt64(2));
        e.kind = quint8(s->columnInt64(3));
        e.reporter = fixedFrom<IdentityId>(s->columnBlob(4));
        e.evidence = s->columnBlob(5);
        e.blockHeight = quint64(s->columnInt64(6));
        found.append(e);
    }
    return found;
}

} // namespace medchain::chain

#include "consensus/EvidenceTx.h"

#include "chain/Transaction.h"
#include "consensus/Evidence.h"

namespace medchain::consensus {

static_assert(ReportEquivocation::MaxEvidenceSize == EquivocationEvidence::MaxSize,
              "a body must be able to carry any evidence the decoder reads");

void ReportEquivocation::encode(codec::CborWriter &w) const
{
    w.beginMap(1);
    w.key(0);
    w.writeBytes(evidence);
    w.end();
}

ReportEquivocation ReportEquivocation::decode(codec::CborReader &r)
{
    ReportEquivocation body;
    codec::CborMapReader map(r, 1);
    map.require(0);
    body.evidence = r.readBytes(MaxEvidenceSize);
    map.finish();
    return body;
}

QByteArray reportEquivocation(const QString &chainId, quint64 nonce, qint64 time,
                              const QByteArray &evidence, const crypto::Ed25519SigningKey &reporter)
{
    return chain::Transaction::signAndEncode(chainId, nonce, time, ReportEquivocation {evidence},
                                             reporter);
}

} // namespace medchain::consensus

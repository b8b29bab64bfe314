#include "consensus/Evidence.h"

#include "codec/CborReader.h"
#include "codec/CborWriter.h"

namespace medchain::consensus {

EquivocationEvidence EquivocationEvidence::of(const Vote &a, const Vote &b)
{
    if (b.encode() < a.encode())
        return {b, a};
    return {a, b};
}

QByteArray EquivocationEvidence::encode() const
{
    // The votes are embedded as byte strings holding their own canonical encodings.
    codec::CborWriter w;
    w.beginMap(2);
    w.key(0);
    w.writeBytes(first.encode());
    w.key(1);
    w.writeBytes(second.encode());
    w.end();
    return w.take();
}

Result<EquivocationEvidence> EquivocationEvidence::decode(QByteArrayView bytes)
{
    codec::CborLimits limits;
    limits.maxInputSize = MaxSize;
    limits.maxStringSize = 1024;
    limits.maxContainerItems = 4;
    codec::CborReader r(bytes, limits);
    codec::CborMapReader map(r, 2);
    map.require(0);
    const QByteArray a = r.readBytes(1024);
    map.require(1);
    const QByteArray b = r.readBytes(1024);
    map.finish();
    r.finish();
    if (r.hasError())
        return Error {tr("Invalid equivocation evidence: %1").arg(r.errorString())};
    const Result<Vote> first = Vote::decode(a);
    if (!first.ok())
        return first.failure();
    const Result<Vote> second = Vote::decode(b);
    if (!second.ok())
        return second.failure();
    if (!(a < b))
        return Error {tr("Invalid equivocation evidence: the votes are not in canonical order.")};
    return EquivocationEvidence {first.value(), second.value()};
}

Result<void> EquivocationEvidence::verify(const QList<identity::Validator> &validators,
                                          const QString &chainId) const
{
    if (first.validator != second.validator || first.kind != second.kind
        || first.height != second.height || first.round != second.round)
        return Error {tr("The two votes are not by one validator for one height, round and kind.")};
    if (first.blockHash == second.blockHash)
        return Error {tr("The two votes are for the same value: that is not equivocation.")};
    if (powerOf(validators, first.validator) == 0)
        return Error {tr("The equivocating node is not in the validator set.")};
    if (!crypto::ed25519Verify(first.validator, first.signingBytes(chainId), first.signature)
        || !crypto::ed25519Verify(second.validator, second.signingBytes(chainId), second.signature))
        return Error {tr("A signature in the evidence does not verify.")};
    return {};
}

} // namespace medchain::consensus

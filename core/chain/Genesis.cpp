#include "chain/Genesis.h"

#include "chain/FieldCodec.h"

namespace medchain::chain {

using codec::CborMapReader;
using codec::CborReader;
using codec::CborWriter;

namespace {
void writeParameters(CborWriter &w, const ChainParameters &p)
{
    w.beginMap(5);
    w.key(0);
    w.writeInteger(p.blockIntervalMs);
    w.key(1);
    w.writeInteger(qint64(p.maxBlockTransactions));
    w.key(2);
    w.writeInteger(p.maxClockSkewMs);
    w.key(3);
    w.writeInteger(p.emergencyAccessMs);
    w.key(4);
    w.writeInteger(p.maxGrantMs);
    w.end();
}

ChainParameters readParameters(CborReader &r)
{
    ChainParameters p;
    CborMapReader map(r, 5);
    map.require(0);
    p.blockIntervalMs = r.readInteger();
    map.require(1);
    p.maxBlockTransactions = r.readUnsigned();
    map.require(2);
    p.maxClockSkewMs = r.readInteger();
    map.require(3);
    p.emergencyAccessMs = r.readInteger();
    map.require(4);
    p.maxGrantMs = r.readInteger();
    map.finish();
    if (!r.hasError()
        && (p.blockIntervalMs <= 0 || p.maxBlockTransactions == 0
            || p.maxBlockTransactions > limits::MaxTransactionsPerBlock || p.maxClockSkewMs <= 0
            || p.emergencyAccessMs <= 0 || p.maxGrantMs <= 0))
        r.fail(Genesis::tr("a chain parameter is out of range"));
    return p;
}
} // namespace

QByteArray Genesis::encode() const
{
    CborWriter w;
    w.beginMap(10);
    w.key(0);
    w.writeText(chainId);
    w.key(1);
    w.writeInteger(time);
    w.key(2);
    w.writeBytes(rootCertificate);
    w.key(3);
    writeIdentity(w, authority);
    w.key(4);
    writeEncryptionKey(w, authorityEncryptionKey);
    w.key(5);
    w.writeText(authorityName);
    w.key(6);
    w.writeText(authorityRegion);
    w.key(7);
    w.beginArray(quint64(nodes.size()));
    for (const identity::EnrollNode &node : nodes)
        node.encode(w);
    w.end();
    w.key(8);
    identity::writeValidators(w, validators);
    w.key(9);
    writeParameters(w, parameters);
    w.end();
    return w.take();
}

Result<Genesis> Genesis::decode(QByteArrayView bytes)
{
    CborReader r(bytes);
    Genesis g;
    CborMapReader map(r, 10);
    map.require(0);
    g.chainId = r.readText(limits::MaxChainIdLength);
    map.require(1);
    g.time = r.readInteger();
    map.require(2);
    g.rootCertificate = r.readBytes(limits::MaxCertificateSize);
    map.require(3);
    g.authority = readIdentity(r);
    map.require(4);
    g.authorityEncryptionKey = readEncryptionKey(r);
    map.require(5);
    g.authorityName = r.readText(limits::MaxNameLength);
    map.require(6);
    g.authorityRegion = r.readText(limits::MaxShortTextLength);
    map.require(7);
    const quint64 count = r.readArrayHeader(limits::MaxValidators);
    for (quint64 i = 0; i < count && !r.hasError(); ++i)
        g.nodes.append(identity::EnrollNode::decode(r));
    map.require(8);
    g.validators = identity::readValidators(r);
    map.require(9);
    g.parameters = readParameters(r);
    map.finish();
    r.finish();
    if (!r.hasError() && g.chainId.isEmpty())
        r.fail(tr("the chain id is empty"));
    if (!r.hasError() && g.validators.isEmpty())
        r.fail(tr("there are no validators"));
    if (r.hasError())
        return Error {tr("Invalid genesis document: %1").arg(r.errorString())};
    if (g.encode() != bytes)
        return Error {tr("Invalid genesis document: it is not in canonical form.")};
    return g;
}

Hash Genesis::hash() const
{
    return crypto::sha256(encode());
}

} // namespace medchain::chain

// What a transaction rule sees: the state, the genesis facts, the block it goes into, the
// transaction and its (already authenticated, active) sender.
#pragma once

#include "chain/Genesis.h"
#include "chain/LedgerState.h"
#include "chain/Transaction.h"

namespace medchain::chain {

struct BlockContext {
    quint64 height = 0;
    qint64 time = 0; // ms since the Unix epoch
};

struct RuleContext {
    LedgerState &state;
    const Genesis &genesis;
    const BlockContext &block;
    const Transaction &tx;
    const Hash &txHash;
    const IdentityInfo &sender;
};

/// Stable codes for rule failures (Error::code), shared by all rule files.
namespace errors {
inline QString notAuthorised()
{
    return QStringLiteral("not-authorised");
}
inline QString unknown()
{
    return QStringLiteral("unknown");
}
inline QString exists()
{
    return QStringLiteral("exists");
}
inline QString invalid()
{
    return QStringLiteral("invalid");
}
inline QString revoked()
{
    return QStringLiteral("revoked");
}
inline QString expired()
{
    return QStringLiteral("expired");
}
inline QString nonce()
{
    return QStringLiteral("nonce");
}
inline QString certificate()
{
    return QStringLiteral("certificate");
}
inline QString recipients()
{
    return QStringLiteral("recipients");
}
inline QString state()
{
    return QStringLiteral("state");
}
inline QString signature()
{
    return QStringLiteral("signature");
}
inline QString funds()
{
    return QStringLiteral("funds");
}
inline QString busy()
{
    return QStringLiteral("busy");
}
} // namespace errors

} // namespace medchain::chain

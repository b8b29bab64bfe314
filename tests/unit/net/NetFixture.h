// Sample wire messages and peer configurations shared by the net tests: one valid message of
// every type, and two nodes of one chain that can talk to each other.
#pragma once

#include "crypto/Sha256.h"
#include "net/Messages.h"
#include "net/PeerProtocol.h"

#include <QList>
#include <QPair>

namespace medchain::net::fixture {

inline chain::Hash hashOf(const char *text)
{
    return crypto::sha256(QByteArray(text));
}

inline chain::IdentityId nodeKey(char seed)
{
    chain::IdentityId id;
    id.bytes.fill(std::uint8_t(seed));
    return id;
}

inline Hello helloFrom(char seed)
{
    Hello hello;
    hello.chainId = QStringLiteral("medchain-anhui");
    hello.node = nodeKey(seed);
    hello.height = 42;
    hello.tipHash = hashOf("tip");
    hello.genesisHash = hashOf("genesis");
    return hello;
}

inline PeerProtocol::Config configFor(char seed, PeerLimits limits = {})
{
    PeerProtocol::Config config;
    config.local = helloFrom(seed);
    config.limits = limits;
    config.nonceSeed = quint64(seed);
    return config;
}

/// One valid example of every message type, named for the seed corpus.
inline QList<QPair<QString, Message>> everyMessage()
{
    QList<chain::Hash> hashes {hashOf("a"), hashOf("b"), hashOf("c")};
    std::sort(hashes.begin(), hashes.end());
    return {
        {QStringLiteral("hello"), helloFrom(1)},
        {QStringLiteral("ping"), Ping {0x0123456789abcdefULL}},
        {QStringLiteral("pong"), Pong {7}},
        {QStringLiteral("get-headers"), GetHeaders {1, wire::MaxHeadersPerMessage}},
        {QStringLiteral("headers"),
         Headers {{{QByteArray(300, 'h'), QByteArray(200, 'c')},
                   {QByteArray(301, 'i'), QByteArray(201, 'd')}}}},
        {QStringLiteral("get-blocks"), GetBlocks {{1, 2, 5, 1000}}},
        {QStringLiteral("blocks"), Blocks {{{QByteArray(2000, 'b'), QByteArray(150, 'c')}}}},
        {QStringLiteral("transactions"),
         Transactions {{QByteArray(120, 't'), QByteArray(), QByteArray(5, 'u')}}},
        {QStringLiteral("tx-inventory"), TxInventory {hashes}},
        {QStringLiteral("get-transactions"), GetTransactions {hashes.mid(1)}},
        {QStringLiteral("consensus"), Consensus {2, QByteArray(90, 'v')}},
        {QStringLiteral("goodbye"), Goodbye {DisconnectReason::RateLimited}},
    };
}

} // namespace medchain::net::fixture

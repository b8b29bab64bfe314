// What one peer may cost this node: time limits, rates, memory and requests in flight.
// Defaults fit a validator on a national network; tests shrink them to reach each limit.
#pragma once

#include "net/Frame.h"

#include <QtGlobal>

namespace medchain::net {

struct PeerLimits {
    /// The peer's Hello must arrive within this time of the connection starting.
    qint64 helloTimeoutMs = 10'000;
    /// Largest frame before the handshake: a Hello is under 300 bytes.
    qsizetype maxHelloFrameSize = 1024;
    qsizetype maxFrameSize = wire::MaxFrameSize;
    /// An answer to one of our requests (or a Ping's Pong) must come within this time.
    qint64 requestTimeoutMs = 60'000;
    /// After this long without a message from the peer we send a Ping.
    qint64 pingIntervalMs = 30'000;

    /// Token buckets on what the peer sends. Answers to our own requests do not spend bytes
    /// (they are bounded by maxOutstandingRequests), but every message spends one message token.
    qint64 messagesPerSecond = 200;
    qint64 messageBurst = 1000;
    qint64 bytesPerSecond = 4 * 1024 * 1024;
    qint64 byteBurst = wire::MaxFrameSize + wire::FrameHeaderSize;

    /// Memory: bytes of an incomplete frame held for the peer, and bytes framed for the peer
    /// that the transport has not yet written.
    qsizetype maxInboundBufferBytes = wire::MaxFrameSize + wire::FrameHeaderSize;
    qsizetype maxSendQueueBytes = 2 * (wire::MaxFrameSize + wire::FrameHeaderSize);

    /// Our requests in flight to the peer, and the peer's requests to us not yet answered.
    int maxOutstandingRequests = 8;
    int maxPendingPeerRequests = 16;
};

} // namespace medchain::net

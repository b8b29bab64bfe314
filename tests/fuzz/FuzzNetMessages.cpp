// Fuzz target: what a peer's bytes meet first — the frame reader, the message decoder and the
// per-peer session. The first byte picks which; whatever decodes must re-encode to its bytes.
#include "crypto/Sha256.h"
#include "net/Frame.h"
#include "net/Messages.h"
#include "net/PeerProtocol.h"

#include <cstdint>
#include <cstdlib>

using namespace medchain::net;

namespace {
void checkMessage(QByteArrayView payload)
{
    const auto decoded = MessageCodec::decode(payload);
    if (decoded.ok() && MessageCodec::encode(decoded.value()) != payload)
        std::abort();
}

/// The stream fed in chunks whose sizes the stream's own bytes choose, and all at once: the
/// same payloads either way.
void checkFrames(QByteArrayView stream)
{
    FrameReader whole(1 << 16);
    whole.feed(stream);
    FrameReader chunked(1 << 16);
    qsizetype at = 0;
    while (at < stream.size() && !chunked.hasError()) {
        const qsizetype size = std::min<qsizetype>(1 + quint8(stream[at]) % 13, stream.size() - at);
        chunked.feed(stream.sliced(at, size));
        at += size;
    }
    if (whole.hasError() != chunked.hasError())
        std::abort();
    while (true) {
        const auto a = whole.next();
        const auto b = chunked.next();
        if (a != b)
            std::abort();
        if (!a)
            break;
        checkMessage(*a);
    }
}

/// A session fed the stream in chunks with the clock moving on; it must never deliver after a
/// disconnect, and everything it delivers must survive a round trip.
void checkSession(QByteArrayView stream)
{
    PeerProtocol::Config config;
    config.local.chainId = QStringLiteral("medchain-anhui");
    config.local.node.bytes.fill(1);
    config.local.height = 42;
    config.local.tipHash = medchain::crypto::sha256(QByteArray("tip"));
    config.local.genesisHash = medchain::crypto::sha256(QByteArray("genesis"));
    config.limits.messageBurst = 50;
    config.limits.byteBurst = 64 * 1024;
    config.limits.maxFrameSize = 1 << 20;
    PeerProtocol session(config, 0);
    session.start();
    qint64 now = 0;
    qsizetype at = 0;
    bool closed = false;
    while (at < stream.size()) {
        const qsizetype size = std::min<qsizetype>(1 + quint8(stream[at]) % 61, stream.size() - at);
        const PeerOutput out = session.receive(stream.sliced(at, size), now);
        at += size;
        if (closed && (!out.messages.isEmpty() || out.disconnect))
            std::abort();
        for (const Message &message : out.messages) {
            const auto again = MessageCodec::decode(MessageCodec::encode(message));
            if (!again.ok() || !(again.value() == message))
                std::abort();
        }
        closed = closed || out.disconnect.has_value();
        if (closed != (session.state() == PeerProtocol::State::Closed))
            std::abort();
        now += 7;
        (void)session.tick(now);
        closed = session.state() == PeerProtocol::State::Closed;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(data + 1, qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0:
        checkMessage(input);
        break;
    case 1:
        checkFrames(input);
        break;
    default:
        checkSession(input);
        break;
    }
    return 0;
}

// Length-prefixed frames on a peer connection: a 4-byte big-endian length, then the payload.
// FrameReader is fed whatever chunks the socket delivers and refuses an oversized length at once.
#pragma once

#include "chain/ChainTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace medchain::net {

namespace wire {
/// Bytes of the length prefix.
constexpr qsizetype FrameHeaderSize = 4;
/// Room for a message carrying one largest block plus its commit certificate (≤ 150 signatures,
/// about 16 KiB) and the message's own few bytes of framing.
constexpr qsizetype MaxFrameSize = chain::limits::MaxBlockSize + 64 * 1024;
} // namespace wire

/// The frame for payload: its length as 4 big-endian bytes, then the payload itself.
QByteArray frame(QByteArrayView payload);

/// Cuts a byte stream into payloads. Errors are sticky: after a refused length nothing more is
/// read, and the caller closes the connection.
class FrameReader {
    Q_DECLARE_TR_FUNCTIONS(FrameReader)
public:
    explicit FrameReader(qsizetype maxFrameSize = wire::MaxFrameSize);

    /// Takes all of bytes; every frame they complete becomes available from next().
    void feed(QByteArrayView bytes);
    /// Takes bytes up to the end of the first frame they complete (or all of them) and returns
    /// how many it took, so a caller can act on each frame before reading on (the limit may
    /// change once a handshake is done).
    qsizetype feedUntilFrame(QByteArrayView bytes);
    /// The next complete payload, in stream order; nullopt when none is ready.
    std::optional<QByteArray> next();

    /// Applies to lengths not yet read.
    void setMaxFrameSize(qsizetype size) { m_maxFrameSize = size; }
    qsizetype maxFrameSize() const { return m_maxFrameSize; }
    /// Bytes held: a partial length, a partial payload and complete payloads not yet taken.
    qsizetype bufferedBytes() const { return m_header.size() + m_payload.size() + m_readyBytes; }

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    qsizetype m_maxFrameSize;
    QByteArray m_header; // the length bytes read so far
    qsizetype m_expected = -1; // the payload's length once the header is complete
    QByteArray m_payload;
    QList<QByteArray> m_ready;
    qsizetype m_readyBytes = 0;
    QString m_error;
};

} // namespace medchain::net

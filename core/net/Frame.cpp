#include "net/Frame.h"

#include <QtEndian>

#include <algorithm>

namespace medchain::net {

QByteArray frame(QByteArrayView payload)
{
    QByteArray bytes(wire::FrameHeaderSize, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), bytes.data());
    bytes.append(payload);
    return bytes;
}

FrameReader::FrameReader(qsizetype maxFrameSize) : m_maxFrameSize(maxFrameSize) { }

void FrameReader::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && !hasError())
        bytes = bytes.sliced(feedUntilFrame(bytes));
}

qsizetype FrameReader::feedUntilFrame(QByteArrayView bytes)
{
    if (hasError())
        return bytes.size(); // a broken stream: everything after the error is dropped
    qsizetype taken = 0;
    if (m_expected < 0) {
        const qsizetype want = std::min(wire::FrameHeaderSize - m_header.size(), bytes.size());
        m_header.append(bytes.first(want));
        taken += want;
        if (m_header.size() < wire::FrameHeaderSize)
            return taken;
        const quint32 length = qFromBigEndian<quint32>(m_header.constData());
        if (qint64(length) > qint64(m_maxFrameSize)) {
            // Refused before a single payload byte is kept.
            m_error = tr("A peer announced a frame of %1 bytes; at most %2 are allowed.")
                          .arg(length)
                          .arg(m_maxFrameSize);
            m_header.clear();
            return bytes.size();
        }
        m_expected = qsizetype(length);
    }
    const qsizetype want = std::min(m_expected - m_payload.size(), bytes.size() - taken);
    m_payload.append(bytes.sliced(taken, want));
    taken += want;
    if (m_payload.size() == m_expected) {
        m_readyBytes += m_payload.size();
        m_ready.append(std::move(m_payload));
        m_payload = QByteArray();
        m_header.clear();
        m_expected = -1;
    }
    return taken;
}

std::optional<QByteArray> FrameReader::next()
{
    if (m_ready.isEmpty())
        return std::nullopt;
    QByteArray payload = m_ready.takeFirst();
    m_readyBytes -= payload.size();
    return payload;
}

} // namespace medchain::net

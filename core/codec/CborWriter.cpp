#include "codec/CborWriter.h"

#include <utility>

namespace medchain::codec {

CborWriter::CborWriter() : m_stream(&m_buffer) { }

void CborWriter::countItem()
{
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    ++level.written;
    Q_ASSERT_X(level.written <= (level.isMap ? 2 * level.declared : level.declared), "CborWriter",
               "more items than the container declared");
}

void CborWriter::beginArray(quint64 count)
{
    countItem();
    m_stream.startArray(count);
    m_levels.append({false, count, 0, -1});
}

void CborWriter::beginMap(quint64 count)
{
    countItem();
    m_stream.startMap(count);
    m_levels.append({true, count, 0, -1});
}

void CborWriter::end()
{
    Q_ASSERT_X(!m_levels.isEmpty(), "CborWriter", "end() without a container");
    const Level level = m_levels.takeLast();
    Q_ASSERT_X(level.written == (level.isMap ? 2 * level.declared : level.declared), "CborWriter",
               "fewer items than the container declared");
    if (level.isMap)
        m_stream.endMap();
    else
        m_stream.endArray();
}

void CborWriter::key(quint64 key)
{
    Q_ASSERT_X(!m_levels.isEmpty() && m_levels.last().isMap, "CborWriter", "key() outside a map");
    Q_ASSERT_X(qint64(key) > m_levels.last().lastKey, "CborWriter", "map keys out of order");
    m_levels.last().lastKey = qint64(key);
    countItem();
    m_stream.append(key);
}

void CborWriter::writeInteger(qint64 value)
{
    countItem();
    m_stream.append(value);
}

void CborWriter::writeBytes(QByteArrayView bytes)
{
    countItem();
    m_stream.appendByteString(bytes.data(), bytes.size());
}

void CborWriter::writeText(QStringView text)
{
    countItem();
    const QByteArray utf8 = text.toUtf8();
    m_stream.appendTextString(utf8.constData(), utf8.size());
}

void CborWriter::writeBool(bool value)
{
    countItem();
    m_stream.append(value);
}

void CborWriter::writeNull()
{
    countItem();
    m_stream.appendNull();
}

QByteArray CborWriter::take()
{
    Q_ASSERT_X(m_levels.isEmpty(), "CborWriter", "take() inside an open container");
    m_stream.setDevice(nullptr);
    return std::move(m_buffer);
}

} // namespace medchain::codec

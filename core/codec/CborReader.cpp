#include "codec/CborReader.h"

#include <QStringDecoder>

#include <algorithm>

#include <limits>

namespace medchain::codec {

namespace {
constexpr int kMajorUnsigned = 0;
constexpr int kMajorNegative = 1;
constexpr int kMajorBytes = 2;
constexpr int kMajorText = 3;
constexpr int kMajorArray = 4;
constexpr int kMajorMap = 5;
constexpr int kMajorTag = 6;
constexpr int kMajorSimple = 7;

constexpr int kSimpleFalse = 20;
constexpr int kSimpleTrue = 21;
constexpr int kSimpleNull = 22;

constexpr quint64 kMaxInteger = quint64(std::numeric_limits<qint64>::max());
} // namespace

CborReader::CborReader(QByteArrayView data, const CborLimits &limits)
    : m_data(data), m_limits(limits)
{
    if (data.size() > limits.maxInputSize)
        fail(tr("the input is %1 bytes, more than the %2 allowed")
                 .arg(data.size())
                 .arg(limits.maxInputSize));
}

void CborReader::fail(const QString &reason)
{
    if (hasError())
        return;
    m_error = reason;
    m_errorPos = m_pos;
    m_pos = m_data.size(); // nothing more is read after an error
}

QString CborReader::errorString() const
{
    if (!hasError())
        return {};
    return tr("Malformed data at byte %1: %2.").arg(m_errorPos).arg(m_error);
}

bool CborReader::parseHead(Head *head)
{
    if (hasError())
        return false;
    if (atEnd()) {
        fail(tr("the data ends too early"));
        return false;
    }
    const auto initial = static_cast<quint8>(m_data[m_pos]);
    head->major = initial >> 5;
    head->info = initial & 0x1f;
    qsizetype extra = 0;
    if (head->info < 24) {
        head->value = quint64(head->info);
    } else if (head->info <= 27) {
        extra = qsizetype(1) << (head->info - 24);
    } else if (head->info == 31) {
        fail(tr("indefinite-length items are not allowed"));
        return false;
    } else {
        fail(tr("reserved additional information %1").arg(head->info));
        return false;
    }
    if (m_data.size() - m_pos - 1 < extra) {
        fail(tr("the data ends too early"));
        return false;
    }
    if (extra > 0) {
        quint64 value = 0;
        for (qsizetype i = 0; i < extra; ++i)
            value = (value << 8) | static_cast<quint8>(m_data[m_pos + 1 + i]);
        head->value = value;
        // Shortest form only: each width must be needed (RFC 8949 §4.2.1).
        const quint64 smallestForWidth = extra == 1 ? 24 : (quint64(1) << (8 * extra / 2));
        if (head->major != kMajorSimple && value < smallestForWidth) {
            fail(tr("a number is not in its shortest encoding"));
            return false;
        }
    }
    head->size = 1 + extra;
    return true;
}

bool CborReader::takeHead(int expectedMajor, Head *head, const char *what)
{
    if (!parseHead(head))
        return false;
    if (head->major != expectedMajor) {
        fail(tr("expected %1").arg(tr(what)));
        return false;
    }
    m_pos += head->size;
    return true;
}

qint64 CborReader::readInteger()
{
    Head head;
    if (!parseHead(&head))
        return 0;
    if (head.major != kMajorUnsigned && head.major != kMajorNegative) {
        fail(tr("expected an integer"));
        return 0;
    }
    if (head.value > kMaxInteger) {
        fail(tr("an integer is outside the 64-bit signed range"));
        return 0;
    }
    m_pos += head.size;
    const auto magnitude = static_cast<qint64>(head.value);
    return head.major == kMajorUnsigned ? magnitude : -1 - magnitude;
}

quint64 CborReader::readUnsigned()
{
    Head head;
    if (!parseHead(&head))
        return 0;
    if (head.major != kMajorUnsigned) {
        fail(tr("expected an unsigned integer"));
        return 0;
    }
    if (head.value > kMaxInteger) {
        fail(tr("an integer is outside the 64-bit signed range"));
        return 0;
    }
    m_pos += head.size;
    return head.value;
}

QByteArray CborReader::takeString(int major, qsizetype maxSize)
{
    const qsizetype start = m_pos;
    Head head;
    if (!takeHead(major, &head,
                  major == kMajorBytes ? QT_TR_NOOP("a byte string") : QT_TR_NOOP("a text string")))
        return {};
    const quint64 limit = quint64(std::min(maxSize, m_limits.maxStringSize));
    if (head.value > limit) {
        m_pos = start;
        fail(tr("a string of %1 bytes is longer than the %2 allowed").arg(head.value).arg(limit));
        return {};
    }
    if (head.value > quint64(m_data.size() - m_pos)) {
        m_pos = start;
        fail(tr("the data ends too early"));
        return {};
    }
    const auto length = static_cast<qsizetype>(head.value);
    QByteArray bytes = m_data.sliced(m_pos, length).toByteArray();
    m_pos += length;
    return bytes;
}

QByteArray CborReader::readBytes(qsizetype maxSize)
{
    return takeString(kMajorBytes, maxSize);
}

QByteArray CborReader::readFixedBytes(qsizetype size)
{
    const qsizetype start = m_pos;
    QByteArray bytes = takeString(kMajorBytes, size);
    if (!hasError() && bytes.size() != size) {
        m_pos = start;
        fail(tr("expected %1 bytes, found %2").arg(size).arg(bytes.size()));
        return {};
    }
    return bytes;
}

QString CborReader::readText(qsizetype maxSize)
{
    const qsizetype start = m_pos;
    const QByteArray utf8 = takeString(kMajorText, maxSize);
    if (hasError())
        return {};
    // Valid UTF-8 maps one to one onto UTF-16, so the text re-encodes to exactly these bytes;
    // without ConvertInitialBom the decoder would drop a leading U+FEFF.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless
                               | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(utf8);
    if (decoder.hasError()) {
        m_pos = start;
        fail(tr("a text string is not valid UTF-8"));
        return {};
    }
    return text;
}

bool CborReader::readBool()
{
    Head head;
    if (!parseHead(&head))
        return false;
    if (head.major != kMajorSimple || (head.info != kSimpleFalse && head.info != kSimpleTrue)) {
        fail(tr("expected true or false"));
        return false;
    }
    m_pos += head.size;
    return head.info == kSimpleTrue;
}

bool CborReader::readNullIf()
{
    if (peekType() != Type::Simple)
        return false;
    Head head;
    parseHead(&head);
    if (head.info != kSimpleNull)
        return false;
    m_pos += head.size;
    return true;
}

quint64 CborReader::readArrayHeader(quint64 maxCount)
{
    const qsizetype start = m_pos;
    Head head;
    if (!takeHead(kMajorArray, &head, QT_TR_NOOP("an array")))
        return 0;
    // Each element takes at least one byte, so a count beyond the bytes left is a lie.
    const quint64 limit
        = std::min({maxCount, m_limits.maxContainerItems, quint64(m_data.size() - m_pos)});
    if (head.value > limit) {
        m_pos = start;
        fail(tr("an array of %1 items is larger than allowed").arg(head.value));
        return 0;
    }
    return head.value;
}

quint64 CborReader::readMapHeader(quint64 maxCount)
{
    const qsizetype start = m_pos;
    Head head;
    if (!takeHead(kMajorMap, &head, QT_TR_NOOP("a map")))
        return 0;
    const quint64 limit
        = std::min({maxCount, m_limits.maxContainerItems, quint64(m_data.size() - m_pos) / 2});
    if (head.value > limit) {
        m_pos = start;
        fail(tr("a map of %1 entries is larger than allowed").arg(head.value));
        return 0;
    }
    return head.value;
}

CborReader::Type CborReader::peekType()
{
    if (hasError() || atEnd())
        return Type::Invalid;
    const qsizetype saved = m_pos;
    Head head;
    if (!parseHead(&head))
        return Type::Invalid;
    m_pos = saved;
    switch (head.major) {
    case kMajorUnsigned:
        return Type::Unsigned;
    case kMajorNegative:
        return Type::Negative;
    case kMajorBytes:
        return Type::Bytes;
    case kMajorText:
        return Type::Text;
    case kMajorArray:
        return Type::Array;
    case kMajorMap:
        return Type::Map;
    case kMajorTag:
        fail(tr("tags are not allowed"));
        return Type::Invalid;
    default:
        if (head.info == kSimpleFalse || head.info == kSimpleTrue || head.info == kSimpleNull)
            return Type::Simple;
        fail(head.info >= 25 && head.info <= 27
                 ? tr("floating-point numbers are not allowed")
                 : tr("simple value %1 is not allowed").arg(head.value));
        return Type::Invalid;
    }
}

bool CborReader::peekUnsigned(quint64 *value)
{
    if (hasError() || atEnd())
        return false;
    const qsizetype saved = m_pos;
    Head head;
    if (!parseHead(&head))
        return false;
    m_pos = saved;
    if (head.major != kMajorUnsigned)
        return false;
    *value = head.value;
    return true;
}

void CborReader::finish()
{
    if (!hasError() && !atEnd())
        fail(tr("%1 unexpected bytes follow the data").arg(m_data.size() - m_pos));
}

CborMapReader::CborMapReader(CborReader &reader, quint64 maxEntries)
    : m_reader(reader), m_remaining(reader.readMapHeader(maxEntries))
{
}

bool CborMapReader::field(quint64 key)
{
    quint64 next = 0;
    if (m_remaining == 0 || !m_reader.peekUnsigned(&next) || next != key)
        return false;
    m_reader.readUnsigned();
    --m_remaining;
    return true;
}

void CborMapReader::require(quint64 key)
{
    if (!field(key))
        m_reader.fail(tr("required field %1 is missing or out of order").arg(key));
}

void CborMapReader::finish()
{
    if (m_remaining == 0)
        return;
    quint64 next = 0;
    if (m_reader.peekUnsigned(&next))
        m_reader.fail(tr("unknown or out-of-order field %1").arg(next));
    else
        m_reader.fail(tr("map keys must be small unsigned integers"));
}

} // namespace medchain::codec

// A strict reader for MedChain's canonical CBOR (RFC 8949 §4.2.1 core deterministic encoding).
// Untrusted bytes from peers and files come through here; anything non-canonical is an error.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace medchain::codec {

/// Bounds on what a decoder accepts, so hostile input cannot make it allocate or recurse much.
struct CborLimits {
    qsizetype maxInputSize = 8 * 1024 * 1024;
    qsizetype maxStringSize = 4 * 1024 * 1024;
    quint64 maxContainerItems = 1'000'000;
    int maxDepth = 16;
};

/// Pulls typed items from a buffer. Errors are sticky: after the first one every read returns a
/// default value and the reader stays at the failing offset, so object decoders can read all
/// fields and check hasError() once at the end.
///
/// Accepted: unsigned and negative integers within qint64, byte strings, UTF-8 text strings,
/// definite-length arrays and maps, false, true, null — each in its shortest encoding.
/// Rejected: indefinite lengths, tags, floats, other simple values, over-long heads, invalid
/// UTF-8, anything beyond the limits, and (via finish()) trailing bytes.
class CborReader {
    Q_DECLARE_TR_FUNCTIONS(CborReader)
public:
    enum class Type { Unsigned, Negative, Bytes, Text, Array, Map, Simple, Invalid };

    explicit CborReader(QByteArrayView data, const CborLimits &limits = {});

    qint64 readInteger();
    /// Like readInteger() but a negative number is an error.
    quint64 readUnsigned();
    QByteArray readBytes(qsizetype maxSize);
    /// A byte string of exactly size bytes (keys, hashes, signatures).
    QByteArray readFixedBytes(qsizetype size);
    QString readText(qsizetype maxSize);
    bool readBool();
    /// True (and consumed) if the next item is null; otherwise nothing is consumed.
    bool readNullIf();
    quint64 readArrayHeader(quint64 maxCount);
    quint64 readMapHeader(quint64 maxCount);

    /// The type of the next item without consuming it (Invalid at the end or after an error).
    Type peekType();
    /// The value of the next item if it is an unsigned integer, without consuming it.
    bool peekUnsigned(quint64 *value);

    /// Error if any bytes are left: a canonical object is the whole buffer.
    void finish();
    bool atEnd() const { return m_pos >= m_data.size(); }

    /// Marks the input invalid for a reason found by the caller (an unknown field, say).
    void fail(const QString &reason);
    bool hasError() const { return !m_error.isEmpty(); }
    /// "Malformed data at byte N: reason", translated.
    QString errorString() const;
    qsizetype offset() const { return m_pos; }
    /// The whole input, for callers that need the exact bytes of an item they just read.
    QByteArrayView data() const { return m_data; }
    const CborLimits &limits() const { return m_limits; }

private:
    struct Head {
        int major = 0;
        int info = 0;
        quint64 value = 0;
        qsizetype size = 0;
    };
    bool parseHead(Head *head);
    bool takeHead(int expectedMajor, Head *head, const char *what);
    QByteArray takeString(int major, qsizetype maxSize);

    QByteArrayView m_data;
    CborLimits m_limits;
    qsizetype m_pos = 0;
    qsizetype m_errorPos = 0;
    QString m_error;
};

/// Reads the fields of a map whose keys are small unsigned integers, in ascending order.
/// Usage: `CborMapReader map(reader, 8); if (map.field(0)) x = reader.readText(64); ...
/// map.require(1); y = reader.readUnsigned(); map.finish();`
class CborMapReader {
    Q_DECLARE_TR_FUNCTIONS(CborMapReader)
public:
    CborMapReader(CborReader &reader, quint64 maxEntries);

    /// If the next key is key, consumes it and returns true: the value is read next.
    bool field(quint64 key);
    /// Like field() but the key must be there.
    void require(quint64 key);
    /// Error if entries remain: those are fields this version does not know.
    void finish();

private:
    CborReader &m_reader;
    quint64 m_remaining = 0;
};

} // namespace medchain::codec

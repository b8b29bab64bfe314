// Writes MedChain's canonical CBOR (RFC 8949 §4.2.1) with QCborStreamWriter: shortest heads,
// definite lengths, map keys in ascending order. Every chain object is encoded through here.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCborStreamWriter>
#include <QList>
#include <QStringView>

namespace medchain::codec {

/// The caller declares each container's size up front and writes map keys in ascending order
/// (for small unsigned keys that is numeric order); debug builds assert both. Top-level items
/// may follow one another (a CBOR sequence, RFC 8742): take() returns them all, concatenated.
class CborWriter {
public:
    CborWriter();

    void beginArray(quint64 count);
    void beginMap(quint64 count);
    /// Ends the innermost array or map.
    void end();
    /// A small unsigned map key; must be greater than the previous key of the same map.
    void key(quint64 key);

    void writeInteger(qint64 value);
    void writeBytes(QByteArrayView bytes);
    void writeText(QStringView text);
    void writeBool(bool value);
    void writeNull();

    /// The encoded bytes. Do not write after take().
    QByteArray take();

private:
    struct Level {
        bool isMap = false;
        quint64 declared = 0;
        quint64 written = 0;
        qint64 lastKey = -1;
    };
    void countItem();

    QByteArray m_buffer;
    QCborStreamWriter m_stream;
    QList<Level> m_levels;
};

} // namespace medchain::codec

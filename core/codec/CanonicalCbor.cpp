#include "codec/CanonicalCbor.h"

#include "codec/CborWriter.h"

#include <QCborArray>
#include <QCborMap>

#include <algorithm>
#include <utility>
#include <vector>

namespace medchain::codec {

namespace {

bool lessBytes(QByteArrayView a, QByteArrayView b)
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [](char x, char y) { return quint8(x) < quint8(y); });
}

QCborValue decodeItem(CborReader &reader, int depth);

QCborValue decodeArray(CborReader &reader, int depth)
{
    QCborArray array;
    const quint64 count = reader.readArrayHeader(reader.limits().maxContainerItems);
    for (quint64 i = 0; i < count && !reader.hasError(); ++i)
        array.append(decodeItem(reader, depth + 1));
    return array;
}

QCborValue decodeMap(CborReader &reader, int depth)
{
    QCborMap map;
    const quint64 count = reader.readMapHeader(reader.limits().maxContainerItems);
    QByteArrayView previousKey;
    for (quint64 i = 0; i < count && !reader.hasError(); ++i) {
        const qsizetype keyStart = reader.offset();
        QCborValue key = decodeItem(reader, depth + 1);
        if (reader.hasError())
            break;
        const QByteArrayView keyBytes = reader.data().sliced(keyStart, reader.offset() - keyStart);
        // Canonical maps list keys in ascending order of their encodings, with no duplicates.
        if (i > 0 && !lessBytes(previousKey, keyBytes)) {
            reader.fail(CanonicalCbor::tr("map keys are duplicated or not in canonical order"));
            break;
        }
        previousKey = keyBytes;
        map.insert(std::move(key), decodeItem(reader, depth + 1));
    }
    return map;
}

QCborValue decodeItem(CborReader &reader, int depth)
{
    const CborReader::Type type = reader.peekType();
    if ((type == CborReader::Type::Array || type == CborReader::Type::Map)
        && depth >= reader.limits().maxDepth) {
        reader.fail(
            CanonicalCbor::tr("nesting deeper than %1 levels").arg(reader.limits().maxDepth));
        return {};
    }
    switch (type) {
    case CborReader::Type::Unsigned:
    case CborReader::Type::Negative:
        return reader.readInteger();
    case CborReader::Type::Bytes:
        return reader.readBytes(reader.limits().maxStringSize);
    case CborReader::Type::Text:
        return reader.readText(reader.limits().maxStringSize);
    case CborReader::Type::Array:
        return decodeArray(reader, depth);
    case CborReader::Type::Map:
        return decodeMap(reader, depth);
    case CborReader::Type::Simple:
        if (reader.readNullIf())
            return QCborValue(nullptr);
        return reader.readBool();
    case CborReader::Type::Invalid:
        if (!reader.hasError())
            reader.fail(CanonicalCbor::tr("the data ends too early"));
        return {};
    }
    return {};
}

bool encodeItem(CborWriter &writer, const QCborValue &value);

bool encodeMap(CborWriter &writer, const QCborMap &map)
{
    struct Entry {
        QByteArray keyBytes;
        QCborValue key;
        QCborValue value;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(map.size()));
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        auto keyBytes = CanonicalCbor::encode(it.key());
        if (!keyBytes)
            return false;
        entries.push_back({std::move(keyBytes).value(), it.key(), it.value()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return lessBytes(a.keyBytes, b.keyBytes); });
    writer.beginMap(quint64(entries.size()));
    for (const Entry &entry : entries)
        if (!encodeItem(writer, entry.key) || !encodeItem(writer, entry.value))
            return false;
    writer.end();
    return true;
}

bool encodeItem(CborWriter &writer, const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::Integer:
        writer.writeInteger(value.toInteger());
        return true;
    case QCborValue::ByteArray:
        writer.writeBytes(value.toByteArray());
        return true;
    case QCborValue::String:
        writer.writeText(value.toString());
        return true;
    case QCborValue::False:
    case QCborValue::True:
        writer.writeBool(value.toBool());
        return true;
    case QCborValue::Null:
        writer.writeNull();
        return true;
    case QCborValue::Array: {
        const QCborArray array = value.toArray();
        writer.beginArray(quint64(array.size()));
        for (const QCborValue &item : array)
            if (!encodeItem(writer, item))
                return false;
        writer.end();
        return true;
    }
    case QCborValue::Map:
        return encodeMap(writer, value.toMap());
    default:
        return false;
    }
}

} // namespace

Result<QCborValue> CanonicalCbor::decode(QByteArrayView data, const CborLimits &limits)
{
    CborReader reader(data, limits);
    QCborValue value = decodeItem(reader, 0);
    reader.finish();
    if (reader.hasError())
        return Error {reader.errorString()};
    return value;
}

Result<QByteArray> CanonicalCbor::encode(const QCborValue &value)
{
    CborWriter writer;
    if (!encodeItem(writer, value))
        return Error {tr("The value holds a type outside MedChain's canonical CBOR: floats, tags "
                         "and undefined cannot be encoded.")};
    return writer.take();
}

} // namespace medchain::codec

// Generic canonical CBOR: any well-formed item of MedChain's subset to a QCborValue tree and
// back. Tools, tests and fuzzers use it; chain objects use their own typed decoders.
#pragma once

#include "codec/CborReader.h"
#include "common/Result.h"

#include <QCborValue>

namespace medchain::codec {

class CanonicalCbor {
    Q_DECLARE_TR_FUNCTIONS(CanonicalCbor)
public:
    /// Decodes one item that fills data exactly. Map keys must be unique and in canonical order
    /// (ascending by their encoded bytes); everything CborReader rejects is rejected.
    static Result<QCborValue> decode(QByteArrayView data, const CborLimits &limits = {});
    /// Encodes a value canonically (map keys sorted by their encoded bytes). Fails for values
    /// outside the subset: floats, tags, undefined and other simple values.
    static Result<QByteArray> encode(const QCborValue &value);
};

} // namespace medchain::codec

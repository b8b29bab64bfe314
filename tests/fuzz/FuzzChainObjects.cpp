// Fuzz target: the decoders of everything a peer or a file hands us — transactions, blocks,
// commit certificates, genesis documents, dispute evidence files. The first byte picks the decoder.
// Whatever decodes must re-encode to exactly the input.
#include "chain/Block.h"
#include "chain/Evidence.h"
#include "chain/Genesis.h"
#include "chain/Transaction.h"

#include <cstdint>
#include <cstdlib>

namespace {
template <typename Object> void check(QByteArrayView input)
{
    const auto decoded = Object::decode(input);
    if (decoded.ok() && decoded.value().encode() != input)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace medchain::chain;
    if (size == 0)
        return 0;
    const QByteArrayView input(data + 1, qsizetype(size - 1));
    switch (data[0] % 5) {
    case 0:
        check<Transaction>(input);
        break;
    case 1:
        check<Block>(input);
        break;
    case 2:
        check<CommitCertificate>(input);
        break;
    case 3:
        check<Genesis>(input);
        break;
    default:
        // Evidence arrives from outside: decoding and verifying must never crash.
        if (const auto bundle = EvidenceBundle::decode(input); bundle.ok()) {
            if (bundle->encode() != input)
                std::abort();
            (void)bundle->verify();
        }
        break;
    }
    return 0;
}

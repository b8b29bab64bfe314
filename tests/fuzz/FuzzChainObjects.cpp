// Fuzz target: the decoders of everything a peer or a file hands us — transactions, blocks,
// commit certificates, genesis documents, dispute evidence files. The first byte picks the decoder.
// Whatever decodes must re-encode to exactly the input.
#include "chain/Block.h"
#include "chain/Evidence.h"
#include "chain/Genesis.h"
#include "chain/Transaction.h"

#include "RoundTrip.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace medchain::chain;
    if (size == 0)
        return 0;
    const QByteArrayView input(data + 1, qsizetype(size - 1));
    switch (data[0] % 5) {
    case 0:
        checkRoundTrip<Transaction>(input);
        break;
    case 1:
        checkRoundTrip<Block>(input);
        break;
    case 2:
        checkRoundTrip<CommitCertificate>(input);
        break;
    case 3:
        checkRoundTrip<Genesis>(input);
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

// Fuzz target: what consensus reads from peers and from its own disk — proposals, votes,
// equivocation evidence and the signing log. The first byte picks the decoder. Whatever decodes
// must re-encode to exactly the input (for the log: to exactly the part it accepted).
#include "consensus/Evidence.h"
#include "consensus/Messages.h"
#include "consensus/SigningLog.h"

#include "RoundTrip.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace medchain::consensus;
    if (size == 0)
        return 0;
    const QByteArrayView input(data + 1, qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0:
        checkRoundTrip<Proposal>(input);
        break;
    case 1:
        checkRoundTrip<Vote>(input);
        break;
    case 2:
        if (const auto evidence = EquivocationEvidence::decode(input); evidence.ok()) {
            if (evidence->encode() != input)
                std::abort();
            // Verifying needs the set: put the accused in it so the signature path runs too.
            (void)evidence->verify({{evidence->first.validator, 1}}, QStringLiteral("fuzz"));
        }
        break;
    default:
        if (const auto replay = SigningLog::replay(input); replay.ok()) {
            QByteArray again;
            for (const SignRecord &record : replay->records)
                again += SigningLog::encodeRecord(record);
            if (again != input.first(replay->validSize)
                || (replay->validSize != input.size()) != replay->tornTail)
                std::abort();
        }
        break;
    }
    return 0;
}

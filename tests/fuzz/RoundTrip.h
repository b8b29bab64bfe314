// What every fuzz target asserts of a decoder: whatever it accepts re-encodes to exactly the
// input, so one object never has two encodings. A failure aborts, which libFuzzer reports.
#pragma once

#include <QByteArrayView>

#include <cstdlib>

template <typename Object> void checkRoundTrip(QByteArrayView input)
{
    const auto decoded = Object::decode(input);
    if (decoded.ok() && decoded.value().encode() != input)
        std::abort();
}

// Money on the chain: integer fen (the yuan's minor unit), never floating point. The checked
// helpers return nothing instead of overflowing, so every rule can refuse rather than wrap.
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace medchain::wallet {

/// An amount of money in fen (0.01 yuan). Balances and amounts on chain are never negative.
using Amount = qint64;

/// The most a single transaction may move: 10^15 fen, ten trillion yuan.
inline constexpr Amount MaxAmount = 1'000'000'000'000'000;

/// a + b, or nothing when the sum does not fit.
std::optional<Amount> checkedAdd(Amount a, Amount b);
/// floor(a * b / c) computed without intermediate overflow; nothing when c is 0 or the result
/// does not fit. All three must be non-negative.
std::optional<qint64> mulDivFloor(qint64 a, qint64 b, qint64 c);
/// The same, rounded up.
std::optional<qint64> mulDivCeil(qint64 a, qint64 b, qint64 c);

/// "1234.50": yuan with two decimals, a minus sign for negative amounts, no grouping.
QString formatYuan(Amount fen);
/// The inverse of formatYuan (also "12", "12.5"); nothing for anything else, for more than two
/// decimals, or beyond MaxAmount.
std::optional<Amount> parseYuan(QStringView text);

} // namespace medchain::wallet

#include "wallet/Money.h"

#include <limits>

namespace medchain::wallet {

std::optional<Amount> checkedAdd(Amount a, Amount b)
{
    Amount sum = 0;
    if (qAddOverflow(a, b, &sum))
        return std::nullopt;
    return sum;
}

namespace {
__extension__ typedef unsigned __int128 Wide; // GCC and Clang; the product of two int64 fits

std::optional<qint64> mulDiv(qint64 a, qint64 b, qint64 c, bool roundUp)
{
    if (a < 0 || b < 0 || c <= 0)
        return std::nullopt;
    const Wide product = static_cast<Wide>(a) * quint64(b);
    Wide quotient = product / quint64(c);
    if (roundUp && product % quint64(c) != 0)
        ++quotient;
    if (quotient > static_cast<Wide>(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return qint64(quotient);
}
} // namespace

std::optional<qint64> mulDivFloor(qint64 a, qint64 b, qint64 c)
{
    return mulDiv(a, b, c, false);
}

std::optional<qint64> mulDivCeil(qint64 a, qint64 b, qint64 c)
{
    return mulDiv(a, b, c, true);
}

QString formatYuan(Amount fen)
{
    // Work in unsigned so that the most negative amount has a magnitude too.
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(fen) : quint64(fen);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Amount> parseYuan(QStringView text)
{
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QStringView whole = point < 0 ? text : text.first(point);
    const QStringView decimals = point < 0 ? QStringView() : text.sliced(point + 1);
    if (whole.isEmpty() || whole.size() > 14 || decimals.size() > 2
        || (point >= 0 && decimals.isEmpty()))
        return std::nullopt;
    Amount fen = 0;
    for (QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        fen = fen * 10 + (c.unicode() - '0');
    }
    for (int i = 0; i < 2; ++i) {
        const QChar c = i < decimals.size() ? decimals[i] : QLatin1Char('0');
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        fen = fen * 10 + (c.unicode() - '0');
    }
    if (fen > MaxAmount)
        return std::nullopt;
    return fen;
}

} // namespace medchain::wallet

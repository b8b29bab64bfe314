#include "institution/DeskInput.h"

#include "crypto/Certificate.h"

#include <array>

namespace medchain::ui {

namespace {
constexpr int kResidentIdLength = 18;
constexpr int kMinDocumentLength = 5;
constexpr int kMaxDocumentLength = 20;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetterOrDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}
} // namespace

bool DeskInput::looksLikeResidentId(const QString &normalised)
{
    if (normalised.size() != kResidentIdLength)
        return false;
    for (int i = 0; i < kResidentIdLength - 1; ++i)
        if (!isAsciiDigit(normalised.at(i)))
            return false;
    const QChar last = normalised.back();
    return isAsciiDigit(last) || last == QLatin1Char('X');
}

QChar DeskInput::residentIdCheckCharacter(QStringView first17Digits)
{
    // GB 11643-1999: weight 2^(18-i) mod 11 for position i = 1..17; the remainder of the
    // weighted sum modulo 11 picks the check character.
    static constexpr std::array<int, 17> kWeights {7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                   3, 7, 9,  10, 5, 8, 4, 2};
    static constexpr std::array<char, 11> kCheck {'1', '0', 'X', '9', '8', '7',
                                                  '6', '5', '4', '3', '2'};
    int sum = 0;
    for (int i = 0; i < 17 && i < first17Digits.size(); ++i)
        sum += (first17Digits.at(i).unicode() - u'0') * kWeights[std::size_t(i)];
    return QLatin1Char(kCheck[std::size_t(sum % 11)]);
}

QString DeskInput::nationalIdProblem(const QString &normalised)
{
    if (normalised.isEmpty())
        return tr("Type the number on the patient's identity card or passport.");
    if (looksLikeResidentId(normalised)) {
        const QChar expected = residentIdCheckCharacter(QStringView(normalised).left(17));
        if (normalised.back() != expected)
            return tr("%1 is not a valid resident ID: its last character should be %2 for the "
                      "17 digits before it. Check the number on the card for a mistyped digit.")
                .arg(normalised, expected);
        return QString();
    }
    for (const QChar c : normalised)
        if (!isAsciiLetterOrDigit(c))
            return tr("A document number has only letters and digits; “%1” is not one.")
                .arg(QString(c));
    if (normalised.size() < kMinDocumentLength || normalised.size() > kMaxDocumentLength)
        return tr("A document number has %1 to %2 letters and digits, and a resident ID has 18; "
                  "this one has %3.")
            .arg(kMinDocumentLength)
            .arg(kMaxDocumentLength)
            .arg(normalised.size());
    return QString();
}

QString DeskInput::regionCodeProblem(const QString &code)
{
    if (code.isEmpty())
        return tr("Type the patient's region code (for example 340104).");
    if (!crypto::isValidRegionCode(code))
        return tr("A region code has 1 to 16 letters, digits or hyphens; “%1” is not one.")
            .arg(code);
    return QString();
}

QString DeskInput::groupedHex(const chain::IdentityId &id)
{
    const QString hex = QString::fromLatin1(id.toByteArray().toHex());
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            out.append(i % 32 == 0 ? QLatin1Char('\n') : QLatin1Char(' '));
        out.append(QStringView(hex).mid(i, 4));
    }
    return out;
}

} // namespace medchain::ui

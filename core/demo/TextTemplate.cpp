#include "demo/TextTemplate.h"

#include "demo/DemoRandom.h"

namespace medchain::demo {

namespace {

/// "-12.50" → -1250 with 2 decimals; false unless it is an optional minus, digits and an
/// optional fraction.
bool parseFixed(QStringView text, qint64 *value, int *decimals)
{
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.sliced(1);
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? text : text.first(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.sliced(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && fraction.isEmpty()) || whole.size() + fraction.size() > 15)
        return false;
    qint64 v = 0;
    for (const QStringView digits : {whole, fraction})
        for (const QChar c : digits) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
            v = v * 10 + (c.unicode() - '0');
        }
    *value = negative ? -v : v;
    *decimals = int(fraction.size());
    return true;
}

/// Splits at `separator` where no braces are open.
QList<QStringView> splitTopLevel(QStringView text, QChar separator)
{
    QList<QStringView> parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('{'))
            ++depth;
        else if (text[i] == QLatin1Char('}'))
            --depth;
        else if (depth == 0 && text[i] == separator) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

} // namespace

Result<TextTemplate> TextTemplate::compile(const QString &text)
{
    auto parts = parse(text);
    if (!parts)
        return Error {tr("\"%1\": %2").arg(text, parts.error())};
    TextTemplate t;
    t.m_source = text;
    t.m_parts = std::move(parts.value());
    for (const Part &part : t.m_parts)
        if (part.kind != Part::Kind::Literal)
            t.m_plain = false;
    return t;
}

Result<std::vector<TextTemplate::Part>> TextTemplate::parse(QStringView text)
{
    std::vector<Part> parts;
    QString literal;
    auto flush = [&] {
        if (!literal.isEmpty()) {
            Part part;
            part.literal = literal;
            parts.push_back(std::move(part));
            literal.clear();
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('}'))
            return Error {tr("a } without its {.")};
        if (c != QLatin1Char('{')) {
            literal.append(c);
            continue;
        }
        int depth = 1;
        qsizetype end = i + 1;
        for (; end < text.size() && depth > 0; ++end) {
            if (text[end] == QLatin1Char('{'))
                ++depth;
            else if (text[end] == QLatin1Char('}'))
                --depth;
        }
        if (depth != 0)
            return Error {tr("a { without its }.")};
        const QStringView inner = text.sliced(i + 1, end - i - 2);
        i = end - 1;
        flush();
        Part part;
        const QList<QStringView> choices = splitTopLevel(inner, QLatin1Char('|'));
        if (choices.size() > 1) {
            part.kind = Part::Kind::Choice;
            for (const QStringView choice : choices) {
                auto compiled = compile(choice.toString());
                if (!compiled)
                    return compiled.failure();
                part.choices.push_back(std::move(compiled.value()));
            }
        } else {
            const QList<QStringView> range = inner.split(QLatin1Char('~'));
            int lowDecimals = 0;
            int highDecimals = 0;
            if (range.size() != 2 || !parseFixed(range[0], &part.low, &lowDecimals)
                || !parseFixed(range[1], &part.high, &highDecimals) || lowDecimals != highDecimals
                || part.low > part.high)
                return Error {tr("{%1} is neither a choice {x|y} nor a range {low~high} whose "
                                 "ends have the same decimals.")
                                  .arg(inner.toString())};
            part.kind = Part::Kind::Number;
            part.decimals = lowDecimals;
        }
        parts.push_back(std::move(part));
    }
    flush();
    return parts;
}

QString TextTemplate::formatNumber(qint64 value, int decimals)
{
    const bool negative = value < 0;
    const quint64 magnitude = negative ? quint64(-value) : quint64(value);
    quint64 scale = 1;
    for (int d = 0; d < decimals; ++d)
        scale *= 10;
    QString text = negative ? QStringLiteral("-") : QString();
    text += QString::number(magnitude / scale);
    if (decimals > 0)
        text += QLatin1Char('.')
            + QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
    return text;
}

QString TextTemplate::expand(DemoRandom &random) const
{
    if (m_plain)
        return m_source;
    QString text;
    text.reserve(m_source.size() + 8);
    for (const Part &part : m_parts) {
        switch (part.kind) {
        case Part::Kind::Literal:
            text += part.literal;
            break;
        case Part::Kind::Number:
            text += formatNumber(random.between(part.low, part.high), part.decimals);
            break;
        case Part::Kind::Choice:
            text += random.pick(part.choices).expand(random);
            break;
        }
    }
    return text;
}

} // namespace medchain::demo

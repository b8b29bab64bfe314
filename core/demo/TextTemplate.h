// The demo data's text templates: {a~b} is a value between a and b written with a's decimals,
// {x|y|z} one of the choices (choices may hold templates). Compiled once, expanded per record.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace medchain::demo {

class DemoRandom;

class TextTemplate {
    Q_DECLARE_TR_FUNCTIONS(TextTemplate)
public:
    TextTemplate() = default;

    /// Compiles `text`, or says what is wrong with it (unbalanced braces, a malformed range).
    static Result<TextTemplate> compile(const QString &text);

    /// The text with every placeholder replaced. A template without placeholders returns its
    /// source text itself (shared, not copied).
    QString expand(DemoRandom &random) const;

    const QString &source() const { return m_source; }
    bool isEmpty() const { return m_source.isEmpty(); }

private:
    struct Part {
        enum class Kind { Literal, Number, Choice } kind = Kind::Literal;
        QString literal;
        qint64 low = 0; // Number: in units of 10^-decimals
        qint64 high = 0;
        int decimals = 0;
        std::vector<TextTemplate> choices;
    };

    static Result<std::vector<Part>> parse(QStringView text);
    static QString formatNumber(qint64 value, int decimals);

    QString m_source;
    std::vector<Part> m_parts;
    bool m_plain = true;
};

} // namespace medchain::demo

#include "patient/Icd10Titles.h"

#include "demo/Catalog.h"

#include <QDebug>

#include <optional>

namespace medchain::ui {

namespace {

// Loaded on first use (thread-safe static initialisation) and read-only afterwards. A catalog
// that fails to load is a packaging error: codes then show without titles.
const demo::Catalog *catalog()
{
    static const std::optional<demo::Catalog> loaded = []() -> std::optional<demo::Catalog> {
        auto result = demo::Catalog::load();
        if (!result) {
            qWarning().noquote() << result.error();
            return std::nullopt;
        }
        return std::move(result.value());
    }();
    return loaded ? &*loaded : nullptr;
}

QString normalised(const QString &code)
{
    return code.trimmed().toUpper();
}

} // namespace

QLocale::Language Icd10Titles::currentLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QLocale::Chinese : QLocale::English;
}

QString Icd10Titles::title(const QString &code)
{
    return title(code, currentLanguage());
}

QString Icd10Titles::title(const QString &code, QLocale::Language language)
{
    const demo::Catalog *entries = catalog();
    return entries ? entries->icd10Title(normalised(code), language) : QString();
}

QString Icd10Titles::describe(const QString &code)
{
    const QString text = title(code);
    return text.isEmpty() ? code : code + QLatin1Char(' ') + text;
}

QString Icd10Titles::describeAll(const QStringList &codes)
{
    QStringList described;
    described.reserve(codes.size());
    for (const QString &code : codes)
        described.append(describe(code));
    return described.join(QStringLiteral("; "));
}

QString Icd10Titles::searchText(const QString &code)
{
    const demo::Catalog *entries = catalog();
    const demo::Icd10Entry *entry = entries ? entries->icd10(normalised(code)) : nullptr;
    if (!entry)
        return code.toLower();
    return QStringList {code, entry->titleEn, entry->titleZh}.join(QLatin1Char(' ')).toLower();
}

} // namespace medchain::ui

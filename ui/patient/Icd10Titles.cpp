#include "patient/Icd10Titles.h"

#include "common/MedicalCatalog.h"
#include "demo/Catalog.h"

namespace medchain::ui {

namespace {

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
    const demo::Catalog *entries = medicalCatalog();
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
    const demo::Catalog *entries = medicalCatalog();
    const demo::Icd10Entry *entry = entries ? entries->icd10(normalised(code)) : nullptr;
    if (!entry)
        return code.toLower();
    return QStringList {code, entry->titleEn, entry->titleZh}.join(QLatin1Char(' ')).toLower();
}

} // namespace medchain::ui

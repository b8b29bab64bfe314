#include "regulator/SurveillanceText.h"

#include "analytics/OutbreakDetection.h"
#include "common/MedicalCatalog.h"
#include "demo/Catalog.h"

namespace medchain::ui {

namespace {

bool isChinese(QLocale::Language language)
{
    return language == QLocale::Chinese;
}

} // namespace

QLocale::Language SurveillanceText::language()
{
    return isChinese(QLocale().language()) ? QLocale::Chinese : QLocale::English;
}

QString SurveillanceText::regionName(const QString &code)
{
    return regionName(code, language());
}

QString SurveillanceText::regionName(const QString &code, QLocale::Language language)
{
    if (code.isEmpty())
        return tr("All regions");
    const demo::Catalog *catalog = medicalCatalog();
    const QString name = catalog ? catalog->regionName(code, language) : QString();
    return name.isEmpty() ? code : name;
}

QStringList SurveillanceText::regionPath(const QString &code)
{
    QStringList path;
    if (code.isEmpty())
        return path;
    const demo::Catalog *catalog = medicalCatalog();
    QString at = code;
    // The catalog is a tree of three levels; the bound only guards against a malformed one.
    for (int depth = 0; depth < 8 && !at.isEmpty(); ++depth) {
        path.prepend(at);
        const demo::RegionEntry *entry = catalog ? catalog->region(at) : nullptr;
        at = entry ? entry->parent : QString();
    }
    return path;
}

QString SurveillanceText::parentRegion(const QString &code)
{
    const demo::Catalog *catalog = medicalCatalog();
    const demo::RegionEntry *entry = catalog ? catalog->region(code) : nullptr;
    return entry ? entry->parent : QString();
}

bool SurveillanceText::hasSubregions(const QString &code)
{
    const demo::Catalog *catalog = medicalCatalog();
    return catalog && !catalog->regionsUnder(code).isEmpty();
}

QString SurveillanceText::provinceCode()
{
    const demo::Catalog *catalog = medicalCatalog();
    return catalog ? catalog->provinceCode() : QString();
}

namespace {

const demo::Icd10Chapter *chapterEntry(int number)
{
    if (const demo::Catalog *catalog = medicalCatalog())
        for (const demo::Icd10Chapter &each : catalog->icd10Chapters())
            if (each.number == number)
                return &each;
    return nullptr;
}

} // namespace

QString SurveillanceText::chapter(int number)
{
    if (number == 0)
        return tr("All diseases");
    if (!chapterEntry(number))
        return tr("Chapter %1").arg(number);
    return tr("%1 %2", "chapter: roman numeral, title")
        .arg(chapterRoman(number), chapterTitle(number));
}

QString SurveillanceText::chapterRoman(int number)
{
    const demo::Icd10Chapter *entry = chapterEntry(number);
    return entry ? entry->roman : QString();
}

QString SurveillanceText::chapterTitle(int number)
{
    const demo::Icd10Chapter *entry = chapterEntry(number);
    if (!entry)
        return QString();
    return isChinese(language()) ? entry->titleZh : entry->titleEn;
}

int SurveillanceText::chapterOf(const QString &code)
{
    const demo::Catalog *catalog = medicalCatalog();
    const demo::Icd10Chapter *chapter = catalog ? catalog->chapterOf(code) : nullptr;
    return chapter ? chapter->number : 0;
}

QList<int> SurveillanceText::chapterNumbers()
{
    QList<int> numbers;
    if (const demo::Catalog *catalog = medicalCatalog())
        for (const demo::Icd10Chapter &each : catalog->icd10Chapters())
            numbers.append(each.number);
    return numbers;
}

QString SurveillanceText::categoryTitle(const QString &category)
{
    return categoryTitle(category, language());
}

QString SurveillanceText::categoryTitle(const QString &category, QLocale::Language language)
{
    const demo::Catalog *catalog = medicalCatalog();
    if (!catalog || category.isEmpty())
        return QString();
    if (const QString own = catalog->icd10Title(category, language); !own.isEmpty())
        return own;
    if (const QString unspecified = catalog->icd10Title(category + QStringLiteral(".9"), language);
        !unspecified.isEmpty())
        return unspecified;
    const QString prefix = category + QLatin1Char('.');
    for (const demo::Icd10Entry &entry : catalog->icd10Codes())
        if (entry.code.startsWith(prefix))
            return isChinese(language) ? entry.titleZh : entry.titleEn;
    return QString();
}

QString SurveillanceText::category(const QString &category)
{
    const QString title = categoryTitle(category);
    return title.isEmpty() ? category : tr("%1 %2", "category: code, title").arg(category, title);
}

QString SurveillanceText::categoryDetails(const QString &category)
{
    const demo::Catalog *catalog = medicalCatalog();
    if (!catalog || category.isEmpty())
        return QString();
    QStringList lines;
    const QString prefix = category + QLatin1Char('.');
    for (const demo::Icd10Entry &entry : catalog->icd10Codes())
        if (entry.code == category || entry.code.startsWith(prefix))
            lines.append(
                tr("%1 %2", "category: code, title")
                    .arg(entry.code, isChinese(language()) ? entry.titleZh : entry.titleEn));
    return lines.join(QLatin1Char('\n'));
}

QString SurveillanceText::methodName(client::AlertMethod method)
{
    switch (method) {
    case client::AlertMethod::C1:
        return tr("C1 (mild)");
    case client::AlertMethod::C2:
        return tr("C2 (medium)");
    case client::AlertMethod::C3:
        return tr("C3 (high)");
    case client::AlertMethod::Cusum:
        return tr("CUSUM");
    }
    return QString();
}

QString SurveillanceText::methodDescription(client::AlertMethod method)
{
    using analytics::EarsMethod;
    using analytics::OutbreakDetection;
    switch (method) {
    case client::AlertMethod::C1:
        return OutbreakDetection::describe(EarsMethod::C1);
    case client::AlertMethod::C2:
        return OutbreakDetection::describe(EarsMethod::C2);
    case client::AlertMethod::C3:
        return OutbreakDetection::describe(EarsMethod::C3);
    case client::AlertMethod::Cusum:
        return OutbreakDetection::describeCusum();
    }
    return QString();
}

QString SurveillanceText::day(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString SurveillanceText::count(qint64 value)
{
    return QLocale().toString(value);
}

QString SurveillanceText::decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace medchain::ui

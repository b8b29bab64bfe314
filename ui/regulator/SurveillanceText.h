// How the regulator's dashboard writes what a surveillance snapshot holds by code: regions,
// ICD-10 chapters and categories in the interface's language, methods, days and numbers.
#pragma once

#include "client/SurveillanceTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace medchain::ui {

class SurveillanceText {
    Q_DECLARE_TR_FUNCTIONS(SurveillanceText)
public:
    /// The language names are shown in now: QLocale()'s (zh* → Chinese, else English).
    static QLocale::Language language();

    /// "Hefei" or "合肥市"; "All regions" for the empty code; the code itself when unknown.
    static QString regionName(const QString &code);
    static QString regionName(const QString &code, QLocale::Language language);
    /// The codes from the top of the catalog down to code ("340111" → 340000, 340100, 340111);
    /// just code when the catalog does not know it, nothing for the empty code.
    static QStringList regionPath(const QString &code);
    /// The region one level up; empty at the province (or for an unknown code).
    static QString parentRegion(const QString &code);
    /// Whether the catalog lists regions under code.
    static bool hasSubregions(const QString &code);
    /// The province of the catalog (the dashboard's starting region), empty without a catalog.
    static QString provinceCode();

    /// "X Diseases of the respiratory system"; "All diseases" for 0.
    static QString chapter(int number);
    /// "X" and "Diseases of the respiratory system"; empty for a number the catalog lacks.
    static QString chapterRoman(int number);
    static QString chapterTitle(int number);
    /// The chapter (1–22) of an ICD-10 code, 0 when it has none.
    static int chapterOf(const QString &code);
    /// The chapter numbers of the catalog, in order.
    static QList<int> chapterNumbers();
    /// The title of a three-character category. The catalog lists some categories only by their
    /// subdivisions ("J10.0", "J10.1"): then the unspecified one's (".9") title, else the first's.
    static QString categoryTitle(const QString &category);
    static QString categoryTitle(const QString &category, QLocale::Language language);
    /// "J10 Influenza …", or the code alone when unknown.
    static QString category(const QString &category);
    /// The codes and titles the catalog lists under a category, one a line (for tooltips).
    static QString categoryDetails(const QString &category);

    /// "C2", "CUSUM"…
    static QString methodName(client::AlertMethod method);
    /// What the method does, from analytics::OutbreakDetection.
    static QString methodDescription(client::AlertMethod method);

    /// "2026-03-05".
    static QString day(const QDate &date);
    /// A count with the locale's digit grouping.
    static QString count(qint64 value);
    /// A statistic with the given decimals.
    static QString decimal(double value, int decimals = 2);
};

} // namespace medchain::ui

// The reference data every view shares: ICD-10 codes and chapters, drugs with their maximum daily
// doses, exams with fees, and Anhui's administrative regions (GB/T 2260), embedded under :/catalog.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace medchain::demo {

struct Icd10Chapter {
    int number = 0; // 1..22
    QString roman; // "X"
    QString first; // first three-character category, "J00"
    QString last; // last one, "J99"
    QString titleEn;
    QString titleZh;
};

struct Icd10Entry {
    QString code; // "J10.1" or a category without subdivision, "I10"
    QString titleEn;
    QString titleZh;
};

struct DrugEntry {
    QString atc; // WHO ATC code, 7 characters
    QString nameEn; // generic name
    QString nameZh;
    qint64 doseMicrograms = 0; // usual adult dose per administration
    QStringList frequencies; // frequency codes it is given at (Dosing.h); the first is usual
    qint64 maxDailyMicrograms = 0;
    int minDays = 1; // a usual course
    int maxDays = 1;
    qint64 priceFen = 0; // per administration of the usual dose
};

enum class ExamKind { Laboratory, Imaging, Functional };

struct ExamEntry {
    QString code; // local order code, "CT-CHEST"
    QString nameEn;
    QString nameZh;
    qint64 feeFen = 0;
    ExamKind kind = ExamKind::Laboratory;
    QString normalResult; // a text template (TextTemplate.h)
};

enum class RegionLevel { Province, City, District };

struct RegionEntry {
    QString code; // six digits
    QString parent; // empty for the province
    QString nameEn;
    QString nameZh;
    int populationThousands = 0;
    RegionLevel level = RegionLevel::District;
};

/// Loaded once and read-only afterwards, so it is safe to share between threads. Lookups take
/// codes exactly as written in the catalog (ICD-10 and ATC codes are upper case).
class Catalog {
    Q_DECLARE_TR_FUNCTIONS(Catalog)
public:
    /// The embedded catalog (:/catalog). Fails only if a file shipped with the program is
    /// malformed, which is a programming error; the message says which file and line.
    static Result<Catalog> load();
    /// The embedded catalog, loaded once on first use and shared read-only by every thread;
    /// null (with a warning logged once) only if the shipped files are broken.
    static const Catalog *embedded();
    /// A catalog from another folder holding the same files (tests use broken copies).
    static Result<Catalog> loadFrom(const QString &directory);

    // ICD-10
    const QList<Icd10Entry> &icd10Codes() const { return m_icd10; } // sorted by code
    const Icd10Entry *icd10(const QString &code) const;
    /// The code's title in Chinese for QLocale::Chinese, else in English; empty if unknown.
    QString icd10Title(const QString &code, QLocale::Language language) const;
    const QList<Icd10Chapter> &icd10Chapters() const { return m_chapters; }
    /// The chapter of any well-formed ICD-10 code ("J10.1" → X), listed in the subset or not.
    const Icd10Chapter *chapterOf(const QString &code) const;
    /// Codes starting with `text` (case-insensitively), then codes whose English or Chinese
    /// title contains it, at most `limit` in all: what a completer offers while typing.
    QList<const Icd10Entry *> searchIcd10(const QString &text, int limit) const;

    // Drugs
    const QList<DrugEntry> &drugs() const { return m_drugs; }
    const DrugEntry *drug(const QString &atc) const;
    std::optional<qint64> maxDailyDoseMicrograms(const QString &atc) const;
    QString drugName(const QString &atc, QLocale::Language language) const;

    // Exams
    const QList<ExamEntry> &exams() const { return m_exams; }
    const ExamEntry *exam(const QString &code) const;

    // Regions
    const QList<RegionEntry> &regions() const { return m_regions; } // parents before children
    const RegionEntry *region(const QString &code) const;
    QString regionName(const QString &code, QLocale::Language language) const;
    /// The regions whose parent is `parent` ("340000" → the cities), in catalog order.
    QList<const RegionEntry *> regionsUnder(const QString &parent) const;
    /// The prefecture-level city of a district, the city itself for a city; empty otherwise.
    QString cityOf(const QString &code) const;
    /// The province's code (the one region without a parent).
    QString provinceCode() const;

private:
    Result<void> loadIcd10(const QString &directory);
    Result<void> loadDrugs(const QString &directory);
    Result<void> loadExams(const QString &directory);
    Result<void> loadRegions(const QString &directory);

    QList<Icd10Chapter> m_chapters;
    QList<Icd10Entry> m_icd10;
    QHash<QString, qsizetype> m_icd10Index;
    QList<DrugEntry> m_drugs;
    QHash<QString, qsizetype> m_drugIndex;
    QList<ExamEntry> m_exams;
    QHash<QString, qsizetype> m_examIndex;
    QList<RegionEntry> m_regions;
    QHash<QString, qsizetype> m_regionIndex;
};

} // namespace medchain::demo

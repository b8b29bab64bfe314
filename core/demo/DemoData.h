// The demo generator's seed data (resources/demo, embedded under :/demo): names, the age pyramid,
// institutions and specialties, and the clinical model, each checked against the Catalog.
#pragma once

#include "chain/ChainTypes.h"
#include "common/Result.h"
#include "demo/DemoRandom.h"
#include "demo/TextTemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace medchain::demo {

class Catalog;
class CsvTable;

/// A weight for the ages from..to (inclusive); ages outside every band weigh 0.
struct AgeWeight {
    int from = 0;
    int to = 0;
    qint64 weight = 0;
};
qint64 weightAtAge(const QList<AgeWeight> &bands, int age);

/// Whether an ICD-10 diagnosis falls under a code or category of a subsidy rule, as a
/// record's author attests it: "E11" covers "E11.9", "J10.1" covers "J10.1" but not "J10.0".
bool diagnosisFallsUnder(const QString &diagnosis, const QString &code);

struct OrderChoice {
    bool isDrug = true;
    QString code; // ATC code or exam code
    qint64 doseMicrograms = 0; // 0: the drug's usual dose
    TextTemplate result; // empty: the exam's normal result
};

/// With chancePercent one of the choices is ordered.
struct OrderSlot {
    int chancePercent = 0;
    QList<OrderChoice> choices;
    WeightedChoice picker;
};

struct TextChoice {
    int ageFrom = 0;
    int ageTo = 200;
    TextTemplate text;
};

/// A kind of visit (conditions.csv), with what is written and ordered at it.
struct Condition {
    QString id;
    int group = -1; // index in DemoData::chronic, -1 for an acute condition
    chain::RecordCategory category = chain::RecordCategory::Encounter;
    QList<QStringList> diagnoses; // alternatives, each one or more ICD-10 codes
    WeightedChoice diagnosisPicker;
    bool stable = false; // a patient keeps the same alternative on every visit
    qint64 weight = 0;
    std::array<qint64, 12> months {}; // weight × month profile, normalised to 100 per month
    QList<AgeWeight> ages;
    QChar sex; // 'F', 'M' or '*'
    int specialty = 0; // index in DemoData::specialties
    std::array<qint64, 4> levels {}; // by institution level 1..3 (0 unused)
    QList<TextChoice> complaints;
    QList<TextChoice> notes;
    QList<OrderSlot> orders;

    bool allows(QChar patientSex) const { return sex == QLatin1Char('*') || sex == patientSex; }
};

struct ChronicCondition {
    QString id;
    QString nameEn;
    QChar sex;
    QList<AgeWeight> prevalencePermille;
    int visitsPerYear = 0;
    int spanDays = 0; // 0: the whole period
    QList<int> conditions; // its visit types
};

struct Specialty {
    QString nameEn;
    QString nameZh;
    int minLevel = 1;
    int fallback = -1;
    int paediatric = -1;
    int core = 0;
    qint64 weight = 0;
};

struct InstitutionPattern {
    QString role; // provincial, city, district, community, gateway, sponsor, fundmanager
    int level = 0;
    QString region; // fixed institutions only
    QString nameZh; // a pattern with {city_zh}, {district_zh}, {direction_zh} …
    QString nameEn;
    qint64 registrationFen = 0;
    qint64 consultationFen = 0;
};

struct AgeGroup {
    int from = 0;
    int to = 0;
    qint64 malePermille = 0;
    qint64 femalePermille = 0;
    qint64 activity = 0;
};

struct WeightedName {
    QString text;
    QChar sex; // 'F', 'M' or 'U' for given-name characters; unused for surnames
    qint64 weight = 0;
};

struct LatinCountry {
    QString code; // ISO 3166-1 numeric
    QStringList family;
    QStringList female;
    QStringList male;
};

struct AmendmentReason {
    QString kind; // diagnosis, dose, note, result
    QString reason;
    QString supplement;
};

struct WeightedIndex {
    int index = 0;
    qint64 weight = 0;
};

struct ScenarioSettings {
    QString authorityNameZh;
    QString authorityNameEn;
    QString authorityRegion;
    QString outbreakRegion;
    QList<WeightedIndex> outbreakConditions;
    int outbreakDays = 18;
    int outbreakMinCases = 12;
    int outbreakMultiplier = 8;
    int outbreakMinResidents = 12;
    QString repeatedExam;
    int repeatedExamPercent = 60;
    QString overdoseDrug;
    int overdosePercent = 70;
    QStringList directionsZh;
    QStringList directionsEn;
    int latinPatientPermille = 20;
    int latinPractitionerPermille = 10;
    QList<WeightedIndex> emergencyConditions;
    QString repeatExamComplaint; // {exam}
    QString repeatExamResult; // {days}, {result}
    QString repeatExamNote; // {exam}
    // The wallet, in fen.
    int recordManagementFen = 0; // a year's record-management fee at the registering institution
    QString assistanceProgram; // the health authority's medical assistance for chronic conditions
    QStringList assistanceCodes; // its diagnosis rule: ICD-10 codes or categories, sorted
    int assistanceFen = 0; // per qualifying record
    int assistanceCapFen = 0; // per patient
    QString trialProgram; // the trial sponsor's stipend for its participants' laboratory visits
    int trialFen = 0;
    int trialCapFen = 0;
    QString fundName; // the fund manager's money-market fund
};

struct DemoData {
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    /// The embedded seed data (:/demo), checked against `catalog`.
    static Result<DemoData> load(const Catalog &catalog);
    static Result<DemoData> loadFrom(const QString &directory, const Catalog &catalog);

    int specialtyIndex(const QString &nameEn) const { return m_specialtyIndex.value(nameEn, -1); }
    int conditionIndex(const QString &id) const { return m_conditionIndex.value(id, -1); }
    const QStringList &purposes(const QString &kind) const;

    ScenarioSettings settings;
    QList<AgeGroup> ages;
    QList<WeightedName> surnames;
    QList<WeightedName> givenCharacters;
    QList<LatinCountry> latinNames;
    QList<Specialty> specialties;
    QList<InstitutionPattern> institutions;
    QList<ChronicCondition> chronic;
    QList<Condition> conditions;
    QList<AmendmentReason> amendmentReasons;

private:
    Result<void> loadPeople(const QString &directory);
    Result<void> loadPlaces(const QString &directory, const Catalog &catalog);
    Result<void> loadSettings(const QString &directory, const Catalog &catalog);
    Result<void> loadWords(const QString &directory);
    Result<void> checkNamesTheGeneratorUses() const;
    Result<QStringList> programCodes(const QString &text) const;
    // ClinicalModel.cpp
    Result<void> loadChronic(const QString &directory);
    Result<void> loadConditions(const QString &directory, const Catalog &catalog);
    Result<void> loadTexts(const QString &directory);
    Result<void> loadOrders(const QString &directory, const Catalog &catalog);
    static Result<QList<AgeWeight>> parseAgeWeights(const CsvTable &table, int rowIndex,
                                                    int column);

    QHash<QString, int> m_specialtyIndex;
    QHash<QString, int> m_conditionIndex;
    QHash<QString, QStringList> m_purposes;
};

} // namespace medchain::demo

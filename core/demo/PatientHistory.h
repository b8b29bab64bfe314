// Internal to ScenarioGenerator: one patient's year of care — when they are seen, for what, where
// and by whom — with the injected outbreak, repeated exams and the occasional emergency access.
#pragma once

#include "demo/DemoRandom.h"
#include "demo/GeneratorContext.h"

#include <QHash>

#include <vector>

namespace medchain::demo {

class RecordWriter;

class PatientHistory {
public:
    PatientHistory(GeneratorContext &context, const RecordWriter &writer);

    /// Adds `patient`'s records (context.patients[patient].records of them) and emergency
    /// accesses to the context's events. `records` receives the records in time order,
    /// `emergencyDoctors` the practitioners who used emergency access on the patient.
    void generate(int patient, std::vector<HistoryRecord> *records,
                  std::vector<int> *emergencyDoctors);

    /// The practitioner at `institution` who sees `specialty` for this patient (the same one
    /// on every visit), with children sent to the paediatric specialty.
    int practitionerFor(int patient, int institution, int specialty, qint64 time);
    /// The patient's usual institution of `level` (1..3), chosen once.
    int usualInstitution(int patient, int level, DemoRandom &random);
    /// Writes a record of `condition` and adds it; returns it for the history.
    HistoryRecord addRecord(int patient, int condition, int institution, int practitioner,
                            qint64 encounterTime, DemoRandom &random);
    /// An emergency visit by `doctor`: break-glass access shortly before `encounter` and reads
    /// of earlier records by others, then the visit's record (an ordinary visit if there is
    /// nothing to read or no room before the end of the period).
    void emergencyVisit(int patient, int condition, int hospital, int doctor, qint64 encounter,
                        DemoRandom &random, std::vector<HistoryRecord> *records,
                        std::vector<int> *emergencyDoctors);
    int emergencySpecialty() const { return m_emergencySpecialty; }

    /// A time of day for a visit, in ms after midnight.
    static qint64 visitTimeOfDay(DemoRandom &random, bool anyHour);
    /// When the record of a visit at `encounter` is written (minutes later, inside the period).
    qint64 recordTime(qint64 encounter, DemoRandom &random) const;

private:
    struct Slot {
        qint64 encounter = 0;
        int kind = 0; // 0 acute, 1 chronic (condition set), 2 outbreak
        int condition = -1;
    };

    void buildAcuteTables();
    int ageAt(int patient, qint64 time) const;
    int pickAcute(int patient, qint64 time, DemoRandom &random) const;
    int pickWeighted(const QList<WeightedIndex> &options, int patient, qint64 time,
                     DemoRandom &random) const;
    void planSlots(int patient, DemoRandom &random);
    void repeatExam(int patient, size_t slot, DemoRandom &random,
                    std::vector<HistoryRecord> *records, size_t *next);

    GeneratorContext &m_ctx;
    const RecordWriter &m_writer;
    std::vector<int> m_acute; // acute condition indices
    std::vector<WeightedChoice> m_acuteTables; // [sex][age 0..100][month]
    WeightedChoice m_days; // days of the period, weighted by the season's load and weekdays
    std::vector<int> m_dayMonth; // 0..11 for each day of the period
    int m_emergencySpecialty = 0;
    int m_radiology = 0;
    std::vector<Slot> m_slots;
    QHash<qint64, int> m_doctors; // (institution, specialty) → practitioner, for m_doctorsOf
    int m_doctorsOf = -1;
};

} // namespace medchain::demo

// Internal to ScenarioGenerator: the richest history, the one the GUI demo opens — a patient
// with hypertension and diabetes seen over the whole period at several institutions.
#pragma once

namespace medchain::demo {

class ConsentGenerator;
class PatientHistory;
struct GeneratorContext;

class CastHistory {
public:
    /// Writes the cast patient's records, grants to two doctors (the cast doctor's still active
    /// at the end), reads by them, a sponsor's grant, answered requests, one emergency access,
    /// one confirmed and one pending amendment. Sets scenario.cast.doctor.
    static void generate(GeneratorContext &context, PatientHistory &history,
                         ConsentGenerator &consent);
};

} // namespace medchain::demo

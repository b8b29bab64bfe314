// Internal to ScenarioGenerator: the patients — sex and age from the census pyramid, a home
// district weighted by population, chronic conditions by prevalence, names and ID numbers.
#pragma once

namespace medchain::demo {

struct GeneratorContext;

class PatientGenerator {
public:
    /// Fills scenario.patients and context.patients (after the institutions exist: the cast
    /// patient lives near the first provincial hospital). Picks the cast patient.
    static void generate(GeneratorContext &context);
};

} // namespace medchain::demo

// Internal to ScenarioGenerator: the people and places of the demo network (institutions across
// Anhui's districts, their practitioners, and patients with ages, homes and chronic conditions).
#pragma once

namespace medchain::demo {

struct GeneratorContext;

class PopulationGenerator {
public:
    /// Fills the Scenario's institutions, practitioners and patients, and the context's district,
    /// institution and patient tables. Picks the cast patient and the injected signals' places.
    static void generate(GeneratorContext &context);
};

} // namespace medchain::demo

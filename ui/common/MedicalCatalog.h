// The medical catalog (ICD-10 with chapters, drugs, exams, regions) every view names codes from:
// loaded once on first use and shared read-only; null only if the embedded files are broken.
#pragma once

namespace medchain::demo {
class Catalog;
}

namespace medchain::ui {

/// The embedded catalog, or null (with a warning logged once) when it cannot be loaded.
const demo::Catalog *medicalCatalog();

} // namespace medchain::ui

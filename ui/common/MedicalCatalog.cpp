#include "common/MedicalCatalog.h"

#include "demo/Catalog.h"

namespace medchain::ui {

const demo::Catalog *medicalCatalog()
{
    // A catalog that fails to load is a packaging error, so views then show bare codes and
    // forms offer no completion rather than refusing to work.
    return demo::Catalog::embedded();
}

} // namespace medchain::ui

#include "doctor/DoctorCatalog.h"

#include "demo/Catalog.h"

#include <QDebug>

#include <optional>

namespace medchain::ui {

const demo::Catalog *doctorCatalog()
{
    // Thread-safe static initialisation; a catalog that fails to load is a packaging error, so
    // the forms then offer no completion rather than refusing to work.
    static const std::optional<demo::Catalog> loaded = []() -> std::optional<demo::Catalog> {
        auto result = demo::Catalog::load();
        if (!result) {
            qWarning().noquote() << result.error();
            return std::nullopt;
        }
        return std::move(result.value());
    }();
    return loaded ? &*loaded : nullptr;
}

} // namespace medchain::ui

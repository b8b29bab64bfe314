#include "common/RoleView.h"

namespace medchain::ui {

bool RoleView::isLoaded() const
{
    return m_loaded;
}

} // namespace medchain::ui

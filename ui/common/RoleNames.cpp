#include "common/RoleNames.h"

namespace medchain::ui {

QString RoleNames::chainRole(chain::Role role)
{
    switch (role) {
    case chain::Role::Authority:
        return tr("Regulator");
    case chain::Role::Institution:
        return tr("Institution");
    case chain::Role::Practitioner:
        return tr("Doctor");
    case chain::Role::Patient:
        return tr("Patient");
    case chain::Role::Node:
        return tr("Node");
    }
    return tr("Unknown role");
}

QString RoleNames::demoRole(const QString &role)
{
    if (role == QLatin1String("patient"))
        return tr("Patient");
    if (role == QLatin1String("doctor"))
        return tr("Doctor");
    if (role == QLatin1String("desk"))
        return tr("Registration desk");
    if (role == QLatin1String("regulator"))
        return tr("Regulator");
    if (role == QLatin1String("gateway"))
        return tr("Payment gateway");
    if (role == QLatin1String("sponsor"))
        return tr("Trial sponsor");
    if (role == QLatin1String("fund-manager"))
        return tr("Fund manager");
    return role;
}

} // namespace medchain::ui

// The roles as people call them, translated: a chain role ("Patient", "Doctor") and the demo's
// login roles ("Registration desk", "Payment gateway"), for the picker and the status bar.
#pragma once

#include "chain/ChainTypes.h"

#include <QCoreApplication>
#include <QString>

namespace medchain::ui {

class RoleNames {
    Q_DECLARE_TR_FUNCTIONS(RoleNames)
public:
    static QString chainRole(chain::Role role);
    /// identities.json's role ("patient", "doctor", "desk", …); the word itself when unknown.
    static QString demoRole(const QString &role);
};

} // namespace medchain::ui

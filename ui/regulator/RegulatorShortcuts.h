// The regulator's keyboard shortcuts, as the dashboard's shortcut list (Ctrl+/) shows them.
// Kept next to RegulatorView and RegulatorDashboard, which bind them: change them together.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace medchain::ui {

class RegulatorShortcuts {
    Q_DECLARE_TR_FUNCTIONS(RegulatorShortcuts)
public:
    /// (keys, what they do), in the order shown, translated.
    static QList<QPair<QString, QString>> list();
};

} // namespace medchain::ui

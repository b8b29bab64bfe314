// The registration desk's keyboard shortcuts, as the desk's shortcut list (Ctrl+/) shows them.
// Kept next to DeskView, which binds them: change both together.
#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QPair>
#include <QString>

namespace medchain::ui {

class DeskShortcuts {
    Q_DECLARE_TR_FUNCTIONS(DeskShortcuts)
public:
    /// Import a registration request. Not Ctrl+O: the File menu's Open Keystore holds it in
    /// the same window, and two shortcuts on one key fire neither.
    static QKeySequence importRequest() { return QKeySequence(Qt::CTRL | Qt::Key_I); }
    /// (keys, what they do), in the order shown, translated.
    static QList<QPair<QString, QString>> list();
};

} // namespace medchain::ui

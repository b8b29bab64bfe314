// A small window listing a view's keyboard shortcuts (keys, what they do). General: a view keeps
// its own list next to the code that binds the keys and hands it here to show.
#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QPair>
#include <QString>

class QDialog;
class QWidget;

namespace medchain::ui {

class ShortcutListDialog {
    Q_DECLARE_TR_FUNCTIONS(ShortcutListDialog)
public:
    using Rows = QList<QPair<QString, QString>>;
    /// keys as the platform writes them ("Ctrl+N", "⌘N").
    static QString keys(const QKeySequence &sequence);
    /// Opens rows window-modal over parent, named "keyboardShortcutsDialog" with its table
    /// "keyboardShortcutList"; it deletes itself when closed.
    static QDialog *show(QWidget *parent, const Rows &rows);
};

} // namespace medchain::ui

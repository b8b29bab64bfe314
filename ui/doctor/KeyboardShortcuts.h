// The doctor's view's keyboard shortcuts, listed in a small dialog (Ctrl+/). The list is the one
// place they are described, so it is kept next to the code that binds them.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QDialog;
class QWidget;

namespace medchain::ui {

class KeyboardShortcuts {
    Q_DECLARE_TR_FUNCTIONS(KeyboardShortcuts)
public:
    /// (keys, what they do), in the order shown, translated.
    static QList<QPair<QString, QString>> list();
    /// Opens the list window-modal over parent (named "keyboardShortcutsDialog").
    static QDialog *show(QWidget *parent);
};

} // namespace medchain::ui

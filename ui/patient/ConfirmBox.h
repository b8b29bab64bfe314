// A question the access and wallet pages ask before they sign anything ("Revoke this grant?").
// Shown window-modal with open(), never exec(): no nested event loop, and tests can answer it.
#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace medchain::ui {

/// Asks the question in a message box named objectName whose confirming button, named
/// "confirmYes", says yesText; onYes runs only if the user presses it. The box deletes itself.
QMessageBox *askToConfirm(QWidget *parent, const QString &objectName, const QString &title,
                          const QString &text, const QString &yesText, std::function<void()> onYes);

} // namespace medchain::ui

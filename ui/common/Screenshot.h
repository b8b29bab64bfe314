// `medchain --screenshot FILE`: render the main window once its view has loaded, save it as
// PNG and quit. Used by the docs and by checks that look at the app as a person would.
#pragma once

#include <QString>

namespace medchain::ui {

class MainWindow;

/// Arranges for window to be saved to path after it emits loaded(); the application then
/// exits with 0, or 1 (with a message on stderr) if the file could not be written.
void saveScreenshotWhenLoaded(MainWindow &window, const QString &path);

} // namespace medchain::ui

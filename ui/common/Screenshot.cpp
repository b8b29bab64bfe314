#include "common/Screenshot.h"

#include "common/MainWindow.h"

#include <QApplication>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace medchain::ui {

namespace {
void saveAndQuit(MainWindow &window, const QString &path)
{
    // A label that changed just now (the status bar's) has its layout request still queued.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap pixmap = window.grab();
    if (pixmap.save(path, "PNG")) {
        QApplication::exit(0);
        return;
    }
    QTextStream(stderr) << QApplication::translate("Screenshot",
                                                   "Could not write the screenshot "
                                                   "to %1.")
                               .arg(path)
                        << Qt::endl;
    QApplication::exit(1);
}
} // namespace

void saveScreenshotWhenLoaded(MainWindow &window, const QString &path)
{
    auto grab = [&window, path] {
        // One more turn of the event loop lets layouts and the first paint settle.
        QTimer::singleShot(0, &window, [&window, path] { saveAndQuit(window, path); });
    };
    if (window.isLoaded())
        grab();
    else
        QObject::connect(&window, &MainWindow::loaded, &window, grab, Qt::SingleShotConnection);
}

} // namespace medchain::ui

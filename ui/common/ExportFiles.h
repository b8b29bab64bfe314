// What every export shares: files written atomically (whole or not at all), HTML laid out on A4
// as a PDF, the save dialog, the failure box. The writers are safe on a worker thread.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QImage>
#include <QString>

#include <functional>

class QWidget;

namespace medchain::ui {

class ExportFiles {
    Q_DECLARE_TR_FUNCTIONS(ExportFiles)
public:
    /// Asks where to save: returns the path, or an empty string when the user cancels.
    using PathChooser = std::function<QString(const QString &caption, const QString &suggestedName,
                                              const QString &filter)>;

    static Result<void> writeFile(const QByteArray &bytes, const QString &path);
    /// Lays out html on A4 pages (300 dpi, 15 mm margins) and writes it as PDF. images are
    /// the pictures the HTML names in <img src="NAME">. Creates its own document.
    static Result<void> writePdf(const QString &html, const QString &path, const QString &title,
                                 const QHash<QString, QImage> &images = {});
    /// Runs write on the global thread pool; the future holds its result.
    static QFuture<Result<void>> inBackground(std::function<Result<void>()> write);

    /// The save dialog, opening in the user's documents folder on suggestedName; a name typed
    /// without a suffix gets the suggested one. Empty when the user cancels.
    static QString askSavePath(QWidget *parent, const QString &caption,
                               const QString &suggestedName, const QString &filter);
    /// A warning box, opened without a nested event loop, that says why an export failed
    /// (objectName "exportError"; deletes itself when closed).
    static void showFailure(QWidget *parent, const QString &message);
};

} // namespace medchain::ui

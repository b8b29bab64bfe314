#include "common/ExportFiles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPromise>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QThreadPool>
#include <QUrl>

#include <memory>

namespace medchain::ui {

namespace {

Error cannotWrite(const QString &path, const QSaveFile &file)
{
    return Error {ExportFiles::tr("Cannot write %1: %2").arg(path, file.errorString())};
}

} // namespace

Result<void> ExportFiles::writeFile(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return cannotWrite(path, file);
    return {};
}

Result<void> ExportFiles::writePdf(const QString &html, const QString &path, const QString &title,
                                   const QHash<QString, QImage> &images)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("MedChain"));
        QTextDocument document;
        // Before setHtml, so that the layout knows the pictures' sizes.
        for (auto image = images.cbegin(); image != images.cend(); ++image)
            document.addResource(QTextDocument::ImageResource, QUrl(image.key()), image.value());
        document.setHtml(html);
        document.print(&writer);
    }
    if (!file.commit())
        return cannotWrite(path, file);
    return {};
}

QFuture<Result<void>> ExportFiles::inBackground(std::function<Result<void>()> write)
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    QFuture<Result<void>> future = promise->future();
    QThreadPool::globalInstance()->start([promise, write = std::move(write)] {
        promise->start();
        promise->addResult(write());
        promise->finish();
    });
    return future;
}

QString ExportFiles::askSavePath(QWidget *parent, const QString &caption,
                                 const QString &suggestedName, const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, caption,
                                                QDir(folder).filePath(suggestedName), filter);
    // A name typed without a suffix gets the suggested one, as a native dialog would add it.
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QFileInfo(suggestedName).suffix();
    return path;
}

void ExportFiles::showFailure(QWidget *parent, const QString &message)
{
    // Not exec(): a nested event loop would let the session call back into a page that is
    // waiting on the box.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                                tr("The export could not be written."), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("exportError"));
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace medchain::ui

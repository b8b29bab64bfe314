#include "NodeLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QTextStream>

#include <memory>

namespace medchain::nodeapp {

namespace {
struct NodeLogText {
    Q_DECLARE_TR_FUNCTIONS(NodeLog)
};

QMutex g_mutex;
std::unique_ptr<QFile> g_file;
QtMessageHandler g_previous = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handle(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const QString line = QStringLiteral("%1 %2 %3\n")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                  QLatin1String(levelName(type)), message);
    const QByteArray utf8 = line.toUtf8();
    const QMutexLocker locker(&g_mutex);
    if (g_file) {
        g_file->write(utf8);
        g_file->flush();
    }
    fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    fflush(stderr);
}
} // namespace

Result<void> NodeLog::install(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return Error {
            NodeLogText::tr("Cannot open the log file %1: %2").arg(path, file->errorString())};
    {
        const QMutexLocker locker(&g_mutex);
        g_file = std::move(file);
    }
    g_previous = qInstallMessageHandler(handle);
    return {};
}

void NodeLog::uninstall()
{
    qInstallMessageHandler(g_previous);
    const QMutexLocker locker(&g_mutex);
    g_file.reset();
}

} // namespace medchain::nodeapp

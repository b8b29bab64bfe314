// medchain-node as a process: it serves a data folder made by medchain-cli init, holds the
// folder's writer lock while it runs, logs to DIR/node.log and stderr, refuses a wrong
// passphrase without printing it, and stops cleanly on SIGTERM and SIGINT.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
const QString kNode = QStringLiteral(MEDCHAIN_NODE);
const QString kCli = QStringLiteral(MEDCHAIN_CLI);
const QString kPassphrase = QStringLiteral("correct horse battery staple");

QProcessEnvironment environment(const QString &passphrase)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MEDCHAIN_FAST_KDF"), QStringLiteral("1"));
    env.insert(QStringLiteral("MEDCHAIN_PASSPHRASE"), passphrase);
    return env;
}

/// Starts medchain-node on folder and waits until it says it is ready (or has ended).
bool startNode(QProcess &process, const QString &folder, QString *err,
               const QString &passphrase = kPassphrase)
{
    process.setProcessEnvironment(environment(passphrase));
    process.start(kNode, {QStringLiteral("--datadir"), folder});
    if (!process.waitForStarted(10000))
        return false;
    for (int i = 0; i < 300 && process.state() == QProcess::Running; ++i) {
        process.waitForReadyRead(100);
        *err += QString::fromUtf8(process.readAllStandardError());
        if (err->contains(QLatin1String(" Ready.")))
            return true;
    }
    process.waitForFinished(10000);
    *err += QString::fromUtf8(process.readAllStandardError());
    return false;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class TestNodeProcess : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("node"));
        QProcess init;
        init.setProcessEnvironment(environment(kPassphrase));
        init.start(kCli,
                   {QStringLiteral("--datadir"), m_data, QStringLiteral("init"),
                    QStringLiteral("--chain-id"), QStringLiteral("medchain-node-test"),
                    QStringLiteral("--authority-name"), QStringLiteral("Anhui Health"),
                    QStringLiteral("--region"), QStringLiteral("340000")});
        QVERIFY(init.waitForFinished(60000));
        QVERIFY2(init.exitCode() == 0, init.readAllStandardError().constData());
    }

    void servesTheFolderAloneAndStopsOnSigterm()
    {
        QProcess node;
        QString err;
        QVERIFY2(startNode(node, m_data, &err), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("medchain-node-test")), qPrintable(err));
        QVERIFY(err.contains(QLatin1String("validator")));

        // A second node on the same folder is refused: two writers would fork the chain.
        QProcess second;
        QString secondErr;
        QVERIFY(!startNode(second, m_data, &secondErr));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY2(secondErr.contains(QLatin1String("in use by medchain-node")),
                 qPrintable(secondErr));

        node.terminate(); // SIGTERM
        QVERIFY(node.waitForFinished(30000));
        QCOMPARE(node.exitStatus(), QProcess::NormalExit);
        QCOMPARE(node.exitCode(), 0);
        const QString log = readAll(m_data + QLatin1String("/node.log"));
        QVERIFY2(log.contains(QLatin1String("info Ready.")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("Signal 15: stopping.")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("is free.")), qPrintable(log));
        QVERIFY(!log.contains(kPassphrase));

        // The lock went with it: the folder serves again, and SIGINT stops it too.
        QProcess again;
        QString againErr;
        QVERIFY2(startNode(again, m_data, &againErr), qPrintable(againErr));
        ::kill(pid_t(again.processId()), SIGINT);
        QVERIFY(again.waitForFinished(30000));
        QCOMPARE(again.exitCode(), 0);
    }

    void aWrongPassphraseIsRefusedWithoutBeingPrinted()
    {
        const QString wrong = QStringLiteral("not the passphrase at all");
        QProcess node;
        QString err;
        QVERIFY(!startNode(node, m_data, &err, wrong));
        QCOMPARE(node.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("passphrase")), qPrintable(err));
        QVERIFY(!err.contains(wrong));
        QVERIFY(!readAll(m_data + QLatin1String("/node.log")).contains(wrong));
    }

    void aFolderIsRequired()
    {
        QProcess node;
        node.start(kNode, {});
        QVERIFY(node.waitForFinished(10000));
        QCOMPARE(node.exitCode(), 2);
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QString err;
        QVERIFY(!startNode(node, empty, &err));
        QCOMPARE(node.exitCode(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_data;
};

QTEST_GUILESS_MAIN(TestNodeProcess)
#include "TestNodeProcess.moc"

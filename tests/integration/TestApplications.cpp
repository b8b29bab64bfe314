// The three binaries as a user runs them: --help, --version, the CLI's info, and the GUI's
// screenshot mode on the offscreen platform.
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Keep the user's real settings out of the test.
    QTemporaryDir home;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString kGui = QStringLiteral(MEDCHAIN_GUI);
const QString kNode = QStringLiteral(MEDCHAIN_NODE);
const QString kCli = QStringLiteral(MEDCHAIN_CLI);

} // namespace

class TestApplications : public QObject {
    Q_OBJECT
private slots:
    void versionAndHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("medchain") << kGui;
        QTest::newRow("medchain-node") << kNode;
        QTest::newRow("medchain-cli") << kCli;
    }

    void versionAndHelp()
    {
        QFETCH(QString, program);
        const Run version = run(program, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QLatin1String(MEDCHAIN_VERSION_STRING)),
                 qPrintable(version.out));

        const Run help = run(program, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QLatin1String("--version")), qPrintable(help.out));
        QVERIFY(help.out.contains(QLatin1String("MedChain")));
    }

    void cliInfoReportsLibrariesAsJson()
    {
        const Run info = run(kCli, {QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(info.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QLatin1String("version")).toString(),
                 QStringLiteral(MEDCHAIN_VERSION_STRING));
        QCOMPARE(root.value(QLatin1String("selfTest")).toString(), QStringLiteral("passed"));
        const QJsonObject libraries = root.value(QLatin1String("libraries")).toObject();
        QVERIFY(
            libraries.value(QLatin1String("libsodium")).toString().startsWith(QLatin1String("1.")));
        QVERIFY(libraries.value(QLatin1String("SQLCipher"))
                    .toString()
                    .contains(QLatin1String("SQLite")));
    }

    void cliRefusesUnknownCommands()
    {
        const Run none = run(kCli, {});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QLatin1String("--help")));
        const Run unknown = run(kCli, {QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("frobnicate")));
    }

    void screenshot_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }

    void screenshot()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("window.png"));
        const Run shot = run(
            kGui, {QStringLiteral("--language"), language, QStringLiteral("--screenshot"), file});
        QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
        QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= 600 && image.height() >= 400,
                 qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        // Something was drawn: the picture is not a single flat colour.
        const QRgb corner = image.pixel(0, 0);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; y += 7)
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixel(x, y) != corner;
        QVERIFY(varied);
    }

    void screenshotToAnUnwritablePlaceFails()
    {
        const Run shot
            = run(kGui, {QStringLiteral("--screenshot"), QStringLiteral("/nonexistent/dir/x.png")});
        QCOMPARE(shot.exitCode, 1);
        QVERIFY(shot.err.contains(QLatin1String("/nonexistent/dir/x.png")));
    }

    void guiRefusesUnknownLanguage()
    {
        const Run bad = run(kGui, {QStringLiteral("--language"), QStringLiteral("tlh")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("tlh")));
    }
};

QTEST_MAIN(TestApplications)
#include "TestApplications.moc"

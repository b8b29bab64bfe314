// The demo network as real processes: 4 medchain-node validators and 2 replicas on loopback,
// from the folders `medchain-cli demo --nodes 4 --replicas 2` writes. One validator is killed
// with SIGKILL mid-run and the chain keeps committing; an admin command run in its folder
// meanwhile joins the network as that node until its transaction is committed; restarted, the
// validator catches up and takes part. At the end every folder has the same tip and passes
// `verify`.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QString kNode = QStringLiteral(MEDCHAIN_NODE);
const QString kCli = QStringLiteral(MEDCHAIN_CLI);
constexpr int kNodes = 6; // node1..node4 validate, node5 and node6 follow
constexpr int kWaitMs = 90'000;

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MEDCHAIN_FAST_KDF"), QStringLiteral("1"));
    env.insert(QStringLiteral("MEDCHAIN_PASSPHRASE"), QStringLiteral("medchain-demo"));
    return env;
}

/// One medchain-node process and what it has said about committed blocks.
struct RunningNode {
    std::unique_ptr<QProcess> process;
    QString output;
    quint64 height = 0;
    int commitsSinceStart = 0;

    void read()
    {
        if (!process)
            return;
        const QString fresh = QString::fromUtf8(process->readAllStandardError());
        output += fresh;
        static const QRegularExpression committed(QStringLiteral("Block (\\d+) committed"));
        for (auto it = committed.globalMatch(fresh); it.hasNext();) {
            height = std::max(height, it.next().captured(1).toULongLong());
            ++commitsSinceStart;
        }
    }
};
} // namespace

class TestNetworkProcesses : public QObject {
    Q_OBJECT
private slots:
    void aValidatorKilledMidRunCatchesUp()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString demo = dir.filePath(QStringLiteral("demo"));
        QVERIFY2(!run({QStringLiteral("demo"), QStringLiteral("--out"), demo,
                       QStringLiteral("--patients"), QStringLiteral("10"),
                       QStringLiteral("--records"), QStringLiteral("20"), QStringLiteral("--nodes"),
                       QStringLiteral("4"), QStringLiteral("--replicas"), QStringLiteral("2")})
                      .isEmpty(),
                 "demo failed");
        // Quick empty blocks, so the test sees the chain move without transactions.
        for (int i = 1; i <= kNodes; ++i)
            QVERIFY(editConfig(folder(demo, i), [](QJsonObject &config) {
                config.insert(QStringLiteral("emptyBlockIntervalMs"), 300);
            }));

        std::vector<RunningNode> nodes(kNodes + 1); // 1-based
        for (int i = 1; i <= kNodes; ++i)
            QVERIFY2(start(nodes[i], folder(demo, i)), qPrintable(nodes[i].output));
        const quint64 first = nodes[1].height;
        QVERIFY(waitUntil(nodes, [&] { return allAtLeast(nodes, first + 3, {}); }));

        // SIGKILL one validator: the other three still hold more than two thirds.
        nodes[3].process->kill();
        QVERIFY(nodes[3].process->waitForFinished(10000));
        nodes[3].process.reset();
        const quint64 killedAt = highest(nodes);
        QVERIFY2(waitUntil(nodes, [&] { return allAtLeast(nodes, killedAt + 5, {3}); }),
                 qPrintable(nodes[1].output.right(2000)));

        // An enrollment signed by the authority, run in the dead validator's folder: the CLI
        // cannot commit alone there, so the folder's node joins the network until consensus
        // has committed it.
        const QJsonObject enrolled
            = QJsonDocument::fromJson(
                  run({QStringLiteral("--datadir"), folder(demo, 3), QStringLiteral("enroll"),
                       QStringLiteral("institution"), QStringLiteral("--kind"),
                       QStringLiteral("clinic"), QStringLiteral("--name"),
                       QStringLiteral("Luyang Community Clinic"), QStringLiteral("--region"),
                       QStringLiteral("340103"), QStringLiteral("--out"),
                       dir.filePath(QStringLiteral("clinic.mcid")), QStringLiteral("--as"),
                       QDir(folder(demo, 1)).filePath(QStringLiteral("keystores/authority.mcid")),
                       QStringLiteral("--json")})
                      .toUtf8())
                  .object();
        QVERIFY2(enrolled.value(QStringLiteral("height")).toInteger() > qint64(killedAt),
                 qPrintable(QString::fromUtf8(QJsonDocument(enrolled).toJson())));

        // Restarted from its replica and signing log: it catches up and the chain goes on.
        QVERIFY2(this->start(nodes[3], folder(demo, 3)), qPrintable(nodes[3].output));
        const quint64 restartedAt = highest(nodes);
        QVERIFY2(waitUntil(nodes, [&] { return allAtLeast(nodes, restartedAt + 5, {}); }),
                 qPrintable(nodes[3].output.right(2000)));

        // Settle on one tip: with two validators stopped nothing more can commit; they come
        // back as plain replicas and sync to where the others stopped.
        for (int i : {3, 4}) {
            nodes[i].process->terminate();
            QVERIFY(nodes[i].process->waitForFinished(30000));
            QCOMPARE(nodes[i].process->exitCode(), 0);
            nodes[i].process.reset();
            QVERIFY(editConfig(folder(demo, i), [](QJsonObject &config) {
                config.remove(QStringLiteral("validator"));
            }));
        }
        quint64 settled = 0;
        QVERIFY(waitUntil(nodes, [&] {
            const quint64 now = highest(nodes);
            const bool same = allAtLeast(nodes, now, {3, 4});
            if (same && now == settled)
                return true;
            settled = same ? now : 0;
            QTest::qWait(1500); // the same height twice, 1.5 s apart
            return false;
        }));
        for (int i : {3, 4})
            QVERIFY2(this->start(nodes[i], folder(demo, i)), qPrintable(nodes[i].output));
        QVERIFY(waitUntil(nodes, [&] { return allAtLeast(nodes, settled, {}); }));

        QString tip;
        for (int i = 1; i <= kNodes; ++i) {
            nodes[i].process->terminate();
            QVERIFY(nodes[i].process->waitForFinished(30000));
            QCOMPARE(nodes[i].process->exitCode(), 0);
            nodes[i].read();
            QVERIFY2(!nodes[i].output.contains(QLatin1String("halted")),
                     qPrintable(nodes[i].output));
            const QJsonObject verified
                = QJsonDocument::fromJson(run({QStringLiteral("--datadir"), folder(demo, i),
                                               QStringLiteral("verify"), QStringLiteral("--json")})
                                              .toUtf8())
                      .object();
            QVERIFY2(verified.value(QStringLiteral("ok")).toBool(), qPrintable(folder(demo, i)));
            QCOMPARE(quint64(verified.value(QStringLiteral("height")).toInteger()), settled);
            if (tip.isEmpty())
                tip = verified.value(QStringLiteral("tipHash")).toString();
            QCOMPARE(verified.value(QStringLiteral("tipHash")).toString(), tip);
        }
        QVERIFY(settled > restartedAt);
    }

private:
    static QString folder(const QString &demo, int i)
    {
        return QDir(demo).filePath(QStringLiteral("node%1").arg(i));
    }

    /// Runs medchain-cli; its standard output, or empty on failure.
    static QString run(const QStringList &arguments)
    {
        QProcess cli;
        cli.setProcessEnvironment(environment());
        cli.start(kCli, arguments);
        if (!cli.waitForFinished(300'000) || cli.exitCode() != 0) {
            qWarning().noquote() << cli.readAllStandardError();
            return {};
        }
        return QString::fromUtf8(cli.readAllStandardOutput());
    }

    static bool editConfig(const QString &folder, const std::function<void(QJsonObject &)> &edit)
    {
        QFile file(QDir(folder).filePath(QStringLiteral("node.json")));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        edit(config);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(QJsonDocument(config).toJson()) > 0;
    }

    static bool start(RunningNode &node, const QString &folder)
    {
        node.process = std::make_unique<QProcess>();
        node.process->setProcessEnvironment(environment());
        node.process->start(kNode, {QStringLiteral("--datadir"), folder});
        node.commitsSinceStart = 0;
        for (int i = 0; i < 300 && node.process->state() != QProcess::NotRunning; ++i) {
            node.process->waitForReadyRead(100);
            node.read();
            if (node.output.contains(QLatin1String(" Ready.")))
                return true;
        }
        return false;
    }

    static quint64 highest(std::vector<RunningNode> &nodes)
    {
        quint64 height = 0;
        for (RunningNode &node : nodes)
            height = std::max(height, node.height);
        return height;
    }

    static bool allAtLeast(const std::vector<RunningNode> &nodes, quint64 height,
                           const QList<int> &except)
    {
        for (int i = 1; i < int(nodes.size()); ++i)
            if (!except.contains(i) && (!nodes[i].process || nodes[i].height < height))
                return false;
        return true;
    }

    /// Reads every node's output until done() holds or the time runs out.
    static bool waitUntil(std::vector<RunningNode> &nodes, const std::function<bool()> &done)
    {
        for (int waited = 0; waited < kWaitMs; waited += 100) {
            for (RunningNode &node : nodes)
                node.read();
            if (done())
                return true;
            QTest::qWait(100);
        }
        return false;
    }
};

QTEST_GUILESS_MAIN(TestNetworkProcesses)
#include "TestNetworkProcesses.moc"

// medchain-cli as an administrator and a script drive it: a network created, identities enrolled,
// status, blocks, evidence and verify read back, and every failure exit code and message checked.
#include "common/Startup.h"
#include "identity/Keystore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace medchain;

namespace {

const QString kCli = QStringLiteral(MEDCHAIN_CLI);
const QString kPassphrase = QStringLiteral("correct horse battery staple");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

/// Runs the CLI with a fast KDF and the passphrase in the environment (unless passphrase is
/// null); the passphrase must never appear in what it prints.
Run cli(const QStringList &arguments, const QString &passphrase = kPassphrase)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MEDCHAIN_FAST_KDF"), QStringLiteral("1"));
    environment.remove(QStringLiteral("MEDCHAIN_PASSPHRASE"));
    if (!passphrase.isNull())
        environment.insert(QStringLiteral("MEDCHAIN_PASSPHRASE"), passphrase);
    process.setProcessEnvironment(environment);
    process.start(kCli, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    Run run {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError())};
    const auto leaked = [&](const QString &secret) {
        return !secret.isEmpty() && (run.out.contains(secret) || run.err.contains(secret));
    };
    if (leaked(passphrase) || leaked(kPassphrase))
        run.exitCode = -2; // fails every comparison below
    return run;
}

/// Command-line words from literals, to keep the tables below readable.
QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words)
        list.append(QString::fromUtf8(word));
    return list;
}

/// Every file under root, by relative path, with its bytes.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.insert(it.filePath().mid(root.size()), file.readAll());
    }
    return files;
}

void flipMiddleByte(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 middle = file.size() / 2;
    QVERIFY(file.seek(middle));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(middle));
    QVERIFY(file.putChar(char(byte ^ 0x01)));
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_data;
    QString m_authority;
    QString m_validator;
    QString m_institutionTx;
    QString m_practitioner;

    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QStringList withData(const QStringList &arguments) const
    {
        return QStringList {QStringLiteral("--datadir"), m_data} + arguments;
    }
    /// Runs a command that must succeed, and returns its --json output.
    QJsonObject ok(const QStringList &arguments) const
    {
        const Run run = cli(withData(arguments) << QStringLiteral("--json"));
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return run.exitCode == 0 ? run.json() : QJsonObject();
    }
    static int integer(const QJsonObject &object, const char *key)
    {
        return object.value(QLatin1String(key)).toInt(-1);
    }
    static QString text(const QJsonObject &object, const char *key)
    {
        return object.value(QLatin1String(key)).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        QVERIFY(m_dir.isValid());
        m_data = path("node");
        const QJsonObject init
            = ok(args({"init", "--chain-id", "medchain-cli-test", "--authority-name",
                       "Anhui Health Commission", "--region", "340000"}));
        QCOMPARE(text(init, "chainId"), QStringLiteral("medchain-cli-test"));
        QCOMPARE(integer(init, "height"), 0);
        m_authority = text(init, "authority");
        m_validator = text(init, "validator");
        QCOMPARE(m_authority.size(), 64);
        for (const char *file : {"/keystores/authority.mcid", "/keystores/validator.mcid",
                                 "/genesis.cbor", "/replica.db", "/node.json"})
            QVERIFY2(QFile::exists(m_data + QLatin1String(file)), file);

        // A second init would replace the network: refused.
        const Run again = cli(withData(
            args({"init", "--chain-id", "other", "--authority-name", "X", "--region", "340000"})));
        QVERIFY2(again.exitCode == 1, qPrintable(again.describe()));
    }

    void enrollIdentities()
    {
        const QString hospital = path("hospital.mcid");
        const QJsonObject institution
            = ok(args({"enroll", "institution", "--kind", "hospital", "--name",
                       "Anhui Provincial Hospital", "--region", "340104", "--out"})
                 << hospital);
        QCOMPARE(integer(institution, "height"), 1);
        QCOMPARE(text(institution, "role"), QStringLiteral("institution"));
        m_institutionTx = text(institution, "transaction");
        QCOMPARE(m_institutionTx.size(), 64);
        QVERIFY(QFile::exists(hospital));

        const QJsonObject practitioner
            = ok(args({"enroll", "practitioner", "--as"})
                 << hospital
                 << args({"--name", "Dr Wang Li", "--licence", "110340100000123", "--specialty",
                          "Respiratory medicine", "--out"})
                 << path("doctor.mcid"));
        QCOMPARE(integer(practitioner, "height"), 2);
        m_practitioner = text(practitioner, "identity");
        // Their records' supervision summaries need the network's registration key.
        const auto doctor = identity::Keystore::unlock(
            path("doctor.mcid"), crypto::Argon2id::passphraseToUtf8(kPassphrase));
        QVERIFY2(doctor.ok(), qPrintable(doctor.ok() ? QString() : doctor.error()));
        QVERIFY(doctor->extraSecret.has_value());

        const QStringList patient = args({"register", "patient", "--as"})
            << hospital
            << args({"--national-id", "340104199001011234", "--region", "340102", "--out"});
        const QJsonObject registered = ok(patient + QStringList {path("patient.mcid")});
        QCOMPARE(integer(registered, "height"), 3);
        QCOMPARE(text(registered, "role"), QStringLiteral("patient"));

        // The same person again: refused before anything reaches the chain, no keystore left.
        const Run twice = cli(withData(patient + QStringList {path("patient2.mcid")}));
        QVERIFY2(twice.exitCode == 1, qPrintable(twice.describe()));
        QVERIFY(twice.err.contains(QLatin1String("already registered")));
        QVERIFY(!QFile::exists(path("patient2.mcid")));
    }

    void statusReportsTipAndIdentity()
    {
        const QJsonObject status = ok(args({"status"}));
        QCOMPARE(text(status, "chainId"), QStringLiteral("medchain-cli-test"));
        QCOMPARE(integer(status, "height"), 3);
        QCOMPARE(text(status, "role"), QStringLiteral("authority"));
        QCOMPARE(text(status, "identity"), m_authority);
        QCOMPARE(text(status, "tipHash").size(), 64);
        QCOMPARE(text(status, "stateHash").size(), 64);
        QVERIFY(status.value(QLatin1String("tipTime")).toDouble() > 0);
    }

    void blockShowsHeaderCommitAndTransactions()
    {
        const QJsonObject block = ok(args({"block", "--height", "1"}));
        QCOMPARE(integer(block, "height"), 1);
        QCOMPARE(text(block, "proposer"), m_validator);
        const QJsonArray signers = block.value(QLatin1String("commitSigners")).toArray();
        QCOMPARE(signers.size(), 1);
        QCOMPARE(signers.at(0).toString(), m_validator);
        const QJsonArray transactions = block.value(QLatin1String("transactions")).toArray();
        QCOMPARE(transactions.size(), 1);
        const QJsonObject tx = transactions.at(0).toObject();
        QCOMPARE(text(tx, "type"), QStringLiteral("EnrollInstitution"));
        QCOMPARE(text(tx, "hash"), m_institutionTx);
        QCOMPARE(text(tx, "sender"), m_authority);

        const Run beyond = cli(withData(args({"block", "--height", "99"})));
        QVERIFY2(beyond.exitCode == 1, qPrintable(beyond.describe()));
    }

    void evidenceExportsAndVerifiesOffline()
    {
        const QString file = path("evidence.cbor");
        const QJsonObject exported = ok(args({"evidence", "export", "--tx"})
                                        << m_institutionTx << QStringLiteral("--out") << file);
        QCOMPARE(text(exported, "transaction"), m_institutionTx);

        // No data folder and no passphrase needed.
        const Run verified = cli(args({"evidence", "verify", "--json"}) << file, QString());
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
        const QJsonObject report = verified.json();
        QCOMPARE(report.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(text(report, "transaction"), m_institutionTx);
        QCOMPARE(text(report, "type"), QStringLiteral("EnrollInstitution"));
        QCOMPARE(integer(report, "height"), 1);
        QCOMPARE(text(report, "senderRole"), QStringLiteral("authority"));

        const QString forged = path("forged.cbor");
        QVERIFY(QFile::copy(file, forged));
        flipMiddleByte(forged);
        const Run refused = cli(args({"evidence", "verify"}) << forged, QString());
        QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
        QVERIFY(!refused.err.trimmed().isEmpty());

        const Run unknown = cli(withData(args({"evidence", "export", "--tx"})
                                         << QString(64, QLatin1Char('0')) << QStringLiteral("--out")
                                         << path("unknown.cbor")));
        QVERIFY2(unknown.exitCode == 1, qPrintable(unknown.describe()));
    }

    void revokeCommitsOnce()
    {
        const QStringList revoke = args({"revoke", "--as"})
            << path("hospital.mcid") << QStringLiteral("--identity") << m_practitioner
            << args({"--reason", "left the hospital"});
        QCOMPARE(integer(ok(revoke), "height"), 4);
        const Run again = cli(withData(revoke));
        QVERIFY2(again.exitCode == 1, qPrintable(again.describe()));
        QVERIFY(again.err.contains(QLatin1String("already revoked")));
    }

    void patientMadeRequestRegisters()
    {
        // The patient's side: no data folder, only their passphrase.
        const QString keystore = path("own.mcid");
        const QString request = path("own.mcreq");
        const Run made = cli(args({"register", "request", "--json", "--keystore"})
                             << keystore << QStringLiteral("--out") << request);
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const QString identity = text(made.json(), "identity");
        QCOMPARE(identity.size(), 64);
        const auto info = identity::Keystore::readPublicInfo(keystore);
        QVERIFY(info.ok());
        QCOMPARE(info->role, chain::Role::Patient);
        QCOMPARE(QString::fromLatin1(info->identity.toByteArray().toHex()), identity);
        // Never over an existing file.
        const Run again = cli(args({"register", "request", "--keystore"})
                              << path("own2.mcid") << QStringLiteral("--out") << request);
        QVERIFY2(again.exitCode == 1, qPrintable(again.describe()));
        QVERIFY(!QFile::exists(path("own2.mcid")));

        const QStringList registration = args({"register", "patient", "--as"})
            << path("hospital.mcid")
            << args({"--national-id", "340104198805053456", "--region", "340102", "--request"})
            << request;
        const QJsonObject registered = ok(registration);
        QCOMPARE(text(registered, "identity"), identity);
        QCOMPARE(integer(registered, "height"), 5);
        const Run twice = cli(withData(registration));
        QVERIFY2(twice.exitCode == 1, qPrintable(twice.describe()));

        // A damaged request is refused with the reason, nothing committed.
        const QString damaged = path("damaged.mcreq");
        QVERIFY(QFile::copy(request, damaged));
        flipMiddleByte(damaged);
        const Run refused = cli(withData(
            args({"register", "patient", "--as"})
            << path("hospital.mcid")
            << args({"--national-id", "340104197707077777", "--region", "340102", "--request"})
            << damaged));
        QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
        // Both or neither of --request and --out: a usage error.
        const Run both
            = cli(withData(args({"register", "patient", "--as"})
                           << path("hospital.mcid")
                           << args({"--national-id", "1", "--region", "340102", "--request"})
                           << request << QStringLiteral("--out") << path("x.mcid")));
        QCOMPARE(both.exitCode, 2);
    }

    void verifyPassesOnAnIntactReplica()
    {
        const Run run = cli(withData(args({"verify"})));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QLatin1String("verified 5/5 blocks")), qPrintable(run.err));
        const QJsonObject report = ok(args({"verify"}));
        QCOMPARE(report.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(integer(report, "height"), 5);
        QCOMPARE(integer(report, "transactions"), 5);
    }

    void passphraseFromAFile()
    {
        const QString file = path("passphrase.txt");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(kPassphrase.toUtf8() + "\r\n");
        out.close();
        const Run run = cli(withData(QStringList {QStringLiteral("--passphrase-file"), file}
                                     << args({"status", "--json"})),
                            QString());
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(integer(run.json(), "height"), 5);

        const Run none = cli(withData(args({"status"})), QString());
        QVERIFY2(none.exitCode == 2, qPrintable(none.describe()));
        QVERIFY(none.err.contains(QLatin1String("MEDCHAIN_PASSPHRASE")));
    }

    void wrongPassphraseChangesNothing()
    {
        const auto before = snapshot(m_dir.path());
        const QList<QStringList> commands {args({"verify"}), args({"status"}),
                                           args({"enroll", "institution", "--kind", "clinic",
                                                 "--name", "Clinic", "--region", "340104", "--out"})
                                               << path("clinic.mcid")};
        for (const QStringList &arguments : commands) {
            const Run run = cli(withData(arguments), QStringLiteral("not the passphrase"));
            QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
            QVERIFY2(run.err.contains(QLatin1String("wrong passphrase"), Qt::CaseInsensitive),
                     qPrintable(run.err));
        }
        QCOMPARE(snapshot(m_dir.path()), before);
    }

    void adminCommandsRefuseALockedFolder()
    {
        QLockFile lock(m_data + QLatin1String("/writer.lock"));
        QVERIFY(lock.tryLock(0));
        const Run run = cli(withData(
            QStringList {QStringLiteral("revoke"), QStringLiteral("--identity"), m_practitioner,
                         QStringLiteral("--reason"), QStringLiteral("x")}));
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QLatin1String("in use")), qPrintable(run.err));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withDataFolder");
        QTest::newRow("no command") << QStringList {} << false;
        QTest::newRow("unknown command") << args({"frobnicate"}) << true;
        QTest::newRow("subcommand missing") << args({"enroll"}) << true;
        QTest::newRow("unknown option") << args({"status", "--bogus"}) << true;
        QTest::newRow("no datadir") << args({"status"}) << false;
        QTest::newRow("height missing") << args({"block"}) << true;
        QTest::newRow("height not a number") << args({"block", "--height", "x"}) << true;
        QTest::newRow("bad hash") << args({"evidence", "export", "--tx", "zz", "--out", "f"})
                                  << true;
        QTest::newRow("no evidence file") << args({"evidence", "verify"}) << false;
        QTest::newRow("bad kind") << args({"enroll", "institution", "--kind", "bank", "--name", "B",
                                           "--region", "340104", "--out", "b.mcid"})
                                  << true;
        QTest::newRow("bad region")
            << args({"init", "--chain-id", "c", "--authority-name", "A", "--region", "34 00"})
            << true;
        QTest::newRow("no demo validators")
            << args({"demo", "--out", "d", "--nodes", "0"}) << false;
        QTest::newRow("too many demo replicas")
            << args({"demo", "--out", "d", "--replicas", "17"}) << false;
        QTest::newRow("demo ports past 65535")
            << args({"demo", "--out", "d", "--base-port", "65534"}) << false;
        QTest::newRow("bench sync too small")
            << args({"bench", "sync", "--transactions", "10"}) << false;
        QTest::newRow("bench sync without servers")
            << args({"bench", "sync", "--servers", "0"}) << false;
        QTest::newRow("bench timeline too small")
            << args({"bench", "timeline", "--records", "10"}) << false;
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withDataFolder);
        const Run run = cli(withDataFolder ? withData(arguments) : arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(!run.err.trimmed().isEmpty());
    }

    void benchSyncPrintsItsFigures()
    {
        // CI size: the figures are only checked for shape, never for speed.
        const Run run = cli(args({"bench", "sync", "--transactions", "500", "--json"}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        for (const char *key :
             {"sync_tps", "replay_tps", "ratio", "sync_seconds", "replay_seconds"})
            QVERIFY2(json.value(QLatin1String(key)).toDouble() > 0, key);
        QVERIFY(integer(json, "transactions") >= 500);
        QVERIFY(integer(json, "blocks") >= 2);
        QCOMPARE(integer(json, "servers"), 2);
    }

    void benchTimelinePrintsItsFigures()
    {
        const Run run = cli(args({"bench", "timeline", "--records", "400", "--json"}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        QCOMPARE(integer(json, "records"), 400); // every record read back, none unreadable
        for (const char *key : {"timeline_per_s", "crypto_per_s", "ratio", "first_batch_ms",
                                "worst_batch_ms", "total_ms"})
            QVERIFY2(json.value(QLatin1String(key)).toDouble() > 0, key);
        QVERIFY(json.value(QLatin1String("first_batch_ms")).toDouble()
                <= json.value(QLatin1String("total_ms")).toDouble());
    }

    void benchSurveillancePrintsItsFigures()
    {
        const Run run = cli(args({"bench", "surveillance", "--records", "1000", "--json"}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        QCOMPARE(integer(json, "records"), 1000); // every summary opened, none unreadable
        for (const char *key : {"catch_up_ms", "catch_up_per_s", "crypto_per_s", "ratio",
                                "dashboard_ms", "reopen_ms"})
            QVERIFY2(json.value(QLatin1String(key)).toDouble() > 0, key);
        QVERIFY(json.value(QLatin1String("alerts")).toInt(-1) >= 0);
        const Run small = cli(args({"bench", "surveillance", "--records", "10"}));
        QCOMPARE(small.exitCode, 2);
    }

    void demoCreatesAVerifiableNetwork()
    {
        // Without a passphrase the demo uses its published one, which then opens the replica.
        const QString folder = path("demo");
        const Run run
            = cli(args({"demo", "--out"}) << folder
                                          << args({"--patients", "30", "--records", "200", "--seed",
                                                   "5", "--start", "2025-11-01", "--json"}),
                  QString());
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject summary = run.json();
        QCOMPARE(text(summary, "chainId"), QStringLiteral("medchain-demo"));
        QCOMPARE(integer(summary, "patients"), 30);
        QCOMPARE(integer(summary, "records"), 200);
        QVERIFY(integer(summary, "transactions") > 200);
        QCOMPARE(text(summary, "tipHash").size(), 64);
        // Four validators by default, each folder listed in network.json as in the summary.
        const QJsonArray nodes = summary.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 4);
        QFile networkFile(folder + QLatin1String("/network.json"));
        QVERIFY(networkFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(networkFile.readAll())[QStringLiteral("nodes")].toArray(),
                 nodes);
        QSet<QString> addresses;
        for (const QJsonValue &node : nodes) {
            QCOMPARE(node[QStringLiteral("role")].toString(), QStringLiteral("validator"));
            QCOMPARE(node[QStringLiteral("node")].toString().size(), 64);
            addresses.insert(node[QStringLiteral("address")].toString());
            const QString nodeFolder
                = folder + QLatin1Char('/') + node[QStringLiteral("folder")].toString();
            QFile configFile(nodeFolder + QLatin1String("/node.json"));
            QVERIFY(configFile.open(QIODevice::ReadOnly));
            const QJsonObject config = QJsonDocument::fromJson(configFile.readAll()).object();
            QCOMPARE(config[QStringLiteral("listen")].toString(),
                     node[QStringLiteral("address")].toString());
            QCOMPARE(config[QStringLiteral("peers")].toArray().size(), 3);
            QVERIFY(QFile::exists(nodeFolder + QLatin1Char('/')
                                  + config[QStringLiteral("validator")].toString()));
        }
        QCOMPARE(addresses.size(), 4);
        QStringList roles;
        for (const QJsonValue &who : summary.value(QStringLiteral("identities")).toArray()) {
            roles.append(who[QStringLiteral("role")].toString());
            QVERIFY(QFile::exists(folder + QLatin1Char('/')
                                  + who[QStringLiteral("keystore")].toString()));
        }
        for (const char *role : {"patient", "doctor", "desk", "regulator", "fund-manager"})
            QVERIFY2(roles.contains(QLatin1String(role)), role);
        QVERIFY(QFile::exists(folder + QLatin1String("/identities.json")));
        // A year of money: fees billed and paid, two subsidy programs, a yield every day.
        const QJsonObject wallet = summary.value(QStringLiteral("wallet")).toObject();
        QVERIFY(integer(wallet, "deposits") > 0);
        QVERIFY(integer(wallet, "invoicesPaid") > 0);
        QVERIFY(integer(wallet, "invoices") > integer(wallet, "invoicesPaid"));
        QCOMPARE(integer(wallet, "programs"), 2);
        QVERIFY(integer(wallet, "subsidies") > 0);
        QCOMPARE(integer(wallet, "yields"), 365);

        // The demo ran the four as processes until their consensus committed a block; each
        // folder then holds a replica that verifies, at least that far.
        QVERIFY(integer(summary, "networkHeight") > integer(summary, "height"));
        for (const QJsonValue &each : nodes) {
            const QStringList node {QStringLiteral("--datadir"),
                                    folder + QLatin1Char('/')
                                        + each[QStringLiteral("folder")].toString()};
            const Run verify
                = cli(node + args({"verify", "--json"}), QStringLiteral("medchain-demo"));
            QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
            QVERIFY(integer(verify.json(), "height") >= integer(summary, "networkHeight"));
        }

        // The folder is taken now: a second demo there is refused and changes nothing.
        const auto before = snapshot(folder);
        const Run again = cli(args({"demo", "--out"})
                                  << folder << args({"--patients", "30", "--records", "200"}),
                              QString());
        QVERIFY2(again.exitCode == 1, qPrintable(again.describe()));
        QCOMPARE(snapshot(folder).keys(), before.keys());
    }

    // Reads the demo made above: its books, and the demo patient's money.
    void walletCommandsReadTheDemosMoney()
    {
        const QString folder = path("demo");
        QFile file(folder + QLatin1String("/identities.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString patient;
        for (const QJsonValue &who :
             QJsonDocument::fromJson(file.readAll())[QStringLiteral("identities")].toArray())
            if (who[QStringLiteral("role")].toString() == QLatin1String("patient"))
                patient = who[QStringLiteral("identity")].toString();
        QCOMPARE(patient.size(), 64);
        const QStringList node {QStringLiteral("--datadir"), folder + QLatin1String("/node1")};
        const QString passphrase = QStringLiteral("medchain-demo");

        const Run audit = cli(node + args({"wallet", "audit", "--json"}), passphrase);
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.describe()));
        const QJsonObject books = audit.json();
        QVERIFY(books[QStringLiteral("conserved")].toBool());
        QVERIFY(books[QStringLiteral("depositsFen")].toInteger() > 0);
        QCOMPARE(books[QStringLiteral("balancesFen")].toInteger(),
                 books[QStringLiteral("depositsFen")].toInteger()
                     - books[QStringLiteral("withdrawalsFen")].toInteger());

        const QStringList whose {QStringLiteral("--identity"), patient};
        const Run balance = cli(node + args({"wallet", "balance", "--json"}) + whose, passphrase);
        QVERIFY2(balance.exitCode == 0, qPrintable(balance.describe()));
        const qint64 fen = balance.json()[QStringLiteral("balanceFen")].toInteger();
        QVERIFY(balance.json()[QStringLiteral("openInvoices")].toInteger() >= 1);

        // The history adds up to the balance, and shows every kind the demo patient has.
        const Run history = cli(node + args({"wallet", "history", "--json"}) + whose, passphrase);
        QVERIFY2(history.exitCode == 0, qPrintable(history.describe()));
        qint64 sum = 0;
        QSet<QString> kinds;
        for (const QJsonValue &entry : history.json()[QStringLiteral("entries")].toArray()) {
            // A fund yield's share raises the holding's value, not the balance.
            if (!entry[QStringLiteral("accrued")].toBool())
                sum += entry[QStringLiteral("amountFen")].toInteger();
            kinds.insert(entry[QStringLiteral("kind")].toString());
            if (entry[QStringLiteral("kind")].toString() == QLatin1String("subsidy")) {
                QCOMPARE(entry[QStringLiteral("record")].toString().size(), 64);
                QVERIFY(!entry[QStringLiteral("counterpartyName")].toString().isEmpty());
            }
        }
        QCOMPARE(sum, fen);
        for (const char *kind : {"deposit", "invoice", "subsidy", "fund-subscription"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);

        const Run text = cli(node + args({"wallet", "history"}) + whose, passphrase);
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY(text.out.contains(QStringLiteral("¥")));
        const Run bad = cli(node + args({"wallet", "balance", "--identity", "xyz"}), passphrase);
        QCOMPARE(bad.exitCode, 2);
    }

    // Last: it damages the replica.
    void tamperedReplicaFailsVerify()
    {
        flipMiddleByte(m_data + QLatin1String("/replica.db"));
        const Run run = cli(withData(args({"verify"})));
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QLatin1String("damaged"))
                     || run.err.contains(QLatin1String("tampered")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"

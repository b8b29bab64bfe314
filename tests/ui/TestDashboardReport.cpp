// The regulator's dashboard export over a fabricated snapshot: the CSV (BOM, CRLF, RFC 4180)
// parses back to the same fields, names with commas, quotes, line breaks and Chinese included,
// and formulas stay text; the PDF's HTML escapes names; files are written whole or not at all,
// also through DashboardExporter with its dialog replaced.
#include "patient/RecordFormat.h"
#include "regulator/DashboardExporter.h"
#include "regulator/DashboardReport.h"
#include "regulator/FindingText.h"

#include <QFile>
#include <QMessageBox>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QWidget>

#include <optional>

using namespace medchain;
using namespace medchain::ui;
using Kind = DashboardReport::Kind;

namespace {

const QString kReason = QStringLiteral("昏迷, 无家属 \"急诊\"\n第二行");
const QString kOddRegion = QStringLiteral("34\"01,\n区");
const QString kScript = QStringLiteral("<script>alert(1)</script>");
const QString kFormula = QStringLiteral("=HYPERLINK(\"http://x\")");

client::Party party(int n, chain::Role role, const QString &name)
{
    client::Party made;
    made.id.bytes.fill(std::uint8_t(n));
    made.role = role;
    made.name = name;
    return made;
}

DashboardReport::Input input()
{
    DashboardReport::Input in;
    client::SurveillanceSnapshot &s = in.snapshot;
    s.query.from = QDate(2026, 1, 1); // a Thursday
    s.query.to = QDate(2026, 1, 10);
    s.query.region = QStringLiteral("340100");
    s.query.chapter = 10;
    s.query.category = QStringLiteral("J10");
    s.query.method = client::AlertMethod::C3;
    s.height = 1234;
    s.summaries = 50'000;
    s.unreadable = 3;
    for (QDate day = s.query.from; day <= s.query.to; day = day.addDays(1))
        s.byDay.append({day, day.day() == 5 ? 12'345 : day.day()});
    s.byRegion = {{QStringLiteral("340104"), 70}, {kOddRegion, 2}};
    s.byChapter = {{QStringLiteral("10"), 72}};
    s.byCategory = {{QStringLiteral("J10"), 60}, {QStringLiteral("J06"), 12}};
    client::OutbreakAlert alert;
    alert.category = QStringLiteral("J10");
    alert.region = QStringLiteral("340104");
    alert.day = QDate(2026, 1, 9);
    alert.method = client::AlertMethod::C3;
    alert.cases = 9;
    alert.expected = 2.5;
    alert.statistic = 4.125;
    alert.threshold = 2;
    in.alerts = QList<client::OutbreakAlert> {alert, alert};
    client::EmergencyEntry entry;
    entry.transaction.bytes.fill(0xab);
    entry.time = QDateTime(QDate(2026, 1, 3), QTime(14, 30)).toMSecsSinceEpoch();
    entry.practitioner = party(1, chain::Role::Practitioner, kScript);
    entry.practitioner.institution = kFormula;
    entry.patient = party(2, chain::Role::Patient, QStringLiteral("patient-0123456789abcdef"));
    entry.reason = kReason;
    s.emergencies = {entry};
    client::SupervisionFinding finding;
    finding.rule = client::SupervisionRule::Expense;
    finding.record.bytes.fill(0xcd);
    finding.day = QDate(2026, 1, 7);
    finding.practitioner = party(3, chain::Role::Practitioner, QStringLiteral("王芳"));
    finding.institution = party(4, chain::Role::Institution, QStringLiteral("合肥市第二医院"));
    finding.subject = QStringLiteral("J10");
    finding.value = 200'000;
    finding.limit = 4'500;
    in.findings = QList<client::SupervisionFinding> {finding};
    in.authority = QStringLiteral("卫健委 \"<b>Test</b>\", 合肥");
    in.generated = QDateTime(QDate(2026, 11, 24), QTime(9, 15, 30));
    return in;
}

/// RFC 4180 as strictly as Excel needs it: records end in CRLF (a bare LF outside quotes is an
/// error), quoted fields may hold commas, CRLF, LF and doubled quotes. nullopt on bad input.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"'))
                field += c;
            else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                return std::nullopt; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return std::nullopt;
            ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            return std::nullopt;
        } else {
            if (wasQuoted)
                return std::nullopt; // text after a closing quote
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        return std::nullopt; // the last record must end in CRLF too
    return records;
}

/// The CSV's tables: runs of records between empty lines.
QList<QList<QStringList>> sections(const QList<QStringList> &records)
{
    QList<QList<QStringList>> all {QList<QStringList> {}};
    for (const QStringList &record : records) {
        if (record == QStringList {QString()})
            all.append(QList<QStringList> {});
        else
            all.last().append(record);
    }
    return all;
}

std::optional<QList<QList<QStringList>>> csvSections(const DashboardReport::Input &in)
{
    const QByteArray bytes = DashboardReport::csv(in);
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return std::nullopt;
    const auto records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    if (!records)
        return std::nullopt;
    return sections(*records);
}

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

QImage chart(const QColor &colour)
{
    QImage image(800, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(QPen(colour, 6));
    for (int x = 0; x < 800; x += 40)
        painter.drawLine(x, 300, x + 20, (x * 7) % 300);
    return image;
}

} // namespace

class TestDashboardReport : public QObject {
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void csvIsUtf8WithBomCrlfAndParsesBack()
    {
        const QByteArray bytes = DashboardReport::csv(input());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(bytes.contains(kReason.toUtf8().replace("\"", "\"\"")));
        const auto parsed = csvSections(input());
        QVERIFY(parsed);
        const QList<DashboardReport::Table> tables
            = DashboardReport::tables(input(), DashboardReport::Format::Csv);
        QCOMPARE(parsed->size(), tables.size());
        for (qsizetype i = 0; i < tables.size(); ++i) {
            const QList<QStringList> &section = parsed->at(i);
            const DashboardReport::Table &table = tables.at(i);
            QCOMPARE(section.value(0), QStringList {table.title});
            QCOMPARE(section.value(1), table.header);
            QCOMPARE(section.size(), table.rows.size() + 2);
            for (const QStringList &row : section.mid(2))
                QCOMPARE(row.size(), table.header.size());
        }
    }

    void tablesFollowTheSnapshot()
    {
        const DashboardReport::Input in = input();
        const auto parsed = csvSections(in);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 8);
        const QStringList titles = {
            QStringLiteral("Surveillance dashboard"),    QStringLiteral("Cases by day"),
            QStringLiteral("Cases by region"),           QStringLiteral("Cases by ICD-10 chapter"),
            QStringLiteral("Cases by disease category"), QStringLiteral("Outbreak alerts"),
            QStringLiteral("Break-glass reads"),         QStringLiteral("Supervision findings")};
        for (qsizetype i = 0; i < titles.size(); ++i)
            QCOMPARE(parsed->at(i).first().first(), titles.at(i));
        QCOMPARE(parsed->at(1).size() - 2, in.snapshot.byDay.size());
        QCOMPARE(parsed->at(2).size() - 2, in.snapshot.byRegion.size());
        QCOMPARE(parsed->at(3).size() - 2, in.snapshot.byChapter.size());
        QCOMPARE(parsed->at(4).size() - 2, in.snapshot.byCategory.size());
        QCOMPARE(parsed->at(5).size() - 2, in.alerts->size());
        QCOMPARE(parsed->at(6).size() - 2, in.snapshot.emergencies.size());
        QCOMPARE(parsed->at(7).size() - 2, in.findings->size());

        // Plain numbers and ISO dates, whatever the locale groups digits with.
        QCOMPARE(parsed->at(1).at(2),
                 (QStringList {QStringLiteral("2026-01-01"), QStringLiteral("1")}));
        QCOMPARE(parsed->at(1).at(6),
                 (QStringList {QStringLiteral("2026-01-05"), QStringLiteral("12345")}));
        // Codes beside names; a code the catalog does not know is its own name, intact.
        QCOMPARE(parsed->at(2).at(2),
                 (QStringList {QStringLiteral("340104"), QStringLiteral("Shushan District"),
                               QStringLiteral("70")}));
        QCOMPARE(parsed->at(2).at(3), (QStringList {kOddRegion, kOddRegion, QStringLiteral("2")}));
        QCOMPARE(parsed->at(3).at(2).at(0), QStringLiteral("10"));
        QVERIFY(parsed->at(3).at(2).at(1).contains(QStringLiteral("respiratory")));
        QCOMPARE(parsed->at(4).at(2).at(0), QStringLiteral("J10"));
        QVERIFY(parsed->at(4).at(2).at(1).contains(QStringLiteral("nfluenza")));
        QCOMPARE(
            parsed->at(5).at(2),
            (QStringList {QStringLiteral("2026-01-09"), QStringLiteral("340104"),
                          QStringLiteral("Shushan District"), QStringLiteral("J10"),
                          parsed->at(4).at(2).at(1), QStringLiteral("C3"), QStringLiteral("9"),
                          QStringLiteral("2.50"), QStringLiteral("4.13"), QStringLiteral("2.00")}));

        const QStringList glass = parsed->at(6).at(2);
        QCOMPARE(QDateTime::fromString(glass.at(0), Qt::ISODate),
                 QDateTime(QDate(2026, 1, 3), QTime(14, 30)));
        QCOMPARE(glass.at(1), kScript);
        QCOMPARE(glass.at(2), QLatin1Char('\'') + kFormula); // kept as text in a spreadsheet
        QCOMPARE(glass.at(3), QStringLiteral("patient-0123456789abcdef"));
        QCOMPARE(glass.at(4), kReason);
        QCOMPARE(glass.at(5), QStringLiteral("ab").repeated(32));

        const QStringList finding = parsed->at(7).at(2);
        QCOMPARE(finding.at(0), QStringLiteral("high-fees"));
        QCOMPARE(finding.at(2), QStringLiteral("2026-01-07"));
        QCOMPARE(finding.at(3), QStringLiteral("王芳"));
        QCOMPARE(finding.at(4), QStringLiteral("合肥市第二医院"));
        QCOMPARE(finding.at(5), QStringLiteral("J10"));
        QCOMPARE(finding.mid(7, 3),
                 (QStringList {QStringLiteral("200000"), QStringLiteral("4500"),
                               QStringLiteral("fen")}));
        QCOMPARE(finding.at(10), QStringLiteral("cd").repeated(32));
    }

    void queryTableSaysWhatWasAskedAndRead()
    {
        const auto parsed = csvSections(input());
        QVERIFY(parsed);
        QHash<QString, QStringList> rows;
        for (const QStringList &row : parsed->at(0).mid(2))
            rows.insert(row.at(0), row.mid(1));
        QCOMPARE(rows.value(QStringLiteral("Health authority")).value(0), input().authority);
        QCOMPARE(rows.value(QStringLiteral("From")).value(0), QStringLiteral("2026-01-01"));
        QCOMPARE(rows.value(QStringLiteral("To")).value(0), QStringLiteral("2026-01-10"));
        QCOMPARE(rows.value(QStringLiteral("Region")),
                 (QStringList {QStringLiteral("Hefei"), QStringLiteral("340100")}));
        QCOMPARE(rows.value(QStringLiteral("ICD-10 chapter")).value(1), QStringLiteral("10"));
        QCOMPARE(rows.value(QStringLiteral("Disease category")).value(1), QStringLiteral("J10"));
        QCOMPARE(rows.value(QStringLiteral("Alert method")).value(1), QStringLiteral("C3"));
        QCOMPARE(rows.value(QStringLiteral("Block height")).value(0), QStringLiteral("1234"));
        QCOMPARE(rows.value(QStringLiteral("Summaries read")).value(0), QStringLiteral("50000"));
        QCOMPARE(rows.value(QStringLiteral("Unreadable summaries")).value(0), QStringLiteral("3"));
        QCOMPARE(
            QDateTime::fromString(rows.value(QStringLiteral("Generated at")).value(0), Qt::ISODate),
            input().generated);
    }

    void tablesNotLoadedAreLeftOut()
    {
        DashboardReport::Input in = input();
        in.alerts.reset();
        in.findings.reset();
        in.snapshot.emergencies.clear();
        const auto parsed = csvSections(in);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 6);
        QCOMPARE(parsed->at(5).first().first(), QStringLiteral("Break-glass reads"));
        QCOMPARE(parsed->at(5).size(), 2); // title and header: none in the window
        for (const QStringList &row : parsed->at(0))
            QVERIFY(!row.first().startsWith(QStringLiteral("Repeated exam")));
    }

    void csvFieldQuotesOnlyWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("合肥市") << QStringLiteral("合肥市");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("empty") << QString() << QString();
    }

    void csvFieldQuotesOnlyWhatNeedsIt()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(DashboardReport::csvField(text), field);
    }

    void htmlEscapesNames()
    {
        const QString html = DashboardReport::html(input());
        QVERIFY(!html.contains(kScript));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>Test</b>")));
        QVERIFY(html.contains(QStringLiteral("&quot;&lt;b&gt;Test&lt;/b&gt;&quot;")));
        QVERIFY(html.contains(QStringLiteral("昏迷, 无家属 &quot;急诊&quot;<br/>第二行")));
        const QString text = plainText(html);
        QVERIFY(text.contains(kScript));
        QVERIFY(text.contains(QStringLiteral("Surveillance dashboard of 卫健委")));
        QVERIFY(text.contains(QStringLiteral("第二行")));
        QVERIFY(text.contains(kFormula)); // the apostrophe is for spreadsheets only
    }

    void pdfTablesSpeakToPeople()
    {
        const DashboardReport::Input in = input();
        const QList<DashboardReport::Table> pdf
            = DashboardReport::tables(in, DashboardReport::Format::Pdf);
        const QList<DashboardReport::Table> csv
            = DashboardReport::tables(in, DashboardReport::Format::Csv);
        QCOMPARE(pdf.size(), csv.size());
        for (qsizetype i = 0; i < pdf.size(); ++i) {
            QCOMPARE(pdf.at(i).kind, csv.at(i).kind);
            QCOMPARE(pdf.at(i).rows.size(), csv.at(i).rows.size());
            for (const QStringList &row : pdf.at(i).rows)
                QCOMPARE(row.size(), pdf.at(i).header.size());
        }
        const QString text = plainText(DashboardReport::html(in));
        QVERIFY(!text.contains(QStringLiteral("abababab"))); // hashes are for machines
        QVERIFY(!text.contains(QStringLiteral("cdcdcdcd")));
        QVERIFY(text.contains(FindingText::value(in.findings->first())));
        QVERIFY(text.contains(FindingText::limit(in.findings->first())));
        QVERIFY(text.contains(RecordFormat::dateTime(in.snapshot.emergencies.first().time)));
    }

    void htmlShowsDaysAsWeeks()
    {
        const QString text = plainText(DashboardReport::html(input()));
        // 2026-01-01 is a Thursday: two weeks, from the Mondays 2025-12-29 and 2026-01-05.
        QVERIFY(text.contains(QStringLiteral("2025-12-29")));
        QVERIFY(text.contains(QStringLiteral("2026-01-05")));
        QVERIFY(!text.contains(QStringLiteral("2026-01-12")));
        QVERIFY(text.contains(QStringLiteral("Week of")));
        // Totals: 1 + 2 + 3 + 4 in the first week; 12345 + 6 + … + 10 in the second.
        const QString html = DashboardReport::html(input());
        QVERIFY(html.contains(QStringLiteral(">10</td></tr>")));
        QVERIFY(html.contains(QStringLiteral(">12385</td></tr>")));
    }

    void chartsAreEmbeddedWhenGiven()
    {
        DashboardReport::Input in = input();
        QVERIFY(DashboardReport::images(in).isEmpty());
        QVERIFY(!DashboardReport::html(in).contains(QStringLiteral("<img")));
        in.dayChart = chart(Qt::red);
        in.regionChart = chart(Qt::blue);
        const QHash<QString, QImage> images = DashboardReport::images(in);
        QCOMPARE(images.size(), 2);
        const QString html = DashboardReport::html(in);
        for (auto image = images.cbegin(); image != images.cend(); ++image)
            QVERIFY(html.contains(
                QStringLiteral("<img src=\"%1\" width=\"640\" height=\"240\"").arg(image.key())));

        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
        const QString charts = dir.filePath(QStringLiteral("charts.pdf"));
        QVERIFY(DashboardReport::writePdf(input(), plain).ok());
        const Result<void> written = DashboardReport::writePdf(in, charts);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QFile file(charts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("%PDF"));
        // The pictures were found and drawn: they add far more than their two tags.
        QVERIFY(file.size() > QFileInfo(plain).size() + 10'000);
    }

    void unwritablePathFailsAndLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/surveillance.csv"));
        const Result<void> csv = DashboardReport::writeCsv(input(), path);
        QVERIFY(!csv.ok());
        QVERIFY(csv.error().contains(path));
        const Result<void> pdf = DashboardReport::writePdf(input(), path);
        QVERIFY(!pdf.ok());
        QVERIFY(pdf.error().contains(path));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void exporterWritesWhereTheUserChose()
    {
        QWidget parent;
        DashboardExporter exporter(&parent);
        QTemporaryDir dir;
        QStringList suggested;
        exporter.setPathChooser([&](const QString &, const QString &name, const QString &) {
            suggested.append(name);
            return dir.filePath(name);
        });
        QSignalSpy finished(&exporter, &DashboardExporter::finished);
        QSignalSpy busy(&exporter, &DashboardExporter::busyChanged);

        exporter.exportCsv(input());
        QVERIFY(exporter.isBusy());
        exporter.exportPdf(input()); // ignored while the CSV is written
        QCOMPARE(suggested, QStringList {QStringLiteral("surveillance-2026-11-24.csv")});
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        const QString csvPath = dir.filePath(suggested.first());
        QCOMPARE(finished.first().at(1).toString(), csvPath);
        QVERIFY(finished.first().at(2).toString().contains(
            QStringLiteral("surveillance-2026-11-24.csv")));
        QVERIFY(!exporter.isBusy());
        QCOMPARE(busy.size(), 2);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), DashboardReport::csv(input()));

        exporter.exportPdf(input());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(suggested.last(), QStringLiteral("surveillance-2026-11-24.pdf"));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QFile pdf(dir.filePath(suggested.last()));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(4), QByteArray("%PDF"));
        QVERIFY(parent.findChildren<QMessageBox *>().isEmpty());
    }

    void exporterCancelledDoesNothing()
    {
        QWidget parent;
        DashboardExporter exporter(&parent);
        exporter.setPathChooser(
            [](const QString &, const QString &, const QString &) { return QString(); });
        QSignalSpy finished(&exporter, &DashboardExporter::finished);
        QSignalSpy busy(&exporter, &DashboardExporter::busyChanged);
        exporter.exportCsv(input());
        exporter.exportPdf(input());
        QVERIFY(!exporter.isBusy());
        QCOMPARE(busy.size(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 0);
    }

    void exporterFailureSaysWhyAndLeavesNothing()
    {
        QWidget parent;
        DashboardExporter exporter(&parent);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/surveillance.pdf"));
        exporter.setPathChooser(
            [&](const QString &, const QString &, const QString &) { return path; });
        QSignalSpy finished(&exporter, &DashboardExporter::finished);
        exporter.exportPdf(input());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(2).toString().contains(path));
        auto *box = parent.findChild<QMessageBox *>(QStringLiteral("exportError"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(path));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!exporter.isBusy());
    }
};

QTEST_MAIN(TestDashboardReport)
#include "TestDashboardReport.moc"

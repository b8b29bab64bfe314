// The translation catalogues: in step with the sources, Chinese complete and faithful to the
// placeholders, embedded in the binary and switchable at run time.
#include "common/Translations.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    bool finished = true;

    QString key() const { return context + QLatin1Char('\x1f') + source; }
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message {context, {}, {}, true};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.finished = type.isEmpty();
            // Numerus messages hold <numerusform> children; plain ones hold text.
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))
                   && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters() && !xml.isWhitespace())
                    current.translations.append(xml.text().toString());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

QString catalogue(const char *file)
{
    return QStringLiteral(MEDCHAIN_SOURCE_DIR "/translations/") + QLatin1String(file);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void cataloguesMatchSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(MEDCHAIN_SOURCE_DIR));
        lupdate.start(QStringLiteral(MEDCHAIN_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-silent"), QStringLiteral("-extensions"),
                       QStringLiteral("cpp,h"), QStringLiteral("core"), QStringLiteral("ui"),
                       QStringLiteral("app"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QString error;
        QSet<QString> inSources;
        for (const Message &m : readCatalogue(fresh, &error))
            inSources.insert(m.key());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!inSources.isEmpty());

        for (const char *file : {"medchain_en.ts", "medchain_zh_CN.ts"}) {
            QSet<QString> inCatalogue;
            for (const Message &m : readCatalogue(catalogue(file), &error))
                inCatalogue.insert(m.key());
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QSet<QString> missing = inSources - inCatalogue;
            const QSet<QString> stale = inCatalogue - inSources;
            QVERIFY2(
                missing.isEmpty() && stale.isEmpty(),
                qPrintable(QStringLiteral("%1 is out of date (%2 missing, %3 stale, e.g. \"%4\"); "
                                          "run: cmake --build <build> --target translate")
                               .arg(QLatin1String(file))
                               .arg(missing.size())
                               .arg(stale.size())
                               .arg((missing.isEmpty() ? stale : missing).values().value(0))));
        }
    }

    void chineseIsCompleteAndKeepsPlaceholders()
    {
        QString error;
        const QList<Message> messages = readCatalogue(catalogue("medchain_zh_CN.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.finished && !m.translations.isEmpty(),
                     qPrintable(QStringLiteral("untranslated: ") + where));
            for (const QString &translation : m.translations) {
                QVERIFY2(!translation.trimmed().isEmpty(),
                         qPrintable(QStringLiteral("empty: ") + where));
                QVERIFY2(placeholders(translation) == placeholders(m.source),
                         qPrintable(QStringLiteral("placeholders differ: ") + where));
            }
        }
    }

    void switchesAtRunTime()
    {
        medchain::Translations translations;
        const char *context = "medchain::ui::MainWindow";
        QVERIFY(translations.switchTo(QStringLiteral("zh_CN")));
        QCOMPARE(translations.current(), QStringLiteral("zh_CN"));
        const QString chinese = QCoreApplication::translate(context, "&File");
        QVERIFY2(chinese != QLatin1String("&File"), "the embedded zh_CN catalogue was not loaded");

        QVERIFY(translations.switchTo(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate(context, "&File"), QStringLiteral("&File"));

        QVERIFY(!translations.switchTo(QStringLiteral("tlh")));
        QCOMPARE(translations.current(), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"

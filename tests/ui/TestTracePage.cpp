// The Trace tab over a fabricated trail, driven by keyboard and object name: ids are read as 64 hex
// digits (grouped ones too) and anything else is refused in words, a trail shows its record, its
// proof verified or not and its events oldest first, the evidence export takes the creation by
// default and the selected event otherwise, and a failed trace is said in red.
#include "SupervisionFixtures.h"
#include "WidgetLookup.h"

#include "regulator/TraceLoader.h"
#include "regulator/TracePage.h"
#include "regulator/TrailEventModel.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace medchain;
using medchain::testing::child;
using medchain::testing::fabricatedHash;
using ui::TracePage;

namespace {

client::Hash spied(const QSignalSpy &spy, int at = 0)
{
    return spy.at(at).first().value<client::Hash>();
}

} // namespace

class TestTracePage : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_page = std::make_unique<TracePage>();
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        // Mnemonics reach only the active window.
        m_page->activateWindow();
        QApplication::setActiveWindow(m_page.get());
        QTRY_VERIFY(m_page->isActiveWindow());
    }

    void cleanup() { m_page.reset(); }

    void readsIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString hex = QStringLiteral("0123456789abcdef").repeated(4);
        QTest::newRow("lower case") << hex << true;
        QTest::newRow("upper case") << hex.toUpper() << true;
        QTest::newRow("grouped in fours") << QStringLiteral("0123 4567 89ab cdef ").repeated(2)
                + QStringLiteral("\n0123 4567 89ab cdef").repeated(2)
                                          << true;
        QTest::newRow("63 digits") << hex.left(63) << false;
        QTest::newRow("65 digits") << hex + QLatin1Char('0') << false;
        QTest::newRow("not hex") << hex.left(63) + QLatin1Char('g') << false;
        QTest::newRow("empty") << QString() << false;
    }

    void readsIds()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const std::optional<client::Hash> id = TracePage::parseId(text);
        QCOMPARE(id.has_value(), valid);
        if (valid)
            QCOMPARE(QString::fromLatin1(id->toHex()),
                     QStringLiteral("0123456789abcdef").repeated(4));
    }

    void refusesWhatIsNotAnId()
    {
        QSignalSpy requested(m_page.get(), &TracePage::traceRequested);
        auto *field = child<QLineEdit>(*m_page, "traceId");
        auto *status = child<QLabel>(*m_page, "traceStatus");
        QVERIFY(!status->isVisible());
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("patient-0101"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(requested.count(), 0);
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QLatin1String("64 hexadecimal digits")),
                 qPrintable(status->text()));
        QVERIFY(status->styleSheet().contains(QLatin1String("#b00020")));
        field->clear();
        QTest::mouseClick(child<QPushButton>(*m_page, "traceButton"), Qt::LeftButton);
        QCOMPARE(requested.count(), 0);
        QVERIFY(status->text().startsWith(QLatin1String("Paste a record's id")));

        const client::Hash id = fabricatedHash(0xab);
        QTest::keyClicks(field, QString::fromLatin1(id.toHex()));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(spied(requested), id);

        // A finding's link fills the field in and asks the same way.
        m_page->traceRecord(fabricatedHash(0x0c));
        QCOMPARE(requested.count(), 2);
        QCOMPARE(spied(requested, 1), fabricatedHash(0x0c));
        QCOMPARE(field->text(), QStringLiteral("0c").repeated(32));
    }

    void showsTheTrailAndItsProof()
    {
        const client::RecordTrail trail = testing::fabricatedTrail();
        m_page->showTracing(trail.record);
        auto *status = child<QLabel>(*m_page, "traceStatus");
        QVERIFY(status->text().startsWith(QLatin1String("Tracing ")));
        QVERIFY(!child<QPushButton>(*m_page, "exportTraceEvidence")->isEnabled());

        m_page->showTrail(trail);
        QVERIFY(m_page->hasTrail());
        QVERIFY(!status->isVisible());
        QVERIFY(child<QGroupBox>(*m_page, "traceRecord")->isVisible());
        QCOMPARE(child<QLabel>(*m_page, "traceRecordId")->text(),
                 QString::fromLatin1(trail.record.toHex()));
        const QString recordText = visibleTexts(*child<QGroupBox>(*m_page, "traceRecord"));
        for (const char *expected :
             {"Laboratory", "patient-0101010101010101", "李伟", "合肥市第一人民医院"})
            QVERIFY2(recordText.contains(QString::fromUtf8(expected)), expected);
        auto *proof = child<QLabel>(*m_page, "traceProof");
        QVERIFY2(proof->text().startsWith(QStringLiteral("✓ Verified — block 42 of ")),
                 qPrintable(proof->text()));
        QVERIFY(
            proof->text().endsWith(QLatin1String("signed by validators validator-1, validator-2")));

        auto *events = child<QTableView>(*m_page, "traceEvents");
        QCOMPARE(events->model()->rowCount(), 6);
        QCOMPARE(events->model()->index(0, ui::TrailEventModel::Event).data().toString(),
                 QStringLiteral("Created"));
        QCOMPARE(events->currentIndex().row(), 0);

        // Not verified: the problem, in red.
        client::RecordTrail forged = trail;
        forged.proof.verified = false;
        forged.proof.problem = QStringLiteral("The commit signatures do not verify.");
        m_page->showTrail(forged);
        QCOMPARE(proof->text(),
                 QStringLiteral("⚠ Not verified: The commit signatures do not verify."));
        QVERIFY(proof->styleSheet().contains(QLatin1String("#b00020")));
    }

    void exportsTheChosenEventsEvidence()
    {
        const client::RecordTrail trail = testing::fabricatedTrail();
        m_page->showTrail(trail);
        auto *button = child<QPushButton>(*m_page, "exportTraceEvidence");
        auto *events = child<QTableView>(*m_page, "traceEvents");
        QSignalSpy requested(m_page.get(), &TracePage::evidenceRequested);
        // One click: the record's creation.
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(spied(requested), trail.record);
        // The emergency read, chosen by keyboard.
        events->setFocus();
        QTest::keyClick(events, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(events->currentIndex().row(), 5);
        QTest::keyClick(events, Qt::Key_E, Qt::AltModifier);
        QTRY_COMPARE(requested.count(), 2); // a mnemonic clicks as an animation
        QCOMPARE(spied(requested, 1),
                 fabricatedHash(100 + int(client::TrailEvent::Kind::EmergencyRead)));

        // While one export runs the button waits; its result is said.
        m_page->setExporting(true);
        QVERIFY(!button->isEnabled());
        m_page->setExporting(false);
        QVERIFY(button->isEnabled());
        m_page->showExportResult(true, QStringLiteral("/tmp/x.evidence"), QString());
        QVERIFY(child<QLabel>(*m_page, "traceExportStatus")
                    ->text()
                    .startsWith(QLatin1String("Saved to /tmp/x.evidence.")));
        QCOMPARE(ui::TraceLoader::suggestedName(trail.record),
                 QStringLiteral("6464646464646464.evidence"));
    }

    void aFailedTraceIsSaidInRed()
    {
        m_page->showTrail(testing::fabricatedTrail());
        m_page->showProblem(QStringLiteral("This transaction is not about a record."));
        auto *status = child<QLabel>(*m_page, "traceStatus");
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(), QStringLiteral("This transaction is not about a record."));
        QVERIFY(status->styleSheet().contains(QLatin1String("#b00020")));
        QVERIFY(!m_page->hasTrail());
        QVERIFY(!child<QGroupBox>(*m_page, "traceRecord")->isVisible());
        QCOMPARE(child<QTableView>(*m_page, "traceEvents")->model()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(*m_page, "exportTraceEvidence")->isEnabled());
    }

private:
    static QString visibleTexts(QWidget &parent)
    {
        QStringList texts;
        for (const QLabel *label : parent.findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(QLatin1Char('\n'));
    }

    std::unique_ptr<TracePage> m_page;
};

QTEST_MAIN(TestTracePage)
#include "TestTracePage.moc"

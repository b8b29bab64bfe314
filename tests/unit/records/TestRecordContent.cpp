// The plaintext of a record and the regulator's summary: they round-trip, and a decrypted
// payload that is malformed, non-canonical or out of range is refused rather than shown.
#include "records/RecordContent.h"

#include <QTest>

using namespace medchain::records;

namespace {
RecordContent sample()
{
    RecordContent c;
    c.chiefComplaint = QStringLiteral("咳嗽一周");
    c.diagnoses = {{QStringLiteral("J20.9"), QStringLiteral("Acute bronchitis")}};
    c.prescriptions = {{QStringLiteral("R05CB01"), QStringLiteral("Acetylcysteine"), 200'000,
                        QStringLiteral("tid"), 7}};
    c.exams = {
        {QStringLiteral("CBC"), QStringLiteral("Complete blood count"), QStringLiteral("normal")}};
    c.notes = QStringLiteral("Return if fever.");
    c.fees = {{QStringLiteral("consultation"), 2500}};
    return c;
}
} // namespace

class TestRecordContent : public QObject {
    Q_OBJECT
private slots:
    void contentRoundTrips()
    {
        const RecordContent c = sample();
        const auto decoded = RecordContent::decode(c.encode());
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded.value(), c);
    }

    void summaryRoundTrips()
    {
        SupervisionSummary s;
        s.icd10Codes = {QStringLiteral("J20.9")};
        s.regionCode = QStringLiteral("340104");
        s.encounterTime = 1'790'000'000'000;
        s.facility = QByteArray(32, 'f');
        s.patientPseudonym = QByteArray(32, 'p');
        s.patientBirthYear = 1984;
        s.patientSex = QStringLiteral("F");
        s.prescriptions = sample().prescriptions;
        s.fees = sample().fees;
        const auto decoded = SupervisionSummary::decode(s.encode());
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded.value(), s);
    }

    void outOfRangeValuesAreRefused()
    {
        RecordContent negativeDose = sample();
        negativeDose.prescriptions.first().doseMicrograms = -1;
        QVERIFY(!RecordContent::decode(negativeDose.encode()).ok());
        RecordContent endless = sample();
        endless.prescriptions.first().durationDays = 100'000;
        QVERIFY(!RecordContent::decode(endless.encode()).ok());
        RecordContent refund = sample();
        refund.fees.first().amountFen = -500;
        QVERIFY(!RecordContent::decode(refund.encode()).ok());
        SupervisionSummary s;
        s.patientSex = QStringLiteral("unknown");
        QVERIFY(!SupervisionSummary::decode(s.encode()).ok());
        s.patientSex.clear();
        s.patientBirthYear = 1200;
        QVERIFY(!SupervisionSummary::decode(s.encode()).ok());
    }

    void trailingAndTruncatedBytesAreRefused()
    {
        const QByteArray bytes = sample().encode();
        QVERIFY(!RecordContent::decode(QByteArray(bytes + QByteArray(1, 0))).ok());
        QVERIFY(!RecordContent::decode(bytes.chopped(1)).ok());
        QVERIFY(!RecordContent::decode(QByteArray()).ok());
    }
};

QTEST_GUILESS_MAIN(TestRecordContent)
#include "TestRecordContent.moc"

// A practitioner's session against a running node: the patients it may read, lookup by name and
// id, a granted history and its clinical summary, a new record sealed so that the patient, the
// author and the health authority (its summary) can open it, the receipt of a read, an
// amendment, an access request and break-glass access — and the refusals that must happen.
#include "DemoSession.h"

#include "chain/Transaction.h"
#include "common/Startup.h"
#include "demo/DemoKeys.h"
#include "node/DataDir.h"
#include "records/RecordAccess.h"

#include <QDateTime>

using namespace medchain;
using namespace medchain::client;
using namespace medchain::demo::testing;
using medchain::testing::DemoSession;
using medchain::testing::waitForLoad;

namespace {
constexpr qint64 kDayMs = 86'400'000;

records::RecordContent allergyVisit()
{
    records::RecordContent c;
    c.chiefComplaint = QStringLiteral("服药后皮疹");
    c.diagnoses = {{QStringLiteral("T78.4"), QStringLiteral("青霉素过敏")}};
    c.prescriptions = {
        {QStringLiteral("R06AE07"), QStringLiteral("西替利嗪"), 10'000, QStringLiteral("qd"), 30}};
    c.exams = {{QStringLiteral("CBC"), QStringLiteral("血常规"), QStringLiteral("正常")}};
    c.notes = QStringLiteral("对青霉素过敏，避免使用β-内酰胺类。");
    c.fees = {{QStringLiteral("registration"), 1500}};
    return c;
}
} // namespace

class TestClinicianSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        m_network = std::make_unique<DemoSession>();
        QVERIFY2(m_network->ok(), qPrintable(m_network->error()));
        m_patient = m_network->login(QStringLiteral("patient"));
        m_doctor = m_network->login(QStringLiteral("doctor"));
        QVERIFY(m_patient && m_doctor);
        QCOMPARE(m_doctor->role(), chain::Role::Practitioner);
    }

    void cleanupTestCase()
    {
        m_doctor.reset();
        m_patient.reset();
        m_network.reset();
    }

    void aGrantPutsThePatientOnTheDoctorsList()
    {
        // The scenario's grants to this doctor have all ended by now.
        QVERIFY(!listed(m_patient->identity()).has_value());
        const qint64 expiry = QDateTime::currentMSecsSinceEpoch() + 30 * kDayMs;
        const auto [ok, why] = DemoSession::waitFor(
            *m_patient, m_patient->grantAccess(m_doctor->identity(), {}, expiry));
        QVERIFY2(ok, qPrintable(why));
        const auto entry = listed(m_patient->identity());
        QVERIFY(entry.has_value());
        QVERIFY(entry->granted);
        QVERIFY(!entry->grantedToInstitution);
        QCOMPARE(entry->grantExpiry, expiry);
        QVERIFY(entry->lastEncounter > 0);
        // The chain holds no patient's name: the list shows their certificate's pseudonym.
        QCOMPARE(entry->patient.name,
                 QStringLiteral("patient-")
                     + QString::fromLatin1(m_patient->identity().toByteArray().toHex().left(16)));
    }

    void findsPatientsByNameAndById()
    {
        const QString hex = QString::fromLatin1(m_patient->identity().toByteArray().toHex());
        const auto byPseudonym = find(QStringLiteral("patient-") + hex.left(10));
        QCOMPARE(byPseudonym.size(), 1);
        QCOMPARE(byPseudonym.first().patient.id, m_patient->identity());
        QCOMPARE(find(QStringLiteral("PATIENT-")).size(), 3); // every patient, case-insensitive
        const auto byId = find(hex);
        QCOMPARE(byId.size(), 1);
        QVERIFY(byId.first().granted);
        QVERIFY(find(QStringLiteral("nobody-by-this-name")).isEmpty());
        // A practitioner's id is not a patient.
        QVERIFY(find(QString::fromLatin1(m_doctor->identity().toByteArray().toHex())).isEmpty());
    }

    void theGrantedHistoryAndItsSummary()
    {
        QCOMPARE(timeline(m_patient->identity()).size(), 4);
        const ClinicalSummary summary = clinicalSummary();
        QCOMPARE(summary.readable, 4);
        QCOMPARE(summary.unreadable, 0);
        QVERIFY(summary.allergies.isEmpty());
        QVERIFY(summary.medications.isEmpty()); // the scenario's courses ended long ago
    }

    void aNewRecordReachesThePatientTheSummaryAndTheRegulator()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto [ok, why] = DemoSession::waitFor(
            *m_doctor,
            m_doctor->addRecord(m_patient->identity(), chain::RecordCategory::Encounter, now,
                                allergyVisit()));
        QVERIFY2(ok, qPrintable(why));
        const QList<RecordSummary> mine = timeline(m_patient->identity(), *m_patient);
        QCOMPARE(mine.size(), 5);
        QVERIFY2(mine.first().problem.isEmpty(), qPrintable(mine.first().problem));
        QCOMPARE(mine.first().diagnoses, QStringList {QStringLiteral("T78.4")});
        QCOMPARE(mine.first().author.id, m_doctor->identity());

        const ClinicalSummary summary = clinicalSummary();
        QCOMPARE(summary.readable, 5);
        QVERIFY(summary.allergies.contains(QStringLiteral("T78.4 青霉素过敏")));
        QVERIFY(summary.allergies.contains(QStringLiteral("对青霉素过敏，避免使用β-内酰胺类。")));
        QCOMPARE(summary.medications.size(), 1);
        QCOMPARE(summary.medications.first().prescription.drugCode, QStringLiteral("R06AE07"));
        QVERIFY(summary.exams.first().code == QStringLiteral("CBC"));

        // The health authority opens the supervision summary, and finds no name in it.
        auto ledger = node::DataDir(m_network->nodeFolder()).openLedgerReadOnly(passphrase());
        QVERIFY(ledger.ok());
        const auto tx = ledger.value()->transaction(mine.first().id);
        QVERIFY(tx.has_value());
        const auto &body = std::get<records::AddRecord>(tx->body);
        const demo::DemoIdentity regulator = identityWithRole(QStringLiteral("regulator"));
        auto authority
            = identity::Keystore::unlock(m_network->keystorePath(regulator), passphrase());
        QVERIFY(authority.ok());
        const auto opened = authority->keys.encryption.open(body.supervision);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const auto summaryBytes
            = QByteArray(reinterpret_cast<const char *>(opened->data()), qsizetype(opened->size()));
        const auto supervision = records::SupervisionSummary::decode(summaryBytes);
        QVERIFY(supervision.ok());
        QCOMPARE(supervision->icd10Codes, QStringList {QStringLiteral("T78.4")});
        QCOMPARE(supervision->patientPseudonym.size(), 16);
        QVERIFY(!summaryBytes.contains(QStringLiteral("陈静").toUtf8()));
    }

    void openingARecordLeavesAReceiptThePatientSees()
    {
        const RecordSummary record = timeline(m_patient->identity()).last();
        QSignalSpy queued(m_doctor.get(), &Session::receiptQueued);
        const auto detail = waitForLoad<Result<RecordDetail>>(
            *m_doctor, [id = record.id](Session &s, QObject *c, auto done) {
                s.openRecord(id, QStringLiteral("复诊"), c, done);
            });
        QVERIFY2(detail.ok(), qPrintable(detail.error()));
        QCOMPARE(queued.count(), 1);
        const auto id = queued.first().at(1).value<Session::ActionId>();
        const auto [ok, why] = DemoSession::waitFor(*m_doctor, id);
        QVERIFY2(ok, qPrintable(why));
        const ConsentSnapshot consent = waitForLoad<ConsentSnapshot>(
            *m_patient, [](Session &s, QObject *c, auto done) { s.loadConsent(c, done); });
        const AccessEntry &latest = consent.accessLog.first();
        QCOMPARE(latest.reader.id, m_doctor->identity());
        QCOMPARE(latest.purpose, QStringLiteral("复诊"));
        QCOMPARE(latest.record, std::optional(record.id));
        QVERIFY(!latest.automated);
        QVERIFY(!latest.emergency);
    }

    void theAuthorAmendsTheirOwnRecordOnly()
    {
        const QList<RecordSummary> records = timeline(m_patient->identity());
        const RecordSummary own = records.first();
        records::RecordContent changed = allergyVisit();
        changed.prescriptions.first().durationDays = 14;
        const auto [ok, why] = DemoSession::waitFor(
            *m_doctor, m_doctor->proposeAmendment(own.id, changed, QStringLiteral("疗程更正")));
        QVERIFY2(ok, qPrintable(why));
        const auto authored = waitForLoad<QList<AuthoredAmendment>>(
            *m_doctor,
            [](Session &s, QObject *c, auto done) { s.loadAuthoredAmendments(c, done); });
        QCOMPARE(authored.first().record, own.id);
        QCOMPARE(authored.first().amendment.state, AmendmentState::Pending);
        QVERIFY(authored.first().amendment.content->notes.startsWith(QStringLiteral("疗程更正\n")));
        const auto pending = waitForLoad<QList<PendingAmendment>>(
            *m_patient,
            [](Session &s, QObject *c, auto done) { s.loadPendingAmendments(c, done); });
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().after.prescriptions.first().durationDays, qint64(14));

        // Someone else's record: refused before anything is sent.
        const auto other = std::find_if(records.cbegin(), records.cend(), [&](const auto &r) {
            return r.author.id != m_doctor->identity();
        });
        QVERIFY(other != records.cend());
        const auto [refused, reason] = DemoSession::waitFor(
            *m_doctor, m_doctor->proposeAmendment(other->id, changed, QStringLiteral("x")));
        QVERIFY(!refused);
        QVERIFY(reason.contains(QStringLiteral("author")));
    }

    void anAccessRequestWaitsForThePatient()
    {
        const auto others = find(mariaHex());
        QCOMPARE(others.size(), 1);
        QVERIFY(!others.first().granted);
        const auto [ok, why] = DemoSession::waitFor(
            *m_doctor,
            m_doctor->requestAccess(others.first().patient.id, {},
                                    QDateTime::currentMSecsSinceEpoch() + 7 * kDayMs,
                                    QStringLiteral("转诊会诊")));
        QVERIFY2(ok, qPrintable(why));
        QVERIFY(find(mariaHex()).first().requestPending);
    }

    void breakGlassNeedsAReasonAndIsFlagged()
    {
        const IdentityId maria = find(mariaHex()).first().patient.id;
        const auto [tooShort, why] = DemoSession::waitFor(
            *m_doctor, m_doctor->emergencyAccess(maria, QStringLiteral("急诊")));
        QVERIFY(!tooShort);
        QVERIFY(!why.isEmpty());
        const auto [ok, whyNot] = DemoSession::waitFor(
            *m_doctor,
            m_doctor->emergencyAccess(maria, QStringLiteral("患者昏迷送入急诊，需查既往过敏史")));
        QVERIFY2(ok, qPrintable(whyNot));
        const auto entry = listed(maria);
        QVERIFY(entry.has_value());
        QVERIFY(entry->emergency);
        QVERIFY(!entry->granted);
    }

    void aKeystoreWithoutTheRegistrationKeyCannotWriteRecords()
    {
        auto unlocked = identity::Keystore::unlock(
            m_network->keystorePath(identityWithRole(QStringLiteral("doctor"))), passphrase());
        QVERIFY(unlocked.ok());
        unlocked->extraSecret.reset();
        Session bare(m_network->node(), m_network->nodeFolder(), passphrase(),
                     std::move(unlocked).value());
        QSignalSpy ready(&bare, &Session::ready);
        QVERIFY(ready.wait(30'000));
        const auto [ok, why] = DemoSession::waitFor(
            bare,
            bare.addRecord(m_patient->identity(), chain::RecordCategory::Encounter,
                           QDateTime::currentMSecsSinceEpoch(), allergyVisit()));
        QVERIFY(!ok);
        QVERIFY(why.contains(QStringLiteral("registration key")));
    }

private:
    /// The scenario's third patient, whom the doctor has never been granted.
    static QString mariaHex()
    {
        return QString::fromLatin1(
            demo::DemoKeys(7).keys(demo::DemoKeys::Kind::Patient, 2).id().toByteArray().toHex());
    }
    demo::DemoIdentity identityWithRole(const QString &role) const
    {
        for (const demo::DemoIdentity &who : m_network->summary().identities)
            if (who.role == role)
                return who;
        return {};
    }
    std::optional<PatientEntry> listed(const IdentityId &patient)
    {
        const auto patients = waitForLoad<QList<PatientEntry>>(
            *m_doctor, [](Session &s, QObject *c, auto done) { s.loadPatients(c, done); });
        for (const PatientEntry &entry : patients)
            if (entry.patient.id == patient)
                return entry;
        return std::nullopt;
    }
    QList<PatientEntry> find(const QString &query)
    {
        return waitForLoad<QList<PatientEntry>>(
            *m_doctor,
            [query](Session &s, QObject *c, auto done) { s.findPatients(query, c, done); });
    }
    ClinicalSummary clinicalSummary()
    {
        return waitForLoad<ClinicalSummary>(
            *m_doctor, [id = m_patient->identity()](Session &s, QObject *c, auto done) {
                s.loadClinicalSummary(id, c, done);
            });
    }
    QList<RecordSummary> timeline(const IdentityId &patient)
    {
        return timeline(patient, *m_doctor);
    }
    static QList<RecordSummary> timeline(const IdentityId &patient, Session &session)
    {
        QList<RecordSummary> rows;
        bool done = false;
        QObject context;
        session.loadPatientTimeline(patient, &context,
                                    [&](const QList<RecordSummary> &batch, int d, int t) {
                                        rows.append(batch);
                                        done = d == t;
                                    });
        if (!QTest::qWaitFor([&done] { return done; }, 30'000))
            qFatal("the timeline did not load");
        return rows;
    }

    std::unique_ptr<DemoSession> m_network;
    std::unique_ptr<Session> m_patient;
    std::unique_ptr<Session> m_doctor;
};

QTEST_MAIN(TestClinicianSession)
#include "TestClinicianSession.moc"

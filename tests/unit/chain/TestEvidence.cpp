// Dispute evidence: a bundle exported from a replica verifies with nothing else at hand, says
// what it proves, and fails on any flipped byte.
#include "ChainFixture.h"

#include "chain/Evidence.h"
#include "common/Startup.h"

using namespace medchain;
using namespace medchain::chain;
using namespace medchain::test;

class TestEvidence : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void exportedEvidenceVerifiesOffline()
    {
        QByteArray file;
        Hash recordTx;
        {
            ChainFixture f;
            Member hospital = f.enrollHospital(QStringLiteral("Anhui Provincial Hospital"));
            Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr Wang Fang"));
            Member patient = f.registerPatient(hospital, QStringLiteral("1"));
            records::RecordContent content;
            content.chiefComplaint = QStringLiteral("cough");
            // Several transactions in one block, so the proof has a real path.
            QList<QByteArray> txs;
            for (int i = 0; i < 5; ++i)
                txs.append(f.sign(doctor.keys.signing,
                                  f.record(doctor, patient,
                                           {patient.id(), doctor.id(), hospital.id()}, content)));
            QCOMPARE(f.commit(txs).block.transactions.size(), 5);
            f.commit({}); // a later block: evidence need not come from the tip
            recordTx = crypto::sha256(txs[3]);
            auto bundle = EvidenceBundle::build(*f.ledger, recordTx);
            QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
            file = bundle->encode();
        } // the replica is gone: what follows uses the file alone

        const auto decoded = EvidenceBundle::decode(file);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        const auto report = decoded->verify();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->transaction, recordTx);
        QCOMPARE(report->type, TxType::AddRecord);
        QCOMPARE(report->senderName, QStringLiteral("Dr Wang Fang"));
        QCOMPARE(report->senderRole, QStringLiteral("practitioner"));
        QCOMPARE(report->height, quint64(4)); // hospital, doctor, patient, then the records
        QCOMPARE(report->signers.size(), 1);
    }

    void everyFlippedByteFails()
    {
        ChainFixture f;
        Member hospital = f.enrollHospital(QStringLiteral("Hospital A"));
        Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr A"));
        Member patient = f.registerPatient(hospital, QStringLiteral("1"));
        QList<QByteArray> txs;
        for (int i = 0; i < 3; ++i)
            txs.append(
                f.sign(doctor.keys.signing,
                       f.record(doctor, patient, {patient.id(), doctor.id(), hospital.id()}, {})));
        f.commit(txs);
        const QByteArray file = EvidenceBundle::build(*f.ledger, crypto::sha256(txs[1]))->encode();
        QVERIFY(EvidenceBundle::decode(file)->verify().ok());
        for (qsizetype i = 0; i < file.size(); ++i) {
            QByteArray bad = file;
            bad[i] = char(bad[i] ^ 0x01);
            const auto decoded = EvidenceBundle::decode(bad);
            QVERIFY2(!decoded.ok() || !decoded->verify().ok(),
                     qPrintable(QStringLiteral("byte %1 of %2").arg(i).arg(file.size())));
        }
    }

    void authorityTransactionsCarryNoSenderChain()
    {
        ChainFixture f;
        f.enrollHospital(
            QStringLiteral("Hospital A")); // sent by the authority, certified by the root
        const auto tx = f.ledger->block(1)->transactions.first();
        const auto bundle = EvidenceBundle::build(*f.ledger, crypto::sha256(tx));
        QVERIFY(bundle.ok());
        QVERIFY(bundle->senderCertificates.isEmpty());
        const auto report = bundle->verify();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->senderRole, QStringLiteral("authority"));
        QVERIFY(!EvidenceBundle::build(*f.ledger, crypto::sha256("no such tx")).ok());
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "TestEvidence.moc"

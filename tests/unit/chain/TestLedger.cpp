// The ledger's rules end to end on a real encrypted replica: who may do what, who can read
// what, receipts, amendments, replay, revocation, and a second replica that must agree.
#include "ChainFixture.h"

#include "chain/ReplicaVerifier.h"
#include "common/Startup.h"
#include "storage/Database.h"

using namespace medchain;
using namespace medchain::chain;
using namespace medchain::test;

namespace {
records::RecordContent influenza()
{
    records::RecordContent c;
    c.chiefComplaint = QStringLiteral("发热三天，咳嗽 (fever for three days, cough)");
    c.diagnoses = {{QStringLiteral("J10.1"), QStringLiteral("Influenza A, confirmed")}};
    c.prescriptions = {{QStringLiteral("J05AH02"), QStringLiteral("Oseltamivir"), 75'000,
                        QStringLiteral("bid"), 5}};
    c.fees = {{QStringLiteral("registration"), 1500}};
    return c;
}

consent::GrantAccess grantAll(const Member &to, qint64 expiry)
{
    return consent::GrantAccess {to.id(), {}, expiry, {}, std::nullopt};
}
} // namespace

class TestLedger : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void genesisSetsUpAuthorityAndValidator()
    {
        ChainFixture f;
        const ChainTip tip = f.ledger->tip();
        QCOMPARE(tip.height, quint64(0));
        QCOMPARE(tip.hash, f.network.genesis.hash());
        const auto authority = f.ledger->state().identity(f.network.authority.id());
        QVERIFY(authority && authority->role == Role::Authority);
        QCOMPARE(f.ledger->state().validators().size(), 1);
        // Reopening finds the same tip; another network's genesis is refused.
        f.ledger.reset();
        f.ledger = f.openLedger(QStringLiteral("replica.db"));
        QCOMPARE(f.ledger->tip().stateHash, tip.stateHash);
        auto other = NetworkBootstrap::create({QStringLiteral("other"),
                                               QStringLiteral("X"),
                                               QStringLiteral("340000"),
                                               ChainFixture::kStart,
                                               10,
                                               {}});
        const auto refused
            = Ledger::open(f.dir.filePath(QStringLiteral("replica.db")), f.key, other->genesis);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("another network")),
                 qPrintable(refused.error()));
    }

    void rolesAreEnforced()
    {
        ChainFixture f;
        Member hospital = f.enrollHospital(QStringLiteral("Anhui Provincial Hospital"));
        Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr Wang Fang"));
        Member patient = f.registerPatient(hospital, QStringLiteral("340102199001011234"));

        // A hospital cannot enroll an institution; a doctor cannot register a patient.
        auto other = identity::IdentityKeys::generate();
        auto institution = identity::Enrollment::institution(
            {f.network.root, f.network.authority.signing}, other, InstitutionKind::Clinic,
            QStringLiteral("Clinic"), QStringLiteral("340104"), f.validity());
        QCOMPARE(f.submit(f.sign(hospital.keys.signing, institution.value())),
                 errors::notAuthorised());
        auto registration = identity::Enrollment::patient(
            {*hospital.certificate, hospital.keys.signing}, other, crypto::sha256("x"),
            QStringLiteral("340102"), f.validity());
        QCOMPARE(f.submit(f.sign(doctor.keys.signing, registration.value())),
                 errors::notAuthorised());
        // The same person cannot register twice.
        auto twin = identity::IdentityKeys::generate();
        crypto::SecureBuffer registrationKey(32);
        registrationKey.bytes()[0] = 7;
        auto again = identity::Enrollment::patient(
            {*hospital.certificate, hospital.keys.signing}, twin,
            identity::Enrollment::nationalIdHash(registrationKey,
                                                 QStringLiteral(" 340102199001011234 ")),
            QStringLiteral("340102"), f.validity());
        QCOMPARE(f.submit(f.sign(hospital.keys.signing, again.value())), errors::exists());
        // A patient cannot write a record; only the patient grants.
        QCOMPARE(
            f.submit(f.sign(patient.keys.signing,
                            f.record(doctor, patient, {patient.id(), doctor.id(), hospital.id()},
                                     influenza()))),
            errors::notAuthorised());
        QCOMPARE(f.submit(f.sign(doctor.keys.signing, grantAll(doctor, f.now() + 86'400'000))),
                 errors::notAuthorised());
        // An unknown sender can do nothing.
        QCOMPARE(f.submit(f.sign(other.signing, consent::RevokeGrant {crypto::sha256("g")})),
                 errors::unknown());
    }

    void certificatesMustComeFromTheSender()
    {
        ChainFixture f;
        Member hospital = f.enrollHospital(QStringLiteral("Hospital A"));
        Member clinic = f.enrollHospital(QStringLiteral("Hospital B"));
        // A doctor certified by hospital B cannot be enrolled by hospital A.
        auto keys = identity::IdentityKeys::generate();
        auto body = identity::Enrollment::practitioner(
            {*clinic.certificate, clinic.keys.signing}, keys, QStringLiteral("Dr Li"),
            QStringLiteral("1"), QStringLiteral("GP"), f.validity());
        QCOMPARE(f.submit(f.sign(hospital.keys.signing, body.value())), errors::certificate());
        // A certificate whose key differs from the enrolled identity is refused.
        auto mismatched = body.value();
        mismatched.identity = identity::IdentityKeys::generate().id();
        QCOMPARE(f.submit(f.sign(clinic.keys.signing, mismatched)), errors::certificate());
        QCOMPARE(f.submit(f.sign(clinic.keys.signing, body.value())), QString());
        // A namesake institution's certificate does not pass for the sender's own.
        Member namesake = f.enrollHospital(QStringLiteral("Hospital A"));
        auto other = identity::Enrollment::practitioner(
            {*namesake.certificate, namesake.keys.signing}, identity::IdentityKeys::generate(),
            QStringLiteral("Dr Sun"), QStringLiteral("2"), QStringLiteral("GP"), f.validity());
        QCOMPARE(f.submit(f.sign(hospital.keys.signing, other.value())), errors::certificate());
        // Refused transactions leave no empty block behind.
        const quint64 height = f.ledger->tip().height;
        QVERIFY(!f.commit({f.sign(hospital.keys.signing, other.value())}).committed);
        QCOMPARE(f.ledger->tip().height, height);
    }

    void enrollmentBodiesMustMatchTheirCertificates()
    {
        ChainFixture f;
        const auto keys = identity::IdentityKeys::generate();
        const auto body
            = identity::Enrollment::institution(
                  {f.network.root, f.network.authority.signing}, keys, InstitutionKind::Hospital,
                  QStringLiteral("Hospital A"), QStringLiteral("340104"), f.validity())
                  .value();
        auto renamed = body;
        renamed.name = QStringLiteral("Hospital B");
        QCOMPARE(f.submit(f.sign(f.network.authority.signing, renamed)), errors::certificate());
        auto moved = body;
        moved.regionCode = QStringLiteral("340102");
        QCOMPARE(f.submit(f.sign(f.network.authority.signing, moved)), errors::certificate());
        QCOMPARE(f.submit(f.sign(f.network.authority.signing, body)), QString());
    }

    void revokedInstitutionsTakeTheirDoctorsWithThem()
    {
        ChainFixture f;
        Member hospital = f.enrollHospital(QStringLiteral("Hospital A"));
        Member other = f.enrollHospital(QStringLiteral("Hospital B"));
        Member doctor = f.enrollDoctor(other, QStringLiteral("Dr B"));
        Member patient = f.registerPatient(hospital, QStringLiteral("1"));
        QCOMPARE(f.submit(f.sign(
                     f.network.authority.signing,
                     identity::RevokeIdentity {other.id(), QStringLiteral("licence withdrawn")})),
                 QString());
        QCOMPARE(f.submit(f.sign(patient.keys.signing, grantAll(doctor, f.now() + 86'400'000))),
                 errors::invalid());
        QCOMPARE(f.submit(f.sign(
                     doctor.keys.signing,
                     consent::RequestAccess {
                         patient.id(), {}, f.now() + 86'400'000, QStringLiteral("follow-up")})),
                 errors::notAuthorised());
    }

    void listedScopesNameThePatientsOwnRecords()
    {
        ChainFixture f;
        Member hospital = f.enrollHospital(QStringLiteral("Hospital A"));
        Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr A"));
        Member doctor2 = f.enrollDoctor(hospital, QStringLiteral("Dr B"));
        Member alice = f.registerPatient(hospital, QStringLiteral("1"));
        Member bob = f.registerPatient(hospital, QStringLiteral("2"));
        const QByteArray bobs
            = f.sign(doctor.keys.signing,
                     f.record(doctor, bob, {bob.id(), doctor.id(), hospital.id()}, influenza()));
        QCOMPARE(f.submit(bobs), QString());
        consent::AccessScope listed;
        listed.kind = consent::AccessScope::Kind::Records;
        listed.records = {crypto::sha256(bobs)};
        QCOMPARE(
            f.submit(f.sign(alice.keys.signing,
                            consent::GrantAccess {
                                doctor2.id(), listed, f.now() + 86'400'000, {}, std::nullopt})),
            errors::invalid());
        QCOMPARE(f.submit(f.sign(doctor2.keys.signing,
                                 consent::RequestAccess {alice.id(), listed, f.now() + 86'400'000,
                                                         QStringLiteral("review")})),
                 errors::invalid());
        QCOMPARE(
            f.submit(f.sign(bob.keys.signing,
                            consent::GrantAccess {
                                doctor2.id(), listed, f.now() + 86'400'000, {}, std::nullopt})),
            QString());
    }

    void onlyReadersCanDecryptAndReadsAreReceipted()
    {
        ChainFixture f;
        Member hospital = f.enrollHospital(QStringLiteral("Anhui Provincial Hospital"));
        Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr Wang Fang"));
        Member hospital2 = f.enrollHospital(QStringLiteral("Hefei Second People's Hospital"));
        Member doctor2 = f.enrollDoctor(hospital2, QStringLiteral("Dr Zhao Lei"));
        Member patient = f.registerPatient(hospital, QStringLiteral("340102199001011234"));
        const QList<IdentityId> readers {patient.id(), doctor.id(), hospital.id()};

        // Sealing to fewer readers than required, or to an ungranted doctor, is refused.
        QCOMPARE(
            f.submit(f.sign(doctor.keys.signing,
                            f.record(doctor, patient, {patient.id(), doctor.id()}, influenza()))),
            errors::recipients());
        QCOMPARE(
            f.submit(f.sign(doctor.keys.signing,
                            f.record(doctor, patient, readers + QList<IdentityId> {doctor2.id()},
                                     influenza()))),
            errors::recipients());

        const QByteArray add
            = f.sign(doctor.keys.signing, f.record(doctor, patient, readers, influenza()));
        QCOMPARE(f.submit(add), QString());
        const Hash recordId = crypto::sha256(add);

        // The patient and the author read it; the ungranted doctor cannot.
        auto byPatient = records::RecordAccess::open(*f.ledger, recordId, patient.id(),
                                                     patient.keys.encryption);
        QVERIFY2(byPatient.ok(), qPrintable(byPatient.error()));
        QCOMPARE(byPatient->content, influenza());
        QVERIFY(
            records::RecordAccess::open(*f.ledger, recordId, doctor.id(), doctor.keys.encryption)
                .ok());
        const auto denied = records::RecordAccess::open(*f.ledger, recordId, doctor2.id(),
                                                        doctor2.keys.encryption);
        QVERIFY(!denied.ok());
        QCOMPARE(denied.errorCode(), errors::notAuthorised());
        // Even with the ciphertext and someone else's sealed key, doctor2's key opens nothing.
        const QByteArray patientsKey = *f.ledger->state().sealedKey(recordId, patient.id());
        QVERIFY(!records::RecordCrypto::openKey(patientsKey, doctor2.keys.encryption).ok());
        // doctor2 cannot claim a read either.
        QCOMPARE(
            f.submit(f.sign(doctor2.keys.signing,
                            records::AccessReceipt {recordId, QStringLiteral("curious"), false})),
            errors::notAuthorised());

        // The patient grants doctor2 access, sharing the existing record's key.
        const auto share = records::RecordCrypto::reseal(patientsKey, patient.keys.encryption,
                                                         doctor2.keys.encryption.publicKey());
        consent::GrantAccess grant = grantAll(doctor2, f.now() + 30LL * 86'400'000);
        grant.shares = {{recordId, share.value()}};
        const QByteArray grantTx = f.sign(patient.keys.signing, grant);
        QCOMPARE(f.submit(grantTx), QString());
        auto byDoctor2 = records::RecordAccess::open(*f.ledger, recordId, doctor2.id(),
                                                     doctor2.keys.encryption);
        QVERIFY2(byDoctor2.ok(), qPrintable(byDoctor2.error()));
        QCOMPARE(byDoctor2->content.diagnoses.first().icd10, QStringLiteral("J10.1"));

        // The read leaves a receipt the patient can list.
        QCOMPARE(f.submit(f.sign(
                     doctor2.keys.signing,
                     records::AccessReceipt {recordId, QStringLiteral("second opinion"), false})),
                 QString());
        const QList<ReceiptInfo> receipts = f.ledger->state().receiptsForPatient(patient.id());
        QCOMPARE(receipts.size(), 1);
        QCOMPARE(receipts.first().reader, doctor2.id());
        QCOMPARE(receipts.first().record, recordId);
        QCOMPARE(receipts.first().purpose, QStringLiteral("second opinion"));
        QVERIFY(!receipts.first().emergency);

        // New records must now be sealed to doctor2 as well.
        QCOMPARE(
            f.submit(f.sign(doctor.keys.signing, f.record(doctor, patient, readers, influenza()))),
            errors::recipients());
        const QList<IdentityId> withGrantee = readers + QList<IdentityId> {doctor2.id()};
        QCOMPARE(f.submit(f.sign(doctor.keys.signing,
                                 f.record(doctor, patient, withGrantee, influenza()))),
                 QString());

        // After revocation new records are not readable by the former grantee.
        QCOMPARE(
            f.submit(f.sign(patient.keys.signing, consent::RevokeGrant {crypto::sha256(grantTx)})),
            QString());
        QCOMPARE(f.submit(f.sign(doctor.keys.signing,
                                 f.record(doctor, patient, withGrantee, influenza()))),
                 errors::recipients());
        const QByteArray later
            = f.sign(doctor.keys.signing, f.record(doctor, patient, readers, influenza()));
        QCOMPARE(f.submit(later), QString());
        QVERIFY(!records::RecordAccess::open(*f.ledger, crypto::sha256(later), doctor2.id(),
                                             doctor2.keys.encryption)
                     .ok());
        // Only the patient who granted can revoke, and only once.
        QCOMPARE(
            f.submit(f.sign(patient.keys.signing, consent::RevokeGrant {crypto::sha256(grantTx)})),
            errors::revoked());
    }

    void expiredGrantsGiveNothing()
    {
        ChainFixture f;
        Member hospital = f.enrollHospital(QStringLiteral("Hospital A"));
        Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr A"));
        Member doctor2 = f.enrollDoctor(hospital, QStringLiteral("Dr B"));
        Member patient = f.registerPatient(hospital, QStringLiteral("1"));
        QCOMPARE(f.submit(f.sign(patient.keys.signing, grantAll(doctor2, f.now() + 1500))),
                 QString());
        QVERIFY(f.ledger->state().activeGrants(patient.id(), f.now()).size() == 1);
        f.commit({}); // the grant expires with this block's time
        f.commit({});
        QVERIFY(f.ledger->state().activeGrants(patient.id(), f.now()).isEmpty());
        QCOMPARE(
            f.submit(f.sign(doctor.keys.signing,
                            f.record(doctor, patient, {patient.id(), doctor.id(), hospital.id()},
                                     influenza()))),
            QString());
        // A grant that has already expired cannot be given.
        QCOMPARE(f.submit(f.sign(patient.keys.signing, grantAll(doctor2, f.now() - 1))),
                 errors::expired());
    }

    void amendmentsTakeEffectOnlyWhenThePatientConfirms()
    {
        ChainFixture f;
        Member hospital = f.enrollHospital(QStringLiteral("Hospital A"));
        Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr A"));
        Member doctor2 = f.enrollDoctor(hospital, QStringLiteral("Dr B"));
        Member patient = f.registerPatient(hospital, QStringLiteral("1"));
        const QList<IdentityId> readers {patient.id(), doctor.id(), hospital.id()};
        const QByteArray add
            = f.sign(doctor.keys.signing, f.record(doctor, patient, readers, influenza()));
        QCOMPARE(f.submit(add), QString());
        const Hash recordId = crypto::sha256(add);
        const RecordInfo record = *f.ledger->state().record(recordId);

        records::RecordContent corrected = influenza();
        corrected.diagnoses
            = {{QStringLiteral("J11.1"), QStringLiteral("Influenza, virus not identified")}};
        auto proposal = [&](const Member &) {
            records::RecordHeader header
                = records::RecordAccess::headerOf(f.network.genesis.chainId, record, Hash {});
            header.amends = recordId;
            header.author = record.author;
            const auto sealed = records::RecordCrypto::seal(
                corrected.encode(), header, f.lookup(readers), QByteArray("s"),
                f.network.authority.encryption.publicKey());
            return records::ProposeAmendment {recordId, sealed.ciphertext, sealed.envelopes,
                                              sealed.supervision};
        };
        // Only the author proposes.
        QCOMPARE(f.submit(f.sign(doctor2.keys.signing, proposal(doctor2))),
                 errors::notAuthorised());
        const QByteArray propose = f.sign(doctor.keys.signing, proposal(doctor));
        QCOMPARE(f.submit(propose), QString());
        const Hash amendmentId = crypto::sha256(propose);
        // Pending: the record still reads as before, and a second proposal must wait.
        QCOMPARE(
            records::RecordAccess::open(*f.ledger, recordId, patient.id(), patient.keys.encryption)
                ->content,
            influenza());
        QCOMPARE(f.submit(f.sign(doctor.keys.signing, proposal(doctor))), errors::state());
        // The patient can read the proposal to compare before and after.
        auto preview = records::RecordAccess::openVersion(*f.ledger, record, amendmentId,
                                                          patient.id(), patient.keys.encryption);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview.value(), corrected);
        // Only the patient confirms.
        QCOMPARE(
            f.submit(f.sign(doctor.keys.signing, records::AnswerAmendment {amendmentId, true})),
            errors::notAuthorised());
        QCOMPARE(
            f.submit(f.sign(patient.keys.signing, records::AnswerAmendment {amendmentId, true})),
            QString());
        QCOMPARE(f.ledger->state().record(recordId)->currentVersion, amendmentId);
        QCOMPARE(
            records::RecordAccess::open(*f.ledger, recordId, doctor.id(), doctor.keys.encryption)
                ->content,
            corrected);
        QCOMPARE(
            f.submit(f.sign(patient.keys.signing, records::AnswerAmendment {amendmentId, false})),
            errors::state());
    }

    void replaysAndRevokedSendersAreRefused()
    {
        ChainFixture f;
        Member hospital = f.enrollHospital(QStringLiteral("Hospital A"));
        Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr A"));
        Member patient = f.registerPatient(hospital, QStringLiteral("1"));
        const QList<IdentityId> readers {patient.id(), doctor.id(), hospital.id()};
        const QByteArray add
            = f.sign(doctor.keys.signing, f.record(doctor, patient, readers, influenza()));
        QCOMPARE(f.submit(add), QString());
        QCOMPARE(f.submit(add), errors::nonce()); // the very same bytes again
        QCOMPARE(f.submit(f.sign(doctor.keys.signing,
                                 f.record(doctor, patient, readers, influenza()), 5)),
                 errors::nonce()); // a gap
        // A block holding the same transaction twice keeps only the first.
        const QByteArray once
            = f.sign(doctor.keys.signing, f.record(doctor, patient, readers, influenza()));
        const ProducedBlock twice = f.commit({once, once});
        QCOMPARE(twice.block.transactions.size(), 1);
        QCOMPARE(twice.rejected.first().reason.code, errors::nonce());

        QCOMPARE(f.submit(f.sign(hospital.keys.signing,
                                 identity::RevokeIdentity {doctor.id(), QStringLiteral("left")})),
                 QString());
        QCOMPARE(
            f.submit(f.sign(doctor.keys.signing, f.record(doctor, patient, readers, influenza()))),
            errors::revoked());
        // A transaction for another chain or with a forged signature never gets that far.
        Transaction forged = Transaction::decode(add).value();
        forged.nonce = 99;
        QVERIFY(!Executor::check(forged.encode(), f.network.genesis.chainId).ok());
        QCOMPARE(Executor::check(forged.encode(), f.network.genesis.chainId).errorCode(),
                 QStringLiteral("signature"));
        QVERIFY(!Executor::check(add, QStringLiteral("other-chain")).ok());
    }

    void emergencyAccessIsFlagged()
    {
        ChainFixture f;
        Member hospital = f.enrollHospital(QStringLiteral("Hospital A"));
        Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr A"));
        Member hospital2 = f.enrollHospital(QStringLiteral("Hospital B"));
        Member medic = f.enrollDoctor(hospital2, QStringLiteral("Dr ER"));
        Member patient = f.registerPatient(hospital, QStringLiteral("1"));
        const QByteArray add = f.sign(
            doctor.keys.signing,
            f.record(doctor, patient, {patient.id(), doctor.id(), hospital.id()}, influenza()));
        QCOMPARE(f.submit(add), QString());
        const Hash recordId = crypto::sha256(add);

        QCOMPARE(f.submit(f.sign(medic.keys.signing,
                                 consent::EmergencyAccess {patient.id(), QStringLiteral("short")})),
                 errors::invalid());
        QCOMPARE(f.submit(f.sign(medic.keys.signing,
                                 consent::EmergencyAccess {
                                     patient.id(), QStringLiteral("Unconscious on arrival, ER")})),
                 QString());
        // The authoring hospital keeps custody and shares the key with the emergency reader.
        const auto resealed = records::RecordCrypto::reseal(
            *f.ledger->state().sealedKey(recordId, hospital.id()), hospital.keys.encryption,
            medic.keys.encryption.publicKey());
        QCOMPARE(f.submit(f.sign(hospital.keys.signing,
                                 consent::ShareKeys {medic.id(), {{recordId, resealed.value()}}})),
                 QString());
        QVERIFY(records::RecordAccess::open(*f.ledger, recordId, medic.id(), medic.keys.encryption)
                    .ok());
        QCOMPARE(
            f.submit(f.sign(medic.keys.signing,
                            records::AccessReceipt {recordId, QStringLiteral("emergency"), false})),
            QString());
        const QList<ReceiptInfo> receipts = f.ledger->state().receiptsForPatient(patient.id());
        QCOMPARE(receipts.size(), 1);
        QVERIFY(receipts.first().emergency);
        // Another institution cannot hand out keys it does not keep.
        QCOMPARE(f.submit(f.sign(hospital2.keys.signing,
                                 consent::ShareKeys {medic.id(), {{recordId, resealed.value()}}})),
                 errors::notAuthorised());
    }

    void aSecondReplicaAgreesAndRefusesTampering()
    {
        ChainFixture f;
        Member hospital = f.enrollHospital(QStringLiteral("Hospital A"));
        Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr A"));
        Member patient = f.registerPatient(hospital, QStringLiteral("1"));
        f.submit(f.sign(
            doctor.keys.signing,
            f.record(doctor, patient, {patient.id(), doctor.id(), hospital.id()}, influenza())));

        auto replica = f.openLedger(QStringLiteral("second.db"));
        for (int i = 0; i < f.m_blocks.size(); ++i) {
            auto [block, commit] = f.m_blocks[i];
            if (i == 2) {
                Block tampered = block;
                tampered.transactions[0][10] = char(tampered.transactions[0][10] ^ 1);
                QVERIFY(!replica->applyBlock(tampered, commit).ok());
                Block reordered = block;
                reordered.header.time += 1; // changes the hash the commit signed
                QVERIFY(!replica->applyBlock(reordered, commit).ok());
                CommitCertificate forged = commit;
                const auto mallory = crypto::Ed25519SigningKey::generate();
                forged.signatures
                    = {{mallory.publicKey(),
                        mallory.sign(CommitCertificate::precommitBytes(
                            block.header.chainId, block.header.height, 0, commit.blockHash))}};
                const auto refused = replica->applyBlock(block, forged);
                QVERIFY(!refused.ok());
                QVERIFY2(refused.error().contains(QLatin1String("validator set")),
                         qPrintable(refused.error()));
            }
            const auto applied = replica->applyBlock(block, commit);
            QVERIFY2(applied.ok(), qPrintable(applied.error()));
        }
        QCOMPARE(replica->tip().hash, f.ledger->tip().hash);
        QCOMPARE(replica->tip().stateHash, f.ledger->tip().stateHash);
        QCOMPARE(replica->block(3)->encode(), f.ledger->block(3)->encode());
    }

    void readOnlyViewsFollowTheWriter()
    {
        ChainFixture f;
        Member hospital = f.enrollHospital(QStringLiteral("Hospital A"));
        auto reader = Ledger::openReadOnly(f.dir.filePath(QStringLiteral("replica.db")), f.key,
                                           f.network.genesis);
        QVERIFY2(reader.ok(), qPrintable(reader.error()));
        QVERIFY(reader.value()->isReadOnly());
        QCOMPARE(reader.value()->tip().hash, f.ledger->tip().hash);
        QVERIFY(reader.value()->state().identity(hospital.id()).has_value());

        Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr A")); // the writer moves on
        QVERIFY(reader.value()->tip().height < f.ledger->tip().height);
        QVERIFY(reader.value()->refreshTip().ok());
        QCOMPARE(reader.value()->tip().hash, f.ledger->tip().hash);
        QVERIFY(reader.value()->state().identity(doctor.id()).has_value());

        const auto refused = reader.value()->produceBlock(QList<QByteArray> {}, f.now() + 1000,
                                                          f.network.validator);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorCode(), QStringLiteral("read-only"));
        // A replica that does not exist is not created by a reader.
        QVERIFY(!Ledger::openReadOnly(f.dir.filePath(QStringLiteral("absent.db")), f.key,
                                      f.network.genesis)
                     .ok());
        QVERIFY(!QFile::exists(f.dir.filePath(QStringLiteral("absent.db"))));
    }

    void verifyReplaysAndCatchesEditsOutsideTheChain()
    {
        ChainFixture f;
        Member hospital = f.enrollHospital(QStringLiteral("Hospital A"));
        Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr A"));
        Member patient = f.registerPatient(hospital, QStringLiteral("1"));
        f.submit(f.sign(
            doctor.keys.signing,
            f.record(doctor, patient, {patient.id(), doctor.id(), hospital.id()}, influenza())));
        quint64 progressCalls = 0;
        const auto report = ReplicaVerifier::verify(*f.ledger, f.dir.path(),
                                                    [&](quint64, quint64) { ++progressCalls; });
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->height, f.ledger->tip().height);
        QCOMPARE(report->transactions, quint64(4));
        QCOMPARE(progressCalls, report->height);

        // Someone with the key edits a state table directly: verify notices.
        f.ledger.reset();
        {
            auto db = storage::Database::open(f.dir.filePath(QStringLiteral("replica.db")), f.key,
                                              storage::OpenMode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(db->exec("UPDATE identities SET name = 'Dr Impostor' WHERE role = 3").ok());
        }
        f.ledger = f.openLedger(QStringLiteral("replica.db"));
        const auto caught = ReplicaVerifier::verify(*f.ledger, f.dir.path());
        QVERIFY(!caught.ok());
        QVERIFY2(caught.error().contains(QLatin1String("outside the chain")),
                 qPrintable(caught.error()));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "TestLedger.moc"

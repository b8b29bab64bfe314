// The registration desk's session: a patient registered from the request their own device made
// (the national ID only as its hash, once per person), an invoice the patient then sees, the
// institution's staff — and the refusals: a forged request, a second registration, a doctor.
#include "DemoSession.h"

#include "common/Startup.h"
#include "identity/Keystore.h"
#include "identity/RegistrationRequest.h"
#include "node/DataDir.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <algorithm>

using namespace medchain;
using namespace medchain::client;
using namespace medchain::demo::testing;
using medchain::testing::DemoSession;
using medchain::testing::waitForLoad;

class TestDeskSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        m_network = std::make_unique<DemoSession>();
        QVERIFY2(m_network->ok(), qPrintable(m_network->error()));
        m_desk = m_network->login(QStringLiteral("desk"));
        QVERIFY(m_desk);
        QCOMPARE(m_desk->role(), chain::Role::Institution);
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_network.reset();
    }

    void registersKeysMadeOnThePatientsDevice()
    {
        const auto keys = identity::IdentityKeys::generate();
        const QByteArray request
            = identity::RegistrationRequest::create(keys, QDateTime::currentMSecsSinceEpoch());
        const auto [ok, why] = DemoSession::waitFor(
            *m_desk,
            m_desk->registerPatient(request, QStringLiteral(" 34010420000101001x "),
                                    QStringLiteral("340104")));
        QVERIFY2(ok, qPrintable(why));
        auto ledger = node::DataDir(m_network->nodeFolder()).openLedgerReadOnly(passphrase());
        QVERIFY(ledger.ok());
        const auto registered = ledger.value()->state().identity(keys.id());
        QVERIFY(registered.has_value());
        QCOMPARE(registered->role, chain::Role::Patient);
        QCOMPARE(registered->encryptionKey, keys.encryption.publicKey());
        QCOMPARE(registered->regionCode, QStringLiteral("340104"));
        QVERIFY(registered->nationalIdHash.has_value());
        // The ID itself is nowhere in the transaction.
        const auto tx = ledger.value()->transaction(findRegistration(*ledger.value(), keys.id()));
        QVERIFY(tx.has_value());
        QVERIFY(!tx->encode().contains("34010420000101001"));
        // The desk finds the patient again by the card's number; a doctor, without the
        // registration key, cannot.
        const QList<PatientEntry> found
            = waitForLoad<QList<PatientEntry>>(*m_desk, [](Session &s, QObject *c, auto done) {
                  s.findPatients(QStringLiteral("34010420000101001X"), c, done);
              });
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().patient.id, keys.id());
        QCOMPARE(found.first().patient.name, identity::Enrollment::patientPseudonym(keys.id()));
        auto doctor = m_network->login(QStringLiteral("doctor"));
        QVERIFY(doctor);
        QVERIFY(waitForLoad<QList<PatientEntry>>(*doctor, [](Session &s, QObject *c, auto done) {
                    s.findPatients(QStringLiteral("34010420000101001X"), c, done);
                }).isEmpty());

        // The same person again, with new keys and the ID written differently: refused.
        const QByteArray again = identity::RegistrationRequest::create(
            identity::IdentityKeys::generate(), QDateTime::currentMSecsSinceEpoch());
        const auto [twice, reason] = DemoSession::waitFor(
            *m_desk,
            m_desk->registerPatient(again, QStringLiteral("34010420000101001X"),
                                    QStringLiteral("340104")));
        QVERIFY(!twice);
        QVERIFY(reason.contains(QStringLiteral("already registered")));
        // The same keys again: refused.
        const auto [sameKeys, whyNot] = DemoSession::waitFor(
            *m_desk,
            m_desk->registerPatient(request, QStringLiteral("340104199901010022"),
                                    QStringLiteral("340104")));
        QVERIFY(!sameKeys);
        QVERIFY(!whyNot.isEmpty());
    }

    void aForgedRequestIsRefused()
    {
        QByteArray request = identity::RegistrationRequest::create(
            identity::IdentityKeys::generate(), QDateTime::currentMSecsSinceEpoch());
        request[request.size() - 1] = char(request.back() ^ 1);
        const auto [ok, why] = DemoSession::waitFor(
            *m_desk,
            m_desk->registerPatient(request, QStringLiteral("340104198001010033"),
                                    QStringLiteral("340104")));
        QVERIFY(!ok);
        QVERIFY(why.contains(QStringLiteral("signature")));
    }

    void onlyAnInstitutionRegisters()
    {
        auto doctor = m_network->login(QStringLiteral("doctor"));
        QVERIFY(doctor);
        const QByteArray request = identity::RegistrationRequest::create(
            identity::IdentityKeys::generate(), QDateTime::currentMSecsSinceEpoch());
        const auto [ok, why] = DemoSession::waitFor(
            *doctor,
            doctor->registerPatient(request, QStringLiteral("340104198001010044"),
                                    QStringLiteral("340104")));
        QVERIFY(!ok);
        QVERIFY(why.contains(QStringLiteral("institution")));
    }

    void anInvoiceReachesThePatientsWallet()
    {
        auto patient = m_network->login(QStringLiteral("patient"));
        QVERIFY(patient);
        const auto [ok, why] = DemoSession::waitFor(
            *m_desk,
            m_desk->issueInvoice(patient->identity(), wallet::FeeType::OnlineConsultation, 2500));
        QVERIFY2(ok, qPrintable(why));
        const WalletSnapshot wallet = waitForLoad<WalletSnapshot>(
            *patient, [](Session &s, QObject *c, auto done) { s.loadWallet(c, done); });
        const InvoiceEntry &newest = wallet.invoices.first();
        QCOMPARE(newest.status, chain::InvoiceStatus::Open);
        QCOMPARE(newest.amount, wallet::Amount(2500));
        QCOMPARE(newest.feeType, wallet::FeeType::OnlineConsultation);
        QCOMPARE(newest.institution.id, m_desk->identity());

        // The desk's own list, newest first, names the patient.
        const QList<InvoiceEntry> issued = waitForLoad<QList<InvoiceEntry>>(
            *m_desk, [](Session &s, QObject *c, auto done) { s.loadIssuedInvoices(c, done); });
        QVERIFY(!issued.isEmpty());
        QCOMPARE(issued.first().id, newest.id);
        QCOMPARE(issued.first().patient.id, patient->identity());
        QCOMPARE(issued.first().status, chain::InvoiceStatus::Open);
        for (const InvoiceEntry &invoice : issued)
            QCOMPARE(invoice.institution.id, m_desk->identity());
    }

    void staffAreThePractitionersItEnrolled()
    {
        // The patients it registered are not staff.
        const QList<Party> staff = waitForLoad<QList<Party>>(
            *m_desk, [](Session &s, QObject *c, auto done) { s.loadStaff(c, done); });
        QStringList names;
        for (const Party &party : staff) {
            QCOMPARE(party.role, chain::Role::Practitioner);
            names.append(party.name);
        }
        names.sort();
        QStringList expected {QStringLiteral("李伟"), QStringLiteral("王芳")};
        expected.sort();
        QCOMPARE(names, expected);
    }

    void enrollsAPractitionerWithTheirOwnPassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zhao.mcid"));
        const QString passphrase = QStringLiteral("zhao's own passphrase");
        const PractitionerForm form {QStringLiteral("赵敏"), QStringLiteral("110340100000999"),
                                     QStringLiteral("Cardiology")};
        const auto [ok, why] = DemoSession::waitFor(
            *m_desk,
            m_desk->enrollPractitioner(form, path, crypto::Argon2id::passphraseToUtf8(passphrase)));
        QVERIFY2(ok, qPrintable(why));
        const auto unlocked
            = identity::Keystore::unlock(path, crypto::Argon2id::passphraseToUtf8(passphrase));
        QVERIFY(unlocked.ok());
        QCOMPARE(unlocked->info.role, chain::Role::Practitioner);
        QVERIFY(unlocked->info.label.startsWith(form.name));
        // The registration key their records' supervision summaries need.
        QVERIFY(unlocked->extraSecret.has_value());
        QVERIFY(!unlocked->extraSecret->isEmpty());

        const QList<Party> staff = waitForLoad<QList<Party>>(
            *m_desk, [](Session &s, QObject *c, auto done) { s.loadStaff(c, done); });
        const auto zhao = std::find_if(staff.begin(), staff.end(), [&](const Party &party) {
            return party.id == unlocked->keys.id();
        });
        QVERIFY(zhao != staff.end());
        QCOMPARE(zhao->name, form.name);
        QCOMPARE(zhao->licenceNumber, form.licenceNumber);
        QCOMPARE(zhao->specialty, form.specialty);

        // Never over an existing keystore: refused, the file and the staff unchanged.
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::ReadOnly));
        const QByteArray before = existing.readAll();
        existing.close();
        const PractitionerForm other {QStringLiteral("钱进"), QStringLiteral("110340100000998"),
                                      QStringLiteral("Surgery")};
        const auto [again, whyNot] = DemoSession::waitFor(
            *m_desk,
            m_desk->enrollPractitioner(other, path,
                                       crypto::Argon2id::passphraseToUtf8(passphrase)));
        QVERIFY(!again);
        QVERIFY(!whyNot.isEmpty());
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), before);
        // Without a passphrase or a licence: refused before anything is written.
        const QString second = dir.filePath(QStringLiteral("qian.mcid"));
        QVERIFY(!DemoSession::waitFor(
                     *m_desk, m_desk->enrollPractitioner(other, second, crypto::SecureBuffer()))
                     .first);
        QVERIFY(!DemoSession::waitFor(
                     *m_desk,
                     m_desk->enrollPractitioner({other.name, QString(), other.specialty}, second,
                                                crypto::Argon2id::passphraseToUtf8(passphrase)))
                     .first);
        QVERIFY(!QFile::exists(second));
        QCOMPARE(waitForLoad<QList<Party>>(
                     *m_desk, [](Session &s, QObject *c, auto done) { s.loadStaff(c, done); })
                     .size(),
                 staff.size());
    }

private:
    static chain::Hash findRegistration(const chain::Ledger &ledger, const chain::IdentityId &id)
    {
        const auto info = ledger.state().identity(id);
        const auto block = ledger.block(info->enrolledHeight);
        for (const QByteArray &bytes : block->transactions)
            if (const auto tx = chain::Transaction::decode(bytes))
                if (const auto *body = std::get_if<identity::RegisterPatient>(&tx->body);
                    body && body->identity == id)
                    return tx->hash();
        return {};
    }

    std::unique_ptr<DemoSession> m_network;
    std::unique_ptr<Session> m_desk;
};

QTEST_MAIN(TestDeskSession)
#include "TestDeskSession.moc"

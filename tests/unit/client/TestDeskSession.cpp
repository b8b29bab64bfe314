// The registration desk's session: a patient registered from the request their own device made
// (the national ID only as its hash, once per person), an invoice the patient then sees, the
// institution's staff — and the refusals: a forged request, a second registration, a doctor.
#include "DemoSession.h"

#include "common/Startup.h"
#include "identity/RegistrationRequest.h"
#include "node/DataDir.h"

#include <QDateTime>

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

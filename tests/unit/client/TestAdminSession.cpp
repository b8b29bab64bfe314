// The health authority's administration and network health on the small demo: an institution
// enrolled (its keystore opens as an institution with the registration key, and it is listed),
// a practitioner revoked, the validator set changed and a bad one refused, a subsidy program
// created from the authority's account, the validators' recent commits, and nobody else allowed.
#include "DemoSession.h"

#include "common/Startup.h"
#include "crypto/Argon2id.h"

#include <QDir>
#include <QTemporaryDir>

#include <algorithm>

using namespace medchain;
using namespace medchain::client;
using medchain::testing::DemoSession;
using medchain::testing::waitForLoad;

class TestAdminSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok());
        m_network = std::make_unique<DemoSession>();
        QVERIFY2(m_network->ok(), qPrintable(m_network->error()));
        m_authority = m_network->login(QStringLiteral("regulator"));
        QVERIFY(m_authority);
        QCOMPARE(m_authority->role(), chain::Role::Authority);
    }

    void cleanupTestCase()
    {
        m_authority.reset();
        m_network.reset();
    }

    void networkHealthShowsTheValidatorSigning()
    {
        const NetworkHealth health = loadHealth();
        QVERIFY(health.height > 0);
        QCOMPARE(health.scanned, std::min<quint64>(health.height, 256));
        QCOMPARE(health.validators.size(), 1); // the small demo's one embedded validator
        const ValidatorHealth &validator = health.validators.first();
        QVERIFY(!validator.node.name.isEmpty());
        QCOMPARE(validator.power, quint64(1));
        // It signs every commit and proposes every block: the tip's are its latest.
        QCOMPARE(validator.lastSigned, health.height);
        QCOMPARE(validator.lastProposed, health.height);
        QCOMPARE(validator.lastSignedTime, health.tipTime);
        QVERIFY(!validator.connected); // the test's node runs alone
        QVERIFY(health.peers.isEmpty());
        QCOMPARE(health.equivocations, 0);
    }

    void enrollsAnInstitution()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clinic.mcid"));
        const QString passphrase = QStringLiteral("the clinic's own passphrase");
        const InstitutionForm form {chain::InstitutionKind::Clinic,
                                    QStringLiteral("蜀山区社区卫生服务中心"),
                                    QStringLiteral("340104")};
        const auto [ok, why]
            = DemoSession::waitFor(*m_authority,
                                   m_authority->enrollInstitution(
                                       form, path, crypto::Argon2id::passphraseToUtf8(passphrase)));
        QVERIFY2(ok, qPrintable(why));
        const auto unlocked
            = identity::Keystore::unlock(path, crypto::Argon2id::passphraseToUtf8(passphrase));
        QVERIFY(unlocked.ok());
        QCOMPARE(unlocked->info.role, chain::Role::Institution);
        QCOMPARE(unlocked->info.label, form.name);
        // Its desk hashes national IDs under the network's registration key.
        QVERIFY(unlocked->extraSecret.has_value());
        QVERIFY(!unlocked->extraSecret->isEmpty());

        const AdminDirectory directory = loadDirectory();
        const auto clinic
            = std::find_if(directory.institutions.begin(), directory.institutions.end(),
                           [&](const Party &party) { return party.id == unlocked->keys.id(); });
        QVERIFY(clinic != directory.institutions.end());
        QCOMPARE(clinic->name, form.name);
        QCOMPARE(clinic->regionCode, form.regionCode);
        QCOMPARE(clinic->kind, std::optional(chain::InstitutionKind::Clinic));

        // A form without a name, or no passphrase: nothing written.
        const QString other = dir.filePath(QStringLiteral("other.mcid"));
        QVERIFY(!DemoSession::waitFor(
                     *m_authority,
                     m_authority->enrollInstitution({form.kind, QString(), form.regionCode}, other,
                                                    crypto::Argon2id::passphraseToUtf8(passphrase)))
                     .first);
        QVERIFY(!DemoSession::waitFor(*m_authority, m_authority->enrollInstitution(form, other, {}))
                     .first);
        QVERIFY(!QFile::exists(other));
        QCOMPARE(loadDirectory().institutions.size(), directory.institutions.size());
    }

    void revokesAnIdentity()
    {
        const AdminDirectory before = loadDirectory();
        const auto active = std::find_if(before.practitioners.begin(), before.practitioners.end(),
                                         [](const Party &party) { return !party.revoked; });
        QVERIFY(active != before.practitioners.end());
        const auto [ok, why] = DemoSession::waitFor(
            *m_authority,
            m_authority->revokeIdentity(active->id, QStringLiteral("licence lapsed")));
        QVERIFY2(ok, qPrintable(why));
        const AdminDirectory after = loadDirectory();
        const auto revoked
            = std::find_if(after.practitioners.begin(), after.practitioners.end(),
                           [&](const Party &party) { return party.id == active->id; });
        QVERIFY(revoked != after.practitioners.end());
        QVERIFY(revoked->revoked);
        // Twice: the chain refuses, with a reason.
        const auto [again, whyNot] = DemoSession::waitFor(
            *m_authority, m_authority->revokeIdentity(active->id, QStringLiteral("again")));
        QVERIFY(!again);
        QVERIFY(!whyNot.isEmpty());
    }

    void changesTheValidatorSet()
    {
        const AdminDirectory before = loadDirectory();
        QCOMPARE(before.validators.size(), 1);
        identity::Validator heavier = before.validators.first();
        heavier.power = 3;
        const auto [ok, why]
            = DemoSession::waitFor(*m_authority, m_authority->setValidators({heavier}));
        QVERIFY2(ok, qPrintable(why));
        QCOMPARE(loadDirectory().validators, QList<identity::Validator> {heavier});
        // The chain goes on under the new set.
        const quint64 height = loadHealth().height;
        QVERIFY(
            DemoSession::waitFor(
                *m_authority,
                m_authority->createProgram(
                    {QStringLiteral("nudge"), std::nullopt, {QStringLiteral("A00")}, 100, 0, 0}))
                .first);
        const NetworkHealth health = loadHealth();
        QVERIFY(health.height > height);
        QCOMPARE(health.validators.first().power, quint64(3));
        QCOMPARE(health.validators.first().lastSigned, health.height);

        // A practitioner is no node, and an empty set would stop the chain: both refused.
        const Party doctor = before.practitioners.last();
        QVERIFY(!DemoSession::waitFor(*m_authority,
                                      m_authority->setValidators({heavier, {doctor.id, 1}}))
                     .first);
        QVERIFY(!DemoSession::waitFor(*m_authority, m_authority->setValidators({})).first);
        QCOMPARE(loadDirectory().validators, QList<identity::Validator> {heavier});
    }

    void createsASubsidyProgram()
    {
        const AdminDirectory before = loadDirectory();
        QVERIFY(before.balance >= 50'000);
        const ProgramForm form {
            QStringLiteral("糖尿病随访补贴"),
            chain::RecordCategory::Encounter,
            {QStringLiteral(" e11 "), QStringLiteral("E10"), QStringLiteral("E11")},
            2'000,
            10'000,
            50'000};
        const auto [ok, why] = DemoSession::waitFor(*m_authority, m_authority->createProgram(form));
        QVERIFY2(ok, qPrintable(why));
        const AdminDirectory after = loadDirectory();
        const auto program
            = std::find_if(after.programs.begin(), after.programs.end(),
                           [&](const ProgramEntry &entry) { return entry.name == form.name; });
        QVERIFY(program != after.programs.end());
        QCOMPARE(program->codes, (QStringList {QStringLiteral("E10"), QStringLiteral("E11")}));
        QCOMPARE(program->category, std::optional(chain::RecordCategory::Encounter));
        QCOMPARE(program->amountPerEvent, Amount(2'000));
        QCOMPARE(program->capPerPatient, Amount(10'000));
        QCOMPARE(program->pool, Amount(50'000));
        QCOMPARE(program->owner.id, m_authority->identity());
        QCOMPARE(after.balance, before.balance - 50'000);

        // More than the account holds: refused, the balance untouched.
        ProgramForm tooRich = form;
        tooRich.name = QStringLiteral("too rich");
        tooRich.funding = after.balance + 1;
        QVERIFY(!DemoSession::waitFor(*m_authority, m_authority->createProgram(tooRich)).first);
        QCOMPARE(loadDirectory().balance, after.balance);
    }

    void nobodyButTheAuthorityAdministers()
    {
        auto desk = m_network->login(QStringLiteral("desk"));
        QVERIFY(desk);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.mcid"));
        const auto [ok, why] = DemoSession::waitFor(
            *desk,
            desk->enrollInstitution(
                {chain::InstitutionKind::Hospital, QStringLiteral("Rogue"),
                 QStringLiteral("340104")},
                path, crypto::Argon2id::passphraseToUtf8(QStringLiteral("passphrase"))));
        QVERIFY(!ok);
        QVERIFY(!why.isEmpty());
        QVERIFY(!QFile::exists(path));
        const AdminDirectory directory = loadDirectory();
        QVERIFY(!DemoSession::waitFor(*desk, desk->setValidators(directory.validators)).first);
    }

private:
    NetworkHealth loadHealth()
    {
        return waitForLoad<NetworkHealth>(
            *m_authority, [](Session &s, QObject *c, auto done) { s.loadNetworkHealth(c, done); });
    }
    AdminDirectory loadDirectory()
    {
        return waitForLoad<AdminDirectory>(
            *m_authority, [](Session &s, QObject *c, auto done) { s.loadAdministration(c, done); });
    }

    std::unique_ptr<DemoSession> m_network;
    std::unique_ptr<Session> m_authority;
};

QTEST_MAIN(TestAdminSession)
#include "TestAdminSession.moc"

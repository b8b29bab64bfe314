// A peer stays connected only while the chain says its node, and whoever enrolled it, are
// active: revocation has no CRL, so the state is asked on every connection.
#include "../chain/ChainFixture.h"

#include "common/Startup.h"
#include "net/PeerAdmission.h"

using namespace medchain;
using namespace medchain::test;
using net::PeerAdmission;

class TestPeerAdmission : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void onlyActiveNodesOfActiveInstitutionsArePeers()
    {
        ChainFixture f;
        const Member hospital = f.enrollHospital(QStringLiteral("Hefei First People's Hospital"));
        const Member doctor = f.enrollDoctor(hospital, QStringLiteral("Dr. Li"));
        const auto nodeKey = crypto::Ed25519SigningKey::generate();
        const auto enrollment
            = identity::Enrollment::node({*hospital.certificate, hospital.keys.signing}, nodeKey,
                                         QStringLiteral("Hefei First node 1"), f.validity());
        QVERIFY2(enrollment.ok(), qPrintable(enrollment.error()));
        f.accept(f.sign(hospital.keys.signing, enrollment.value()));
        const LedgerState &state = f.ledger->state();

        QVERIFY(PeerAdmission::check(state, f.network.validator.publicKey()).ok());
        QVERIFY(PeerAdmission::check(state, nodeKey.publicKey()).ok());
        QCOMPARE(PeerAdmission::check(state, doctor.id()).errorCode(),
                 QStringLiteral("not-a-node"));
        QCOMPARE(PeerAdmission::check(state, crypto::Ed25519SigningKey::generate().publicKey())
                     .errorCode(),
                 QStringLiteral("unknown"));

        // Revoking the institution takes its node off the network with it.
        f.accept(f.sign(f.network.authority.signing,
                        identity::RevokeIdentity {hospital.id(), QStringLiteral("closed")}));
        QCOMPARE(PeerAdmission::check(state, nodeKey.publicKey()).errorCode(),
                 QStringLiteral("revoked"));
        QVERIFY(PeerAdmission::check(state, f.network.validator.publicKey()).ok());
    }

    void aRevokedNodeIsNoPeer()
    {
        ChainFixture f;
        const Member hospital = f.enrollHospital(QStringLiteral("Hefei First People's Hospital"));
        const auto nodeKey = crypto::Ed25519SigningKey::generate();
        f.accept(f.sign(hospital.keys.signing,
                        identity::Enrollment::node({*hospital.certificate, hospital.keys.signing},
                                                   nodeKey, QStringLiteral("node 1"), f.validity())
                            .value()));
        QVERIFY(PeerAdmission::check(f.ledger->state(), nodeKey.publicKey()).ok());
        f.accept(f.sign(hospital.keys.signing,
                        identity::RevokeIdentity {nodeKey.publicKey(), QStringLiteral("stolen")}));
        const auto refused = PeerAdmission::check(f.ledger->state(), nodeKey.publicKey());
        QCOMPARE(refused.errorCode(), QStringLiteral("revoked"));
        QVERIFY(refused.error().contains(QLatin1String("revoked")));
    }
};

QTEST_GUILESS_MAIN(TestPeerAdmission)
#include "TestPeerAdmission.moc"

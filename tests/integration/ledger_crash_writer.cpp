// Helper for TestLedgerCrash: opens the replica in DIR and commits blocks of patient
// registrations as fast as it can, printing each committed height, until it is killed.
// DIR/secrets holds the test network's keys in the clear: test support only.
#include "chain/Ledger.h"
#include "chain/NetworkBootstrap.h"
#include "common/Startup.h"
#include "identity/Enrollment.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QTextStream>

using namespace medchain;

namespace {
crypto::SecureBuffer secure(const QByteArray &bytes)
{
    return crypto::SecureBuffer::copyOf(
        {reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size())});
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2 || !Startup::initialiseCore())
        return 2;
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QFile secretsFile(dir + QStringLiteral("/secrets"));
    QFile genesisFile(dir + QStringLiteral("/genesis.cbor"));
    if (!secretsFile.open(QIODevice::ReadOnly) || !genesisFile.open(QIODevice::ReadOnly))
        return 3;
    QByteArray dbKey, validatorSeed, hospitalSeed;
    QDataStream stream(&secretsFile);
    stream >> dbKey >> validatorSeed >> hospitalSeed;
    const auto genesis = chain::Genesis::decode(genesisFile.readAll()).value();
    const auto validator = crypto::Ed25519SigningKey::fromSeed(secure(validatorSeed)).value();
    const auto hospital = crypto::Ed25519SigningKey::fromSeed(secure(hospitalSeed)).value();
    auto ledger = chain::Ledger::open(dir + QStringLiteral("/replica.db"), secure(dbKey), genesis);
    if (!ledger)
        return 4;
    const auto hospitalInfo = ledger.value()->state().identity(hospital.publicKey()).value();
    const auto certificate = crypto::Certificate::fromDer(hospitalInfo.certificate).value();
    crypto::SecureBuffer registrationKey(32);

    QTextStream out(stdout);
    for (quint64 nonce = hospitalInfo.nonce;;) {
        const chain::ChainTip tip = ledger.value()->tip();
        QList<QByteArray> txs;
        for (int i = 0; i < 10; ++i) {
            const auto patient = identity::IdentityKeys::generate();
            chain::Transaction tx;
            tx.chainId = genesis.chainId;
            tx.nonce = ++nonce;
            tx.time = tip.time + 1000;
            tx.body
                = identity::Enrollment::patient(
                      {certificate, hospital}, patient,
                      identity::Enrollment::nationalIdHash(registrationKey, QString::number(nonce)),
                      QStringLiteral("340102"), chain::NetworkBootstrap::validityFor(genesis, 5))
                      .value();
            tx.sign(hospital);
            txs.append(tx.encode());
        }
        auto produced = ledger.value()->produceBlock(txs, tip.time + 1000, validator);
        if (!produced || !produced->rejected.isEmpty())
            return 5;
        out << produced->block.header.height << Qt::endl;
    }
}

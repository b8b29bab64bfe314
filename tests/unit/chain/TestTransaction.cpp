// Transactions, blocks and genesis on the wire: every type round-trips, every signature covers
// every byte, and malformed, non-canonical or cross-chain input is refused.
#include "chain/Block.h"
#include "chain/Genesis.h"
#include "chain/Transaction.h"
#include "common/Startup.h"
#include "crypto/Merkle.h"

#include <QRandomGenerator>
#include <QTest>

using namespace medchain;
using namespace medchain::chain;

namespace {
Hash hashOf(const char *text)
{
    return crypto::sha256(QByteArray(text));
}

IdentityId someone(char seed)
{
    IdentityId id;
    id.bytes.fill(std::uint8_t(seed));
    return id;
}

crypto::X25519PublicKey encryptionKey()
{
    return crypto::X25519SecretKey::generate().publicKey();
}

QList<Hash> sorted(QList<Hash> hashes)
{
    std::sort(hashes.begin(), hashes.end());
    return hashes;
}

QList<TxBody> everyBody()
{
    QList<TxBody> bodies;
    bodies.append(identity::EnrollInstitution {
        someone(1), encryptionKey(), InstitutionKind::Hospital, QStringLiteral("安徽省立医院"),
        QStringLiteral("340104"), QByteArray("cert")});
    bodies.append(identity::EnrollPractitioner {
        someone(2), encryptionKey(), QStringLiteral("王医生"), QStringLiteral("110340100000123"),
        QStringLiteral("Respiratory medicine"), QByteArray("c")});
    bodies.append(identity::RegisterPatient {someone(3), encryptionKey(), hashOf("id"),
                                             QStringLiteral("340102"), QByteArray("c")});
    bodies.append(identity::EnrollNode {someone(4), QStringLiteral("node-1"), QByteArray("c")});
    bodies.append(identity::RevokeIdentity {someone(5), QStringLiteral("left the hospital")});
    bodies.append(identity::SetValidators {{{someone(1), 10}, {someone(2), 5}}});
    // The rule, not the decoder, reads the evidence: any bytes up to the limit decode.
    bodies.append(consensus::ReportEquivocation {QByteArray(300, 'e')});
    bodies.append(consensus::ReportEquivocation {
        QByteArray(consensus::ReportEquivocation::MaxEvidenceSize, 'e')});
    bodies.append(
        records::AddRecord {someone(3),
                            RecordCategory::Encounter,
                            1'790'000'000'000,
                            QByteArray(300, 'x'),
                            {{someone(1), QByteArray(80, 'a')}, {someone(3), QByteArray(80, 'b')}},
                            QByteArray(120, 's'),
                            sorted({hashOf("assistance"), hashOf("trial")})});
    bodies.append(records::ProposeAmendment {hashOf("record"),
                                             QByteArray(10, 'y'),
                                             {{someone(3), QByteArray(80, 'c')}},
                                             QByteArray(5, 's')});
    bodies.append(records::AnswerAmendment {hashOf("amendment"), true});
    bodies.append(
        records::AccessReceipt {hashOf("record"), QStringLiteral("follow-up visit"), false});
    consent::AccessScope categories;
    categories.kind = consent::AccessScope::Kind::Categories;
    categories.categories = {RecordCategory::Encounter, RecordCategory::Laboratory};
    bodies.append(consent::GrantAccess {someone(2),
                                        categories,
                                        1'800'000'000'000,
                                        {{hashOf("a"), QByteArray(80, 'k')}},
                                        hashOf("request")});
    bodies.append(consent::GrantAccess {someone(2), {}, 1'800'000'000'000, {}, std::nullopt});
    bodies.append(consent::RevokeGrant {hashOf("grant")});
    consent::AccessScope listed;
    listed.kind = consent::AccessScope::Kind::Records;
    listed.records = {hashOf("r1"), hashOf("r2")};
    std::sort(listed.records.begin(), listed.records.end());
    bodies.append(consent::RequestAccess {someone(3), listed, 1'800'000'000'000,
                                          QStringLiteral("second opinion")});
    bodies.append(consent::DeclineRequest {hashOf("request")});
    bodies.append(consent::EmergencyAccess {someone(3), QStringLiteral("unconscious on arrival")});
    bodies.append(consent::ShareKeys {someone(2), {{hashOf("a"), QByteArray(80, 'k')}}});
    bodies.append(wallet::Deposit {someone(4), 12'345, QStringLiteral("ALIPAY-2026112400001")});
    bodies.append(wallet::Withdraw {someone(5), wallet::MaxAmount, QStringLiteral("payout-7")});
    bodies.append(wallet::IssueInvoice {someone(3), wallet::FeeType::OnlineConsultation, 2'000,
                                        hashOf("encounter")});
    bodies.append(
        wallet::IssueInvoice {someone(3), wallet::FeeType::Registration, 1'200, std::nullopt});
    bodies.append(wallet::PayInvoice {hashOf("invoice")});
    bodies.append(wallet::CancelInvoice {hashOf("invoice")});
    bodies.append(wallet::CreateProgram {QStringLiteral("城乡医疗救助"),
                                         RecordCategory::Encounter,
                                         {QStringLiteral("E11"), QStringLiteral("I10.0")},
                                         5'000,
                                         200'000,
                                         10'000'000});
    bodies.append(
        wallet::CreateProgram {QStringLiteral("trial stipend"), std::nullopt, {}, 30'000, 0, 0});
    bodies.append(wallet::FundProgram {hashOf("program"), 1'000'000});
    bodies.append(wallet::EnrollBeneficiary {hashOf("program"), someone(3)});
    bodies.append(wallet::CreateFund {QStringLiteral("医保宝货币基金")});
    bodies.append(wallet::Subscribe {hashOf("fund"), 50'000});
    bodies.append(wallet::Redeem {hashOf("fund"), 1});
    bodies.append(wallet::PublishYield {hashOf("fund"), 20'781, 54'794});
    return bodies;
}

Transaction signedTx(const TxBody &body, const crypto::Ed25519SigningKey &key, quint64 nonce = 1)
{
    Transaction tx;
    tx.chainId = QStringLiteral("medchain-anhui-test");
    tx.nonce = nonce;
    tx.time = 1'790'000'000'123;
    tx.body = body;
    tx.sign(key);
    return tx;
}
} // namespace

class TestTransaction : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Startup::initialiseCore().ok()); }

    void everyTypeRoundTrips()
    {
        const auto key = crypto::Ed25519SigningKey::generate();
        const QList<TxBody> bodies = everyBody();
        QSet<int> types;
        for (const TxBody &body : bodies) {
            const Transaction tx = signedTx(body, key);
            types.insert(int(tx.type()));
            const QByteArray bytes = tx.encode();
            const auto decoded = Transaction::decode(bytes);
            QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
            QVERIFY(decoded->body == body);
            QCOMPARE(decoded->sender, key.publicKey());
            QCOMPARE(decoded->nonce, tx.nonce);
            QCOMPARE(decoded->chainId, tx.chainId);
            QCOMPARE(decoded->encode(), bytes);
            QCOMPARE(decoded->hash(), crypto::sha256(bytes));
            QVERIFY(decoded->hasValidSignature());
            QVERIFY(decoded->hasValidSignature(bytes)); // the shortcut agrees
        }
        QCOMPARE(types.size(), int(std::variant_size_v<TxBody>));
    }

    void everyByteIsCovered()
    {
        // Flip each bit of a signed transaction: it must stop decoding or stop verifying.
        const auto key = crypto::Ed25519SigningKey::generate();
        for (const TxBody &body : everyBody().mid(0, 8)) {
            const QByteArray bytes = signedTx(body, key).encode();
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                QByteArray bad = bytes;
                bad[i] = char(bad[i] ^ 0x01);
                const auto decoded = Transaction::decode(bad);
                QVERIFY2(!decoded.ok()
                             || (!decoded->hasValidSignature() && !decoded->hasValidSignature(bad)),
                         qPrintable(QStringLiteral("byte %1 of type %2")
                                        .arg(i)
                                        .arg(int(signedTx(body, key).type()))));
            }
        }
    }

    void mutationsNeverDecodeToAnotherEncoding()
    {
        // decode() trusts the strict reader instead of re-encoding to compare, so whatever it
        // accepts must be the one canonical encoding of what it returns.
        const auto key = crypto::Ed25519SigningKey::generate();
        QRandomGenerator random(20261123);
        int accepted = 0;
        for (const TxBody &body : everyBody()) {
            const QByteArray bytes = signedTx(body, key).encode();
            for (int round = 0; round < 400; ++round) {
                QByteArray mutated = bytes;
                const qsizetype at = random.bounded(mutated.size());
                switch (random.bounded(4)) {
                case 0:
                    mutated[at] = char(random.bounded(256));
                    break;
                case 1:
                    mutated.insert(at, char(random.bounded(256)));
                    break;
                case 2:
                    mutated.remove(at,
                                   1 + random.bounded(std::min<qsizetype>(4, bytes.size() - at)));
                    break;
                default: // a length or count one off, the classic non-canonical head
                    mutated[at] = char(mutated[at] + (random.bounded(2) ? 1 : -1));
                    break;
                }
                const auto decoded = Transaction::decode(mutated);
                if (!decoded.ok())
                    continue;
                ++accepted;
                QVERIFY2(decoded->encode() == mutated,
                         qPrintable(QStringLiteral("type %1 accepted %2")
                                        .arg(int(decoded->type()))
                                        .arg(QString::fromLatin1(mutated.toHex()))));
            }
        }
        QVERIFY(accepted > 0); // some mutations (e.g. inside a byte string) do decode
    }

    void reportBodiesAreBounded()
    {
        const auto key = crypto::Ed25519SigningKey::generate();
        const QByteArray tooLarge
            = signedTx(consensus::ReportEquivocation {QByteArray(
                           consensus::ReportEquivocation::MaxEvidenceSize + 1, 'e')},
                       key)
                  .encode();
        const auto decoded = Transaction::decode(tooLarge);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(QLatin1String("allowed")), qPrintable(decoded.error()));
        // Wire value 7, in the identity range, with the evidence as key 0 of the body.
        const QByteArray bytes
            = signedTx(consensus::ReportEquivocation {QByteArray("ev")}, key).encode();
        QVERIFY(bytes.startsWith(QByteArray::fromHex("a70007")));
        QVERIFY(bytes.contains(QByteArray::fromHex("05a1004265 76")));
    }

    void signatureIsBoundToChainAndSender()
    {
        const auto key = crypto::Ed25519SigningKey::generate();
        Transaction tx = signedTx(records::AnswerAmendment {hashOf("x"), true}, key);
        QVERIFY(tx.hasValidSignature());
        Transaction otherChain = tx;
        otherChain.chainId = QStringLiteral("medchain-other");
        QVERIFY(!otherChain.hasValidSignature());
        Transaction otherSender = tx;
        otherSender.sender = crypto::Ed25519SigningKey::generate().publicKey();
        QVERIFY(!otherSender.hasValidSignature());
        Transaction otherNonce = tx;
        otherNonce.nonce = 2;
        QVERIFY(!otherNonce.hasValidSignature());
    }

    void malformedEnvelopes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const auto key = crypto::Ed25519SigningKey::generate();
        const QByteArray good = signedTx(consent::RevokeGrant {hashOf("g")}, key).encode();
        QTest::newRow("trailing byte")
            << good + QByteArray(1, '\0') << QStringLiteral("unexpected bytes");
        QTest::newRow("truncated") << good.chopped(3) << QStringLiteral("ends too early");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("ends too early");
        // good starts a7 00 18 29 (map of 7, key 0, type 41): make it type 23 with the same body.
        QByteArray otherType = good;
        otherType.replace(2, 2, QByteArray(1, char(0x17)));
        QTest::newRow("body of another type") << otherType << QStringLiteral("field 1");
        QByteArray type99 = good;
        type99.replace(1, 3, QByteArray::fromHex("00185f")); // type 41 -> 95
        QTest::newRow("unknown type") << type99 << QStringLiteral("unknown transaction type 95");
        QTest::newRow("too large") << QByteArray(600 * 1024, '\xa0') << QStringLiteral("allowed");
    }

    void malformedEnvelopes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const auto decoded = Transaction::decode(bytes);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(reason), qPrintable(decoded.error()));
    }

    void unsortedEnvelopesAreRefused()
    {
        const auto key = crypto::Ed25519SigningKey::generate();
        records::AddRecord add;
        add.patient = someone(3);
        add.envelopes = {{someone(9), QByteArray(80, 'a')}, {someone(3), QByteArray(80, 'b')}};
        const auto decoded = Transaction::decode(signedTx(add, key).encode());
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(QLatin1String("sorted")), qPrintable(decoded.error()));
    }

    void blockRoundTrip()
    {
        const auto key = crypto::Ed25519SigningKey::generate();
        Block block;
        for (const TxBody &body : everyBody())
            block.transactions.append(signedTx(body, key).encode());
        block.header.chainId = QStringLiteral("medchain-anhui-test");
        block.header.height = 7;
        block.header.time = 1'790'000'001'000;
        block.header.previous = hashOf("block 6");
        block.header.txRoot = Block::transactionRoot(block.transactions);
        block.header.transactionCount = quint64(block.transactions.size());
        block.header.stateHash = hashOf("state");
        block.header.validatorSetHash = hashOf("validators");
        block.header.proposer = key.publicKey();
        CommitCertificate commit;
        commit.height = 6;
        commit.blockHash = hashOf("block 6");
        commit.signatures.append({key.publicKey(),
                                  key.sign(CommitCertificate::precommitBytes(
                                      block.header.chainId, 6, 0, commit.blockHash))});
        block.lastCommit = commit;

        const QByteArray bytes = block.encode();
        const auto decoded = Block::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QVERIFY(decoded.value() == block);
        QCOMPARE(decoded->header.hash(), block.header.hash());

        // The root commits to each transaction: a Merkle proof leads from any one to it.
        QList<Hash> leaves;
        for (const QByteArray &tx : block.transactions)
            leaves.append(crypto::merkleLeafHash(crypto::sha256(tx).toByteArray()));
        const auto proof = crypto::merkleProof(leaves, 3);
        QVERIFY(proof.ok());
        QVERIFY(crypto::verifyMerkleProof(leaves[3], proof.value(), block.header.txRoot));

        // Changing a transaction changes the root the header must carry.
        Block altered = block;
        altered.transactions[0][5] = char(altered.transactions[0][5] ^ 1);
        QVERIFY(Block::transactionRoot(altered.transactions) != block.header.txRoot);
        QVERIFY(!Block::decode(QByteArray(bytes + QByteArray(1, 0))).ok());
    }

    void genesisRoundTrip()
    {
        const auto key = crypto::Ed25519SigningKey::generate();
        Genesis genesis;
        genesis.chainId = QStringLiteral("medchain-anhui-test");
        genesis.time = 1'790'000'000'000;
        genesis.rootCertificate = QByteArray(400, 'r');
        genesis.authority = key.publicKey();
        genesis.authorityEncryptionKey = encryptionKey();
        genesis.authorityName = QStringLiteral("安徽省卫生健康委员会");
        genesis.authorityRegion = QStringLiteral("340000");
        genesis.nodes.append({someone(7), QStringLiteral("authority-node"), QByteArray("cert")});
        genesis.validators.append({someone(7), 1});
        const QByteArray bytes = genesis.encode();
        const auto decoded = Genesis::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QVERIFY(decoded.value() == genesis);
        QCOMPARE(decoded->hash(), crypto::sha256(bytes));

        Genesis empty = genesis;
        empty.validators.clear();
        const auto refused = Genesis::decode(empty.encode());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QLatin1String("no validators")));
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "TestTransaction.moc"

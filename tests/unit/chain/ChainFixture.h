// A small network for chain tests: authority, two hospitals, a doctor at each, a patient, and
// a replica that produces blocks from signed transactions. Test support only.
#pragma once

#include "chain/Ledger.h"
#include "chain/NetworkBootstrap.h"
#include "crypto/Random.h"
#include "crypto/SecureBuffer.h"
#include "records/RecordAccess.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

namespace medchain::test {

using namespace medchain::chain;
using identity::IdentityKeys;

struct Member {
    IdentityKeys keys;
    std::optional<crypto::Certificate> certificate; // institutions: what they issue with
    IdentityId id() const { return keys.id(); }
};

class ChainFixture {
public:
    static constexpr qint64 kStart = 1'790'000'000'000; // 2026-09-21

    ChainFixture()
        : network(NetworkBootstrap::create({QStringLiteral("medchain-test"),
                                            QStringLiteral("Anhui Health Commission"),
                                            QStringLiteral("340000"),
                                            kStart,
                                            10,
                                            {}})
                      .value()),
          key(32)
    {
        crypto::randomFill(key.bytes());
        ledger = openLedger(QStringLiteral("replica.db"));
    }

    std::unique_ptr<Ledger> openLedger(const QString &name)
    {
        auto opened = Ledger::open(dir.filePath(name), key, network.genesis);
        if (!opened)
            qFatal("cannot open ledger: %s", qPrintable(opened.error()));
        return std::move(opened).value();
    }

    identity::Validity validity() const
    {
        return NetworkBootstrap::validityFor(network.genesis, 5);
    }

    /// A signed transaction from `who` with its next nonce (counting ones signed but not yet
    /// in a block).
    QByteArray sign(const crypto::Ed25519SigningKey &who, TxBody body,
                    std::optional<quint64> nonce = {})
    {
        Transaction tx;
        tx.chainId = network.genesis.chainId;
        const auto onChain = ledger->state().identity(who.publicKey());
        quint64 &pending = m_pending[who.publicKey()];
        const quint64 base = onChain ? onChain->nonce : 0;
        pending = std::max(pending, base);
        tx.nonce = nonce.value_or(++pending);
        tx.time = m_time;
        tx.body = std::move(body);
        tx.sign(who);
        return tx.encode();
    }

    /// Puts txs in the next block; returns it with the rejected ones.
    ProducedBlock commit(const QList<QByteArray> &txs)
    {
        m_time += 1000;
        auto produced = ledger->produceBlock(txs, m_time, network.validator);
        if (!produced)
            qFatal("cannot produce a block: %s", qPrintable(produced.error()));
        m_pending.clear();
        if (produced->committed)
            m_blocks.append({produced->block, produced->commit});
        return std::move(produced).value();
    }

    /// Commits one transaction and returns the rejection code ("" when accepted).
    QString submit(const QByteArray &tx)
    {
        const ProducedBlock block = commit({tx});
        return block.rejected.isEmpty() ? QString() : block.rejected.first().reason.code;
    }

    /// Commits tx, which must be accepted (setting up a scenario, not testing a rule).
    void accept(const QByteArray &tx)
    {
        const ProducedBlock block = commit({tx});
        if (!block.rejected.isEmpty())
            qFatal("set-up transaction refused: %s",
                   qPrintable(block.rejected.first().reason.message));
    }

    Member enrollHospital(const QString &name, InstitutionKind kind = InstitutionKind::Hospital)
    {
        Member m {IdentityKeys::generate(), std::nullopt};
        auto body
            = identity::Enrollment::institution({network.root, network.authority.signing}, m.keys,
                                                kind, name, QStringLiteral("340104"), validity());
        m.certificate = crypto::Certificate::fromDer(body->certificate).value();
        accept(sign(network.authority.signing, body.value()));
        return m;
    }

    Member enrollDoctor(const Member &hospital, const QString &name)
    {
        Member m {IdentityKeys::generate(), std::nullopt};
        auto body = identity::Enrollment::practitioner(
            {*hospital.certificate, hospital.keys.signing}, m.keys, name,
            QStringLiteral("110340100000123"), QStringLiteral("Respiratory medicine"), validity());
        accept(sign(hospital.keys.signing, body.value()));
        return m;
    }

    Member registerPatient(const Member &hospital, const QString &nationalId)
    {
        Member m {IdentityKeys::generate(), std::nullopt};
        crypto::SecureBuffer registrationKey(32);
        registrationKey.bytes()[0] = 7;
        auto body = identity::Enrollment::patient(
            {*hospital.certificate, hospital.keys.signing}, m.keys,
            identity::Enrollment::nationalIdHash(registrationKey, nationalId),
            QStringLiteral("340102"), validity());
        accept(sign(hospital.keys.signing, body.value()));
        return m;
    }

    /// An AddRecord body sealed to the given readers (by identity, keys looked up on chain).
    records::AddRecord record(const Member &author, const Member &patient,
                              const QList<IdentityId> &readers,
                              const records::RecordContent &content,
                              RecordCategory category = RecordCategory::Encounter)
    {
        records::RecordHeader header {network.genesis.chainId, patient.id(), author.id(), category,
                                      m_time - 3'600'000,      std::nullopt};
        const records::SealedRecord sealed = records::RecordCrypto::seal(
            content.encode(), header, lookup(readers), QByteArray("summary"),
            network.authority.encryption.publicKey());
        return {
            patient.id(),       category, header.encounterTime, sealed.ciphertext, sealed.envelopes,
            sealed.supervision, {}};
    }

    QList<records::Reader> lookup(const QList<IdentityId> &ids) const
    {
        QList<records::Reader> readers;
        for (const IdentityId &id : ids)
            readers.append({id, ledger->state().identity(id)->encryptionKey});
        return readers;
    }

    qint64 now() const { return m_time; }
    /// Moves the fixture's clock (forward only: blocks must keep increasing times).
    void setNow(qint64 time) { m_time = std::max(m_time, time); }

    NewNetwork network;
    crypto::SecureBuffer key;
    QTemporaryDir dir;
    std::unique_ptr<Ledger> ledger;
    QList<std::pair<Block, CommitCertificate>> m_blocks;

private:
    qint64 m_time = kStart;
    std::map<IdentityId, quint64> m_pending;
};

} // namespace medchain::test

// Internal to core/chain: the state's connection, identity cache and effect log, shared by
// LedgerState.cpp (writes) and LedgerStateReads.cpp (queries). Not for use elsewhere.
#pragma once

#include "chain/FieldCodec.h"
#include "chain/LedgerState.h"
#include "codec/CborReader.h"
#include "codec/CborWriter.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <optional>

namespace medchain::chain {

namespace detail {

inline QByteArray encodeScope(const consent::AccessScope &scope)
{
    codec::CborWriter w;
    scope.encode(w);
    return w.take();
}

inline consent::AccessScope decodeScope(const QByteArray &bytes)
{
    codec::CborReader r(bytes);
    return consent::AccessScope::decode(r);
}

// Rows of the identities and grants tables as the reads select them (column order fixed).
inline IdentityInfo identityFrom(const storage::Statement &s)
{
    IdentityInfo info;
    info.id = fixedFrom<IdentityId>(s.columnBlob(0));
    info.role = Role(s.columnInt64(1));
    if (!s.columnIsNull(2))
        info.kind = InstitutionKind(s.columnInt64(2));
    info.parent = fixedFrom<IdentityId>(s.columnBlob(3));
    info.name = s.columnText(4);
    info.regionCode = s.columnText(5);
    info.licenceNumber = s.columnText(6);
    info.specialty = s.columnText(7);
    info.encryptionKey = fixedFrom<crypto::X25519PublicKey>(s.columnBlob(8));
    if (!s.columnIsNull(9))
        info.nationalIdHash = fixedFrom<Hash>(s.columnBlob(9));
    info.certificate = s.columnBlob(10);
    info.nonce = quint64(s.columnInt64(11));
    info.enrolledHeight = quint64(s.columnInt64(12));
    info.revoked = s.columnInt64(13) != 0;
    return info;
}

inline GrantInfo grantFrom(const storage::Statement &s)
{
    return {fixedFrom<Hash>(s.columnBlob(0)),
            fixedFrom<IdentityId>(s.columnBlob(1)),
            fixedFrom<IdentityId>(s.columnBlob(2)),
            decodeScope(s.columnBlob(3)),
            s.columnInt64(4),
            quint64(s.columnInt64(5)),
            s.columnInt64(6) != 0};
}

// Envelopes packed as recipient (32 bytes) || sealed key (kSealedKeySize) each: the records.keys
// column and the PutKeys effect. The rules have checked every key's size.
inline constexpr qsizetype kPackedEnvelopeSize = qsizetype(IdentityId::Size) + kSealedKeySize;

inline QByteArray packEnvelopes(const QList<KeyEnvelope> &envelopes)
{
    QByteArray packed;
    packed.reserve(envelopes.size() * kPackedEnvelopeSize);
    for (const KeyEnvelope &envelope : envelopes)
        packed.append(bytesOf(envelope.recipient)).append(envelope.sealedKey);
    return packed;
}

/// The key sealed to recipient in packed envelopes, if there is one.
inline std::optional<QByteArray> findPackedKey(QByteArrayView packed, const IdentityId &recipient)
{
    const qsizetype idSize = qsizetype(IdentityId::Size);
    for (qsizetype at = 0; at + kPackedEnvelopeSize <= packed.size(); at += kPackedEnvelopeSize)
        if (packed.sliced(at, idSize) == bytesOf(recipient))
            return packed.sliced(at + idSize, kSealedKeySize).toByteArray();
    return std::nullopt;
}

// Operation codes of the effect log; part of the state hash, so never renumber.
enum Effect : int {
    PutIdentity = 1,
    SetNonce,
    RevokeIdentityEffect,
    PutRecord,
    SetRecordVersion,
    PutKey,
    PutAmendment,
    SetAmendmentStatus,
    PutGrant,
    RevokeGrantEffect,
    PutRequest,
    SetRequestStatus,
    PutEmergency,
    PutReceipt,
    SetValidatorsEffect,
    ClearValidators,
    PutKeys,
    PutEntry,
    PutPayment,
    PutInvoice,
    SetInvoiceStatus,
    PutProgram,
    PutBeneficiary,
    SetBeneficiaryPaid,
    PutSubsidy,
    PutFund,
    SetFund,
    SetHolding,
    PutYield,
    PutEquivocation,
};

inline void writeField(codec::CborWriter &w, const IdentityId &v)
{
    w.writeBytes(bytesOf(v));
}
inline void writeField(codec::CborWriter &w, const Hash &v)
{
    w.writeBytes(bytesOf(v));
}
inline void writeField(codec::CborWriter &w, const crypto::X25519PublicKey &v)
{
    w.writeBytes(bytesOf(v));
}
inline void writeField(codec::CborWriter &w, const QString &v)
{
    w.writeText(v);
}
inline void writeField(codec::CborWriter &w, const QByteArray &v)
{
    w.writeBytes(v);
}
inline void writeField(codec::CborWriter &w, bool v)
{
    w.writeBool(v);
}
inline void writeField(codec::CborWriter &w, qint64 v)
{
    w.writeInteger(v);
}
inline void writeField(codec::CborWriter &w, quint64 v)
{
    w.writeInteger(qint64(v));
}
template <typename Enum, typename = std::enable_if_t<std::is_enum_v<Enum>>>
inline void writeField(codec::CborWriter &w, Enum v)
{
    w.writeInteger(qint64(v));
}
template <typename T> void writeField(codec::CborWriter &w, const std::optional<T> &v)
{
    if (v)
        writeField(w, *v);
    else
        w.writeNull();
}
} // namespace detail

using namespace detail;
using storage::Statement;

class LedgerState::Impl {
public:
    explicit Impl(storage::Database &database) : db(database) { effects.emplace(); }

    /// A prepared statement; a failure is remembered and an invalid statement returned.
    std::optional<Statement> prepare(QByteArrayView sql)
    {
        auto statement = db.prepare(sql);
        if (!statement) {
            fail(statement.error());
            return std::nullopt;
        }
        return std::move(statement).value();
    }

    void run(std::optional<Statement> &statement)
    {
        if (!statement)
            return;
        if (auto ok = statement->run(); !ok)
            fail(ok.error());
    }

    /// Steps once; true when a row is there. A storage error is remembered.
    bool firstRow(std::optional<Statement> &statement)
    {
        if (!statement)
            return false;
        switch (statement->step()) {
        case Statement::Step::Row:
            return true;
        case Statement::Step::Done:
            return false;
        case Statement::Step::Error:
            fail(statement->errorMessage());
            return false;
        }
        return false;
    }

    template <typename... Fields> void effect(Effect op, const Fields &...fields)
    {
        codec::CborWriter &w = *effects;
        w.beginArray(1 + sizeof...(Fields));
        w.writeInteger(op);
        (writeField(w, fields), ...);
        w.end();
    }

    void fail(const QString &message)
    {
        if (failure.isEmpty())
            failure = message;
    }

    storage::Database &db;
    // The effect log since the last digest: one writer, its items back to back.
    std::optional<codec::CborWriter> effects;
    QString failure;
    // Identities read or written during the current block. Only the block's writer fills it,
    // and every identity write goes through this class, so it cannot go stale within a block.
    bool caching = false;
    std::map<IdentityId, std::optional<IdentityInfo>> identities;
    // Active grants by patient, as of the block's time; dropped when a grant changes.
    std::map<IdentityId, std::pair<qint64, QList<GrantInfo>>> activeGrants;
    // Certificates parsed during the current block, by their DER bytes.
    QHash<QByteArray, crypto::Certificate> certificates;
    // Nonces changed in this block, written once per sender by flushBlockWrites().
    std::map<IdentityId, quint64> dirtyNonces;
    // For the block's conservation check: each account's stored balance before the block first
    // touched it, and the gateway payments the block recorded.
    std::map<AccountId, Amount> balancesBefore;
    Amount blockDeposits = 0;
    Amount blockWithdrawals = 0;

    void forgetBlockMoney()
    {
        balancesBefore.clear();
        blockDeposits = 0;
        blockWithdrawals = 0;
    }

    void writeNonce(const IdentityId &id, quint64 nonce)
    {
        auto s = prepare("UPDATE identities SET nonce = ?2 WHERE id = ?1");
        if (!s)
            return;
        s->bindBlob(1, bytesOf(id)).bindInt64(2, qint64(nonce));
        run(s);
        effect(SetNonce, id, nonce);
    }
};

} // namespace medchain::chain

// Bodies of the record transactions: adding an encrypted record, proposing an amendment, the
// patient's answer to it, and the access receipt every read by someone else leaves behind.
#pragma once

#include "chain/FieldCodec.h"

namespace medchain::records {

using chain::Hash;
using chain::IdentityId;
using chain::KeyEnvelope;

/// Sent by an enrolled practitioner. The content is encrypted under a fresh content key
/// (XChaCha20-Poly1305, this body's header fields bound as associated data); the key is sealed
/// to the patient, the author, the author's institution and every active grantee, exactly.
/// The supervision summary is sealed to the health authority. `claims` names the subsidy
/// programs with a diagnosis rule that the author attests this record meets (see
/// wallet::CreateProgram); programs without one pay for a qualifying record unclaimed.
struct AddRecord {
    static constexpr chain::TxType Type = chain::TxType::AddRecord;
    IdentityId patient;
    chain::RecordCategory category = chain::RecordCategory::Encounter;
    qint64 encounterTime = 0; // ms since the Unix epoch
    QByteArray ciphertext;
    QList<KeyEnvelope> envelopes;
    QByteArray supervision;
    QList<Hash> claims; // sorted, no repeats; absent from the encoding when empty

    void encode(codec::CborWriter &writer) const;
    static AddRecord decode(codec::CborReader &reader);
    bool operator==(const AddRecord &) const = default;
};

/// Sent by the record's author: a replacement content, effective only once the patient confirms.
/// Sealed to the same readers as a new record would be today.
struct ProposeAmendment {
    static constexpr chain::TxType Type = chain::TxType::ProposeAmendment;
    Hash record;
    QByteArray ciphertext;
    QList<KeyEnvelope> envelopes;
    QByteArray supervision;

    void encode(codec::CborWriter &writer) const;
    static ProposeAmendment decode(codec::CborReader &reader);
    bool operator==(const ProposeAmendment &) const = default;
};

/// Sent by the patient: confirm (the amendment takes effect) or reject it.
struct AnswerAmendment {
    static constexpr chain::TxType Type = chain::TxType::AnswerAmendment;
    Hash amendment;
    bool accept = false;

    void encode(codec::CborWriter &writer) const;
    static AnswerAmendment decode(codec::CborReader &reader);
    bool operator==(const AnswerAmendment &) const = default;
};

/// Sent by whoever other than the patient read a record: who (the sender), what, when (the
/// transaction time), why, and whether a person or a program read it.
struct AccessReceipt {
    static constexpr chain::TxType Type = chain::TxType::AccessReceipt;
    Hash record;
    QString purpose;
    bool automated = false;

    void encode(codec::CborWriter &writer) const;
    static AccessReceipt decode(codec::CborReader &reader);
    bool operator==(const AccessReceipt &) const = default;
};

} // namespace medchain::records

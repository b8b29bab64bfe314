// Bodies of the consent transactions: grants and their revocation, access requests and their
// refusal, break-glass emergency access, and sharing content keys with an entitled reader.
#pragma once

#include "chain/FieldCodec.h"

#include <optional>

namespace medchain::consent {

using chain::Hash;
using chain::IdentityId;
using chain::RecordKeyShare;

/// What a grant or request covers: everything, some categories, or listed records.
struct AccessScope {
    enum class Kind : quint8 { All = 0, Categories = 1, Records = 2 };
    Kind kind = Kind::All;
    QList<chain::RecordCategory> categories; // sorted, only for Categories
    QList<Hash> records; // sorted, only for Records

    bool covers(const Hash &record, chain::RecordCategory category) const;

    void encode(codec::CborWriter &writer) const;
    static AccessScope decode(codec::CborReader &reader);
    bool operator==(const AccessScope &) const = default;
};

/// Sent by the patient. Shares carry the content keys of existing records in scope, sealed to
/// the grantee; records added later are sealed to the grantee by their authors.
struct GrantAccess {
    static constexpr chain::TxType Type = chain::TxType::GrantAccess;
    IdentityId grantee;
    AccessScope scope;
    qint64 expiry = 0; // ms since the Unix epoch; the grant gives nothing from then on
    QList<RecordKeyShare> shares;
    std::optional<Hash> request; // the access request this grant answers, if any

    void encode(codec::CborWriter &writer) const;
    static GrantAccess decode(codec::CborReader &reader);
    bool operator==(const GrantAccess &) const = default;
};

/// Sent by the patient who made the grant.
struct RevokeGrant {
    static constexpr chain::TxType Type = chain::TxType::RevokeGrant;
    Hash grant;

    void encode(codec::CborWriter &writer) const;
    static RevokeGrant decode(codec::CborReader &reader);
    bool operator==(const RevokeGrant &) const = default;
};

/// Sent by a practitioner or institution asking a patient for access.
struct RequestAccess {
    static constexpr chain::TxType Type = chain::TxType::RequestAccess;
    IdentityId patient;
    AccessScope scope;
    qint64 expiry = 0;
    QString purpose;

    void encode(codec::CborWriter &writer) const;
    static RequestAccess decode(codec::CborReader &reader);
    bool operator==(const RequestAccess &) const = default;
};

/// Sent by the patient to turn a request down.
struct DeclineRequest {
    static constexpr chain::TxType Type = chain::TxType::DeclineRequest;
    Hash request;

    void encode(codec::CborWriter &writer) const;
    static DeclineRequest decode(codec::CborReader &reader);
    bool operator==(const DeclineRequest &) const = default;
};

/// Break-glass: a practitioner reads a patient's records without a grant, for a stated reason.
/// Always receipted, and flagged to the patient and the regulator.
struct EmergencyAccess {
    static constexpr chain::TxType Type = chain::TxType::EmergencyAccess;
    IdentityId patient;
    QString reason;

    void encode(codec::CborWriter &writer) const;
    static EmergencyAccess decode(codec::CborReader &reader);
    bool operator==(const EmergencyAccess &) const = default;
};

/// Content keys sealed to a reader who is entitled to them (an active grant or emergency access).
/// Sent by the patient, or by the authoring institution, which keeps custody of its records' keys.
struct ShareKeys {
    static constexpr chain::TxType Type = chain::TxType::ShareKeys;
    IdentityId recipient;
    QList<RecordKeyShare> shares;

    void encode(codec::CborWriter &writer) const;
    static ShareKeys decode(codec::CborReader &reader);
    bool operator==(const ShareKeys &) const = default;
};

} // namespace medchain::consent

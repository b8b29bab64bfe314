// How medchain-cli writes chain values for people and scripts: hex keys and hashes, stable
// names for roles, institution kinds and transaction types, and UTC times.
#pragma once

#include "chain/ChainTypes.h"

#include <QString>

#include <optional>

namespace medchain::cli {

QString hex(const chain::Hash &hash);
QString hex(const chain::IdentityId &id);
/// 64 hex digits, or nothing.
std::optional<chain::Hash> parseHash(const QString &text);
std::optional<chain::IdentityId> parseIdentity(const QString &text);

/// Stable, untranslated names, as JSON carries them: "authority", "institution"…
QString roleName(chain::Role role);
/// "hospital", "clinic", "laboratory", "payment-gateway", "trial-sponsor", "regulator-office",
/// "fund-manager".
QString kindName(chain::InstitutionKind kind);
std::optional<chain::InstitutionKind> parseKind(const QString &text);
/// The C++ enumerator's name: "EnrollInstitution", "AddRecord"…
QString txTypeName(chain::TxType type);

/// ISO 8601 in UTC with milliseconds, e.g. "2026-09-21T08:00:00.000Z".
QString isoTime(qint64 msSinceEpoch);

} // namespace medchain::cli

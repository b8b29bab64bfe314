// Fabricated network health and administration directories for the Network and Administration
// tabs' tests: a small network of named institutions, practitioners, nodes and programs.
// Test support only.
#pragma once

#include "client/AdminTypes.h"

#include <cstdint>

namespace medchain::testing::admin {

inline client::IdentityId id(int n)
{
    client::IdentityId made;
    made.bytes.fill(std::uint8_t(n));
    return made;
}

inline client::Party party(int n, chain::Role role, const QString &name,
                           const QString &institution = {}, bool revoked = false)
{
    client::Party made;
    made.id = id(n);
    made.role = role;
    made.name = name;
    made.institution = institution;
    made.regionCode = QStringLiteral("340104");
    made.revoked = revoked;
    return made;
}

inline client::Party institution(int n, const QString &name, chain::InstitutionKind kind,
                                 bool revoked = false)
{
    client::Party made = party(n, chain::Role::Institution, name, {}, revoked);
    made.kind = kind;
    return made;
}

inline client::Party node(int n, const QString &name, const QString &institution,
                          bool revoked = false)
{
    return party(n, chain::Role::Node, name, institution, revoked);
}

/// Three validator nodes (power 1 each) of two hospitals, and a fourth node that validates not.
inline client::AdminDirectory directory()
{
    const QString first = QStringLiteral("合肥市第一人民医院");
    const QString second = QStringLiteral("芜湖市第二人民医院");
    client::AdminDirectory made;
    made.institutions = {
        institution(1, first, chain::InstitutionKind::Hospital),
        institution(2, second, chain::InstitutionKind::Hospital),
        institution(3, QStringLiteral("Closed Clinic"), chain::InstitutionKind::Clinic, true),
    };
    made.practitioners = {
        party(11, chain::Role::Practitioner, QStringLiteral("李伟"), first),
        party(12, chain::Role::Practitioner, QStringLiteral("王芳"), second, true),
    };
    made.nodes = {
        node(21, QStringLiteral("node-a"), first),
        node(22, QStringLiteral("node-b"), first),
        node(23, QStringLiteral("node-c"), second),
        node(24, QStringLiteral("node-d"), second),
        node(25, QStringLiteral("node-gone"), second, true),
    };
    made.validators = {{id(21), 1}, {id(22), 1}, {id(23), 1}};
    client::ProgramEntry program;
    program.id.bytes.fill(0x51);
    program.owner = party(9, chain::Role::Authority, QStringLiteral("Health Authority"));
    program.name = QStringLiteral("糖尿病随访补贴");
    program.category = chain::RecordCategory::Encounter;
    program.codes = {QStringLiteral("E10"), QStringLiteral("E11")};
    program.amountPerEvent = 2'000;
    program.capPerPatient = 10'000;
    program.pool = 48'000;
    program.height = 40;
    made.programs = {program};
    made.balance = 1'000'000;
    return made;
}

inline client::ValidatorHealth validator(const client::Party &node, quint64 lastSigned,
                                         bool connected = false, quint64 peerHeight = 0)
{
    client::ValidatorHealth made;
    made.node = node;
    made.power = 1;
    made.lastSigned = lastSigned;
    made.lastSignedTime = lastSigned == 0 ? 0 : 1'767'196'800'000 + qint64(lastSigned) * 1000;
    made.lastProposed = lastSigned;
    made.connected = connected;
    made.peerHeight = peerHeight;
    return made;
}

/// At height 100: node-a signs at the tip (this node), node-b lags (signed 80), node-c is silent
/// but connected at 99; node-d (no validator) is a peer at 100.
inline client::NetworkHealth health()
{
    const client::AdminDirectory names = directory();
    client::NetworkHealth made;
    made.height = 100;
    made.tipTime = 1'767'196'800'000 + 100'000;
    made.tipHash.bytes.fill(0xab);
    made.scanned = 100;
    made.validators = {validator(names.nodes[0], 100), validator(names.nodes[1], 80),
                       validator(names.nodes[2], 0, true, 99)};
    made.peers = {{names.nodes[2], true, 99, 12}, {names.nodes[3], false, 100, 40}};
    return made;
}

} // namespace medchain::testing::admin

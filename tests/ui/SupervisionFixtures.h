// Fabricated supervision findings and record trails for the regulator's Findings and Trace tests:
// one finding of each rule as the small demo's rule breakers make them, and a trail with every
// kind of event. Test support only.
#pragma once

#include "client/SurveillanceTypes.h"

#include <QDate>
#include <QStringList>

namespace medchain::testing {

constexpr qint64 kTrailStart = 1'767'196'800'000; // 2026-01-01 00:00 China time
constexpr qint64 kTrailHour = 60 * 60 * 1000;

inline client::Party fabricatedParty(int n, chain::Role role, const QString &name)
{
    client::Party made;
    made.id.bytes.fill(std::uint8_t(n));
    made.role = role;
    made.name = name;
    return made;
}

inline client::Hash fabricatedHash(int n)
{
    client::Hash hash;
    hash.bytes.fill(std::uint8_t(n));
    return hash;
}

inline client::SupervisionFinding finding(client::SupervisionRule rule, const QDate &day,
                                          const char *subject, qint64 value, qint64 limit,
                                          int record)
{
    client::SupervisionFinding made;
    made.rule = rule;
    made.record = fabricatedHash(record);
    made.day = day;
    made.practitioner
        = fabricatedParty(10 + record, chain::Role::Practitioner, QStringLiteral("李伟"));
    made.practitioner.institution = QStringLiteral("合肥市第一人民医院");
    made.institution
        = fabricatedParty(30, chain::Role::Institution, QStringLiteral("合肥市第一人民医院"));
    made.institution.kind = chain::InstitutionKind::Hospital;
    made.subject = QLatin1String(subject);
    made.value = value;
    made.limit = limit;
    return made;
}

/// The small demo's rule breakers, in the order the session gives them (newest first).
inline QList<client::SupervisionFinding> demoFindings()
{
    using client::SupervisionRule;
    const QDate first(2026, 1, 1);
    return {
        finding(SupervisionRule::RepeatedExam, first.addDays(105), "CBC", 4, 30, 1),
        finding(SupervisionRule::Expense, first.addDays(102), "J20", 200'000, 4500, 2),
        finding(SupervisionRule::Overdose, first.addDays(100), "N02BE01", 3'000'000, 2'000'000, 3)};
}

inline client::TrailEvent trailEvent(client::TrailEvent::Kind kind, qint64 time, int who,
                                     const QString &name, const QString &detail = {})
{
    return {kind, fabricatedHash(100 + int(kind)), time,
            fabricatedParty(who, chain::Role::Practitioner, name), detail};
}

/// A verified record with every kind of event, given in no particular order.
inline client::RecordTrail fabricatedTrail()
{
    using Kind = client::TrailEvent::Kind;
    client::RecordTrail trail;
    trail.record = fabricatedHash(100 + int(Kind::Created));
    trail.patient
        = fabricatedParty(1, chain::Role::Patient, QStringLiteral("patient-0101010101010101"));
    trail.author = fabricatedParty(2, chain::Role::Practitioner, QStringLiteral("李伟"));
    trail.institution
        = fabricatedParty(3, chain::Role::Institution, QStringLiteral("合肥市第一人民医院"));
    trail.category = chain::RecordCategory::Laboratory;
    trail.encounterTime = kTrailStart + 9 * kTrailHour;
    trail.proof.transaction = trail.record;
    trail.proof.verified = true;
    trail.proof.height = 42;
    trail.proof.blockTime = kTrailStart + 10 * kTrailHour;
    trail.proof.signer = QStringLiteral("李伟");
    trail.proof.validators = {QStringLiteral("validator-1"), QStringLiteral("validator-2")};
    trail.events = {
        trailEvent(Kind::Read, kTrailStart + 30 * kTrailHour, 4, QStringLiteral("王芳"),
                   QStringLiteral("复诊")),
        trailEvent(Kind::Created, kTrailStart + 10 * kTrailHour, 2, QStringLiteral("李伟")),
        trailEvent(Kind::AmendmentProposed, kTrailStart + 20 * kTrailHour, 2,
                   QStringLiteral("李伟")),
        trailEvent(Kind::AmendmentConfirmed, kTrailStart + 21 * kTrailHour, 1,
                   QStringLiteral("patient-0101010101010101")),
        trailEvent(Kind::EmergencyDeclared, kTrailStart + 40 * kTrailHour, 5,
                   QStringLiteral("张敏"), QStringLiteral("患者昏迷")),
        trailEvent(Kind::EmergencyRead, kTrailStart + 41 * kTrailHour, 5, QStringLiteral("张敏"),
                   QStringLiteral("急诊抢救")),
    };
    return trail;
}

} // namespace medchain::testing

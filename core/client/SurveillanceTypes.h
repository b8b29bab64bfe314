// What the regulator's dashboards show, as plain values: case counts by day, region and disease
// from the supervision summaries sealed to the authority, outbreak alerts and break-glass reads.
#pragma once

#include "client/ClientTypes.h"

#include <QDate>
#include <QList>
#include <QString>

namespace medchain::client {

/// How outbreak alerts are computed (docs/outbreak-detection.md).
enum class AlertMethod { C1, C2, C3, Cusum };

/// One view of the surveillance data. Days are calendar days in China time (UTC+8).
struct SurveillanceQuery {
    QDate from; // inclusive; invalid: a year (365 days) up to `to`
    QDate to; // inclusive; invalid: the day of the newest summary
    /// A region code of the catalog: the province ("340000"), a city ("340100") or a district
    /// ("340104"); empty for the whole network.
    QString region;
    int chapter = 0; // ICD-10 chapter 1–22; 0 for every disease
    QString category; // a three-character ICD-10 category within the chapter ("J10"); empty: all
    AlertMethod method = AlertMethod::C2;
    int repeatExamDays = 30; // the repeated-exam rule's window; 0 turns it off
};

struct DayCount {
    QDate day;
    qint64 cases = 0;
};

/// Cases of one region, chapter or category in the query's window.
struct GroupCount {
    QString key; // a region code, a chapter number ("10") or a category ("J10")
    qint64 cases = 0;
};

/// A day on which a disease category's daily count in a district rose above what the method
/// expects from its baseline.
struct OutbreakAlert {
    QString category; // "J10"
    QString region; // a district code
    QDate day;
    AlertMethod method = AlertMethod::C2;
    qint64 cases = 0;
    double expected = 0; // the baseline mean
    double statistic = 0; // the method's statistic (C3: the sum; CUSUM: S)
    double threshold = 0;
};

enum class SupervisionRule {
    Overdose, // a prescription's daily dose above the drug's maximum
    RepeatedExam, // the same patient had the same exam within the query's window before
    Expense, // fees far above the other records of the same diagnosis
};

/// A record that breaks a supervision rule, with who wrote it where; the record's id leads to
/// its evidence (Session::loadEvidence).
struct SupervisionFinding {
    SupervisionRule rule = SupervisionRule::Overdose;
    Hash record;
    QDate day;
    Party practitioner;
    Party institution;
    QString subject; // the drug (ATC), the exam code or the diagnosis category
    qint64 value = 0; // daily dose (µg), days since the earlier exam, fees (fen)
    qint64 limit = 0; // maximum daily dose (µg), the window (days), the peers' limit (fen)
};

/// A practitioner's break-glass access, as the chain recorded it.
struct EmergencyEntry {
    Hash transaction;
    qint64 time = 0; // the block's
    Party practitioner; // with their institution
    Party patient; // by pseudonym
    QString reason;
};

/// One step in a record's life as the chain recorded it.
struct TrailEvent {
    enum class Kind {
        Created, // the author's AddRecord
        AmendmentProposed, // by the author; pending until the patient answers
        AmendmentConfirmed, // the patient's answer: the amendment is the version in force
        AmendmentRejected,
        Read, // an access receipt
        EmergencyRead, // a receipt of a read without a grant (break-glass)
        EmergencyDeclared, // a practitioner's break-glass declaration for the patient
    };
    Kind kind = Kind::Created;
    Hash transaction; // its evidence can be exported (Session::loadEvidence)
    qint64 time = 0; // the block's; a receipt's own time of reading
    Party who;
    QString detail; // a read's purpose, an emergency's reason
};

/// Everything the chain says about one record, for a dispute: no content, which only those it
/// is sealed to can read.
struct RecordTrail {
    Hash record;
    Party patient;
    Party author;
    Party institution;
    chain::RecordCategory category = chain::RecordCategory::Encounter;
    qint64 encounterTime = 0;
    IntegrityProof proof; // of the AddRecord, verified as an offline verifier would
    QList<TrailEvent> events; // oldest first
};

struct SurveillanceSnapshot {
    SurveillanceQuery query; // with from and to resolved
    quint64 height = 0; // the chain height the summaries have been read up to
    qint64 summaries = 0; // read in all (every day, region and disease)
    qint64 unreadable = 0; // not sealed to this identity's key, or damaged
    QList<DayCount> byDay; // every day of the window, zero days included
    QList<GroupCount> byRegion; // the regions one level below query.region, most cases first
    QList<GroupCount> byChapter; // most cases first
    QList<GroupCount> byCategory; // within query.chapter (all chapters when 0), most cases first
    QList<EmergencyEntry> emergencies; // in the window, newest first
};

} // namespace medchain::client

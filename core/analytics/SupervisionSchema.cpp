// The supervision store's tables, version by version (storage::Schema): a shipped version is
// never edited; a change appends one, and may read the chain again (the store is a cache).
#include "analytics/SupervisionStoreImpl.h"

#include "storage/Schema.h"

namespace medchain::analytics {

namespace {

// records: the facts of each record's version in force (codes separated by spaces); summary is
// the decoded SupervisionSummary's encoding, kept for the supervision rules.
const char kVersion1[] = R"SQL(
CREATE TABLE progress(
    id INTEGER PRIMARY KEY CHECK(id = 1), height INTEGER NOT NULL, summaries INTEGER NOT NULL,
    unreadable INTEGER NOT NULL);
INSERT INTO progress VALUES(1, 0, 0, 0);
CREATE TABLE records(
    record BLOB PRIMARY KEY, day INTEGER NOT NULL, region TEXT NOT NULL, author BLOB NOT NULL,
    codes TEXT NOT NULL, summary BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE amendments(
    amendment BLOB PRIMARY KEY, record BLOB NOT NULL, summary BLOB) WITHOUT ROWID;
CREATE TABLE cases(
    day INTEGER NOT NULL, region TEXT NOT NULL, category TEXT NOT NULL, cases INTEGER NOT NULL,
    PRIMARY KEY(day, region, category)) WITHOUT ROWID;
CREATE INDEX cases_by_category ON cases(category, day);
CREATE TABLE emergencies(
    tx BLOB PRIMARY KEY, time INTEGER NOT NULL, practitioner BLOB NOT NULL,
    patient BLOB NOT NULL, reason TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX emergencies_by_time ON emergencies(time);
)SQL";

// Version 2: what the supervision rules and the tracing read: answers are the patients' answers
// to amendments (the chain's state keeps only the outcome). daily is a prescription's daily dose
// (µg), max_daily the drug's maximum (0 when unknown); fen a record's fees. Stores made before are
// read again from the first block.
const char kVersion2[] = R"SQL(
CREATE TABLE prescriptions(
    record BLOB NOT NULL, day INTEGER NOT NULL, drug TEXT NOT NULL, daily INTEGER NOT NULL,
    max_daily INTEGER NOT NULL);
CREATE INDEX prescriptions_by_record ON prescriptions(record);
CREATE INDEX overdoses ON prescriptions(day) WHERE max_daily > 0 AND daily > max_daily;
CREATE TABLE exams(
    record BLOB NOT NULL, pseudonym BLOB NOT NULL, day INTEGER NOT NULL, code TEXT NOT NULL);
CREATE INDEX exams_by_record ON exams(record);
CREATE INDEX exams_by_patient ON exams(pseudonym, code, day);
CREATE INDEX exams_by_day ON exams(day);
CREATE TABLE expenses(
    record BLOB PRIMARY KEY, day INTEGER NOT NULL, category TEXT NOT NULL,
    fen INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX expenses_by_day ON expenses(day);
CREATE TABLE answers(
    amendment BLOB PRIMARY KEY, tx BLOB NOT NULL, accept INTEGER NOT NULL,
    time INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX emergencies_by_patient ON emergencies(patient, time);
ALTER TABLE records ADD COLUMN facility BLOB;
DELETE FROM records;
DELETE FROM amendments;
DELETE FROM cases;
DELETE FROM emergencies;
UPDATE progress SET height = 0, summaries = 0, unreadable = 0;
)SQL";

// Version 3: the dashboard's totals kept as the cases are, so its first load reads a few
// thousand rows rather than every (day, district, disease) cell (docs/performance.md):
// region_days sums every disease per district and day, province_days every district per
// province, day and category. cases_by_region serves a district's or city's disease counts.
const char kVersion3[] = R"SQL(
CREATE TABLE region_days(
    day INTEGER NOT NULL, region TEXT NOT NULL, cases INTEGER NOT NULL,
    PRIMARY KEY(day, region)) WITHOUT ROWID;
CREATE TABLE province_days(
    day INTEGER NOT NULL, region TEXT NOT NULL, category TEXT NOT NULL, cases INTEGER NOT NULL,
    PRIMARY KEY(day, region, category)) WITHOUT ROWID;
CREATE INDEX cases_by_region ON cases(region, day);
INSERT INTO region_days SELECT day, region, SUM(cases) FROM cases GROUP BY day, region;
INSERT INTO province_days SELECT day, substr(region, 1, 2), category, SUM(cases) FROM cases
    GROUP BY day, substr(region, 1, 2), category;
)SQL";

// Version 4: the rules' tables carry the record's district, author and institution, so judging
// them reads no records row; records no longer keeps the summary's encoding, which nothing read
// and which made the file several times larger than its figures. Read again from the first block.
const char kVersion4[] = R"SQL(
DROP TABLE records;
CREATE TABLE records(
    record BLOB PRIMARY KEY, day INTEGER NOT NULL, region TEXT NOT NULL, author BLOB NOT NULL,
    codes TEXT NOT NULL, facility BLOB NOT NULL) WITHOUT ROWID;
DROP TABLE prescriptions;
CREATE TABLE prescriptions(
    record BLOB NOT NULL, day INTEGER NOT NULL, region TEXT NOT NULL, author BLOB NOT NULL,
    facility BLOB NOT NULL, drug TEXT NOT NULL, daily INTEGER NOT NULL,
    max_daily INTEGER NOT NULL);
CREATE INDEX prescriptions_by_record ON prescriptions(record);
CREATE INDEX overdoses ON prescriptions(day) WHERE max_daily > 0 AND daily > max_daily;
DROP TABLE exams;
CREATE TABLE exams(
    record BLOB NOT NULL, pseudonym BLOB NOT NULL, day INTEGER NOT NULL, region TEXT NOT NULL,
    author BLOB NOT NULL, facility BLOB NOT NULL, code TEXT NOT NULL);
CREATE INDEX exams_by_record ON exams(record);
CREATE INDEX exams_by_patient ON exams(pseudonym, code, day);
CREATE INDEX exams_by_day ON exams(day);
DROP TABLE expenses;
CREATE TABLE expenses(
    record BLOB PRIMARY KEY, day INTEGER NOT NULL, region TEXT NOT NULL, author BLOB NOT NULL,
    facility BLOB NOT NULL, category TEXT NOT NULL, fen INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX expenses_by_day ON expenses(day);
DELETE FROM amendments;
DELETE FROM answers;
DELETE FROM cases;
DELETE FROM region_days;
DELETE FROM province_days;
DELETE FROM emergencies;
UPDATE progress SET height = 0, summaries = 0, unreadable = 0;
)SQL";

} // namespace

const storage::Schema &supervisionSchema()
{
    static const storage::Schema instance({{1, QByteArray(kVersion1)},
                                           {2, QByteArray(kVersion2)},
                                           {3, QByteArray(kVersion3)},
                                           {4, QByteArray(kVersion4)}});
    return instance;
}

} // namespace medchain::analytics

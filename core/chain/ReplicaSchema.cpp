#include "chain/ReplicaSchema.h"

namespace medchain::chain {

namespace {
// Version 1. Ids, keys and hashes are 32-byte blobs; times are ms since the Unix epoch.
const char kVersion1[] = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE blocks(
    height INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE, time INTEGER NOT NULL,
    header BLOB NOT NULL, last_commit BLOB, commit_certificate BLOB NOT NULL);
-- Rows go in commit order (rowid tables append); only the small indexes take random keys.
CREATE TABLE transactions(
    height INTEGER NOT NULL, position INTEGER NOT NULL, hash BLOB NOT NULL,
    type INTEGER NOT NULL, sender BLOB NOT NULL, time INTEGER NOT NULL, bytes BLOB NOT NULL);
CREATE UNIQUE INDEX transactions_by_hash ON transactions(hash);
CREATE UNIQUE INDEX transactions_by_position ON transactions(height, position);
CREATE TABLE validator_sets(hash BLOB PRIMARY KEY, validators BLOB NOT NULL) WITHOUT ROWID;
CREATE INDEX transactions_by_sender ON transactions(sender, height);
CREATE TABLE identities(
    id BLOB PRIMARY KEY, role INTEGER NOT NULL, kind INTEGER, parent BLOB NOT NULL,
    name TEXT NOT NULL, region TEXT NOT NULL, licence TEXT NOT NULL, specialty TEXT NOT NULL,
    encryption_key BLOB NOT NULL, national_id_hash BLOB, certificate BLOB NOT NULL,
    nonce INTEGER NOT NULL, enrolled_height INTEGER NOT NULL, revoked INTEGER NOT NULL)
    WITHOUT ROWID;
CREATE INDEX identities_by_national_id ON identities(national_id_hash)
    WHERE national_id_hash IS NOT NULL;
CREATE INDEX identities_by_parent ON identities(parent);
CREATE TABLE validators(node BLOB PRIMARY KEY, power INTEGER NOT NULL) WITHOUT ROWID;
-- keys: the first version's envelopes, recipient (32 bytes) || sealed key (80) each, kept in the
-- appended row so a new record adds no random-key rows; later keys go to record_keys.
CREATE TABLE records(
    id BLOB NOT NULL UNIQUE, patient BLOB NOT NULL, author BLOB NOT NULL,
    institution BLOB NOT NULL, category INTEGER NOT NULL, encounter_time INTEGER NOT NULL,
    height INTEGER NOT NULL, current_version BLOB NOT NULL, keys BLOB NOT NULL);
CREATE INDEX records_by_patient ON records(patient, encounter_time);
-- Keys shared after the fact (grants, ShareKeys) and amendment versions' envelopes.
CREATE TABLE record_keys(
    content BLOB NOT NULL, recipient BLOB NOT NULL, sealed_key BLOB NOT NULL,
    PRIMARY KEY(content, recipient)) WITHOUT ROWID;
CREATE TABLE amendments(
    id BLOB PRIMARY KEY, record BLOB NOT NULL, author BLOB NOT NULL, status INTEGER NOT NULL,
    height INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX amendments_by_record ON amendments(record, status);
CREATE TABLE grants(
    id BLOB PRIMARY KEY, patient BLOB NOT NULL, grantee BLOB NOT NULL, scope BLOB NOT NULL,
    expiry INTEGER NOT NULL, height INTEGER NOT NULL, revoked INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX grants_by_patient ON grants(patient, revoked, expiry);
CREATE INDEX grants_by_grantee ON grants(grantee);
CREATE TABLE requests(
    id BLOB PRIMARY KEY, patient BLOB NOT NULL, requester BLOB NOT NULL, scope BLOB NOT NULL,
    expiry INTEGER NOT NULL, purpose TEXT NOT NULL, status INTEGER NOT NULL,
    height INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX requests_by_patient ON requests(patient, status);
CREATE TABLE emergencies(
    id BLOB PRIMARY KEY, patient BLOB NOT NULL, practitioner BLOB NOT NULL, reason TEXT NOT NULL,
    start INTEGER NOT NULL, expiry INTEGER NOT NULL, height INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX emergencies_by_patient ON emergencies(patient, practitioner, expiry);
CREATE TABLE receipts(
    id BLOB PRIMARY KEY, record BLOB NOT NULL, reader BLOB NOT NULL, patient BLOB NOT NULL,
    time INTEGER NOT NULL, purpose TEXT NOT NULL, automated INTEGER NOT NULL,
    emergency INTEGER NOT NULL, height INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX receipts_by_patient ON receipts(patient, time);
)SQL";
} // namespace

const storage::Schema &replicaSchema()
{
    static const storage::Schema schema({{1, QByteArray(kVersion1)}});
    return schema;
}

} // namespace medchain::chain

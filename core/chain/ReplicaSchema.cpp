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

// Version 2: the wallet. Amounts are integer fen.
const char kVersion2[] = R"SQL(
-- An account is an identity, a subsidy program's pool or a fund's assets (ids never collide).
CREATE TABLE accounts(id BLOB PRIMARY KEY, balance INTEGER NOT NULL) WITHOUT ROWID;
-- Statement lines in execution order; the index keeps each account's lines in that order.
CREATE TABLE entries(
    account BLOB NOT NULL, delta INTEGER NOT NULL, balance INTEGER NOT NULL,
    kind INTEGER NOT NULL, counterparty BLOB NOT NULL, subject BLOB NOT NULL,
    shares INTEGER NOT NULL, tx BLOB NOT NULL, height INTEGER NOT NULL);
CREATE INDEX entries_by_account ON entries(account);
CREATE TABLE payments(
    gateway BLOB NOT NULL, reference TEXT NOT NULL, kind INTEGER NOT NULL, account BLOB NOT NULL,
    amount INTEGER NOT NULL, tx BLOB NOT NULL, height INTEGER NOT NULL,
    PRIMARY KEY(gateway, kind, reference, account)) WITHOUT ROWID;
CREATE TABLE invoices(
    id BLOB PRIMARY KEY, institution BLOB NOT NULL, patient BLOB NOT NULL,
    fee_type INTEGER NOT NULL, amount INTEGER NOT NULL, encounter BLOB, status INTEGER NOT NULL,
    settlement BLOB, height INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX invoices_by_patient ON invoices(patient, status);
-- codes: the rule's ICD-10 codes separated by spaces.
CREATE TABLE programs(
    id BLOB PRIMARY KEY, owner BLOB NOT NULL, name TEXT NOT NULL, category INTEGER,
    codes TEXT NOT NULL, amount_per_event INTEGER NOT NULL, cap_per_patient INTEGER NOT NULL,
    height INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE beneficiaries(
    program BLOB NOT NULL, patient BLOB NOT NULL, paid INTEGER NOT NULL, height INTEGER NOT NULL,
    PRIMARY KEY(program, patient)) WITHOUT ROWID;
CREATE INDEX beneficiaries_by_patient ON beneficiaries(patient);
CREATE TABLE subsidies(
    record BLOB NOT NULL, program BLOB NOT NULL, patient BLOB NOT NULL, amount INTEGER NOT NULL,
    status INTEGER NOT NULL, height INTEGER NOT NULL, PRIMARY KEY(record, program)) WITHOUT ROWID;
CREATE INDEX subsidies_by_patient ON subsidies(patient);
CREATE TABLE funds(
    id BLOB PRIMARY KEY, issuer BLOB NOT NULL, name TEXT NOT NULL, total_shares INTEGER NOT NULL,
    last_yield_day INTEGER NOT NULL, height INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE holdings(
    fund BLOB NOT NULL, holder BLOB NOT NULL, shares INTEGER NOT NULL,
    PRIMARY KEY(fund, holder)) WITHOUT ROWID;
CREATE INDEX holdings_by_holder ON holdings(holder);
CREATE TABLE yields(
    fund BLOB NOT NULL, day INTEGER NOT NULL, rate_ppb INTEGER NOT NULL, amount INTEGER NOT NULL,
    assets_before INTEGER NOT NULL, total_shares INTEGER NOT NULL, height INTEGER NOT NULL,
    PRIMARY KEY(fund, day)) WITHOUT ROWID;
)SQL";

// Version 3: validators' double votes recorded by ReportEquivocation. kind is the votes' kind
// (1 prevote, 2 precommit); evidence is the canonical EquivocationEvidence encoding. Rows append
// in execution order, so the newest is the last rowid.
const char kVersion3[] = R"SQL(
CREATE TABLE equivocations(
    validator BLOB NOT NULL, height INTEGER NOT NULL, round INTEGER NOT NULL,
    kind INTEGER NOT NULL, reporter BLOB NOT NULL, evidence BLOB NOT NULL,
    block_height INTEGER NOT NULL);
CREATE UNIQUE INDEX equivocations_by_slot ON equivocations(validator, height, round, kind);
)SQL";

// Version 4: a desk lists the invoices its institution issued.
const char kVersion4[] = R"SQL(
CREATE INDEX invoices_by_institution ON invoices(institution, height);
)SQL";
} // namespace

const storage::Schema &replicaSchema()
{
    static const storage::Schema schema({{1, QByteArray(kVersion1)},
                                         {2, QByteArray(kVersion2)},
                                         {3, QByteArray(kVersion3)},
                                         {4, QByteArray(kVersion4)}});
    return schema;
}

} // namespace medchain::chain

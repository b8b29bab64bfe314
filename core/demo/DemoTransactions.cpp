#include "demo/DemoTransactions.h"

#include "chain/Transaction.h"
#include "consent/ConsentTx.h"
#include "demo/WalletTransactions.h"
#include "records/Pseudonym.h"
#include "records/RecordCrypto.h"
#include "records/RecordTx.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace medchain::demo {

using chain::Hash;
using chain::IdentityId;
using chain::RecordCategory;

namespace {

struct Who {
    enum class Kind : quint8 { Patient, Practitioner, Institution, Authority };
    Kind kind = Kind::Patient;
    int index = 0;
};

Who whoHolds(const Account &account)
{
    switch (account.kind) {
    case Account::Kind::Patient:
        return {Who::Kind::Patient, account.index};
    case Account::Kind::Institution:
        return {Who::Kind::Institution, account.index};
    case Account::Kind::Authority:
        break;
    }
    return {Who::Kind::Authority, 0};
}

Who readerOf(int practitioner, int institution)
{
    return practitioner >= 0 ? Who {Who::Kind::Practitioner, practitioner}
                             : Who {Who::Kind::Institution, institution};
}

/// A record version's keys as the chain holds them: who has an envelope, and the two the
/// demo reseals from (the patient's, for grants; the authoring institution's, for custody).
struct Version {
    Hash id;
    QList<IdentityId> holders;
    QByteArray patientKey;
    QByteArray custodyKey;
};

struct RecordState {
    int patient = 0;
    int author = 0;
    int institution = 0;
    RecordCategory category = RecordCategory::Encounter;
    qint64 encounterTime = 0;
    Hash id;
    Version current;
};

struct AmendmentState {
    int record = 0;
    Version version;
};

struct GrantState {
    Hash id;
    IdentityId grantee;
    crypto::X25519PublicKey granteeKey;
    QList<RecordCategory> categories; // empty: all
    qint64 expiry = 0;
    bool revoked = false;

    bool activeFor(RecordCategory category, qint64 at) const
    {
        return !revoked && expiry > at && (categories.isEmpty() || categories.contains(category));
    }
};

QByteArray sealedKeyFor(const QList<chain::KeyEnvelope> &envelopes, const IdentityId &who)
{
    for (const chain::KeyEnvelope &envelope : envelopes)
        if (envelope.recipient == who)
            return envelope.sealedKey;
    return {};
}

} // namespace

struct DemoTransactions::Model {
    Model(const Scenario &s, const DemoKeys &k, const DemoParties &p, const chain::Genesis &g)
        : scenario(s),
          keys(k),
          parties(p),
          genesis(g),
          registrationKey(k.registrationKey()),
          grantsOfPatient(size_t(s.patients.size())),
          recordsOfPatient(size_t(s.patients.size())),
          wallet(
              s, p,
              [this](const Account &sender, chain::TxBody body, qint64 time) {
                  return sign(whoHolds(sender), std::move(body), time);
              },
              [this](int record) { return records[size_t(record)].id; })
    {
    }

    const Scenario &scenario;
    const DemoKeys &keys;
    const DemoParties &parties;
    const chain::Genesis &genesis;
    crypto::SecureBuffer registrationKey;

    std::map<IdentityId, quint64> nonces;
    // Signing keys, derived on first use (see keysOf()).
    std::map<std::pair<int, int>, std::unique_ptr<identity::IdentityKeys>> keyCache;
    std::pair<int, std::unique_ptr<identity::IdentityKeys>> lastPatient {-1, nullptr};
    std::vector<RecordState> records; // in RecordEvent order, which is schedule order
    QHash<int, AmendmentState> amendments; // by event index
    QHash<int, Hash> requests; // by event index
    QHash<int, int> grantOfEvent; // GrantEvent event index -> grants
    std::vector<GrantState> grants;
    std::vector<std::vector<int>> grantsOfPatient;
    std::vector<std::vector<int>> recordsOfPatient;
    WalletTransactions wallet;

    const Party &party(Who who) const
    {
        switch (who.kind) {
        case Who::Kind::Patient:
            return parties.patients[who.index];
        case Who::Kind::Practitioner:
            return parties.practitioners[who.index];
        case Who::Kind::Institution:
            return parties.institutions[who.index];
        case Who::Kind::Authority:
            break;
        }
        return parties.authority;
    }

    const identity::IdentityKeys &keysOf(Who who)
    {
        // Keys live in guarded memory, a few mappings each, and the kernel allows a process
        // ~65,000 mappings: institutions' and practitioners' keys (thousands) stay, a
        // patient's are derived when needed and kept only until the next patient's.
        if (who.kind == Who::Kind::Patient) {
            if (!lastPatient.second || lastPatient.first != who.index)
                lastPatient = {who.index,
                               std::make_unique<identity::IdentityKeys>(
                                   keys.keys(DemoKeys::Kind::Patient, who.index))};
            return *lastPatient.second;
        }
        auto &slot = keyCache[{int(who.kind), who.index}];
        if (!slot)
            slot = std::make_unique<identity::IdentityKeys>(
                keys.keys(who.kind == Who::Kind::Practitioner      ? DemoKeys::Kind::Practitioner
                              : who.kind == Who::Kind::Institution ? DemoKeys::Kind::Institution
                                                                   : DemoKeys::Kind::Authority,
                          who.index));
        return *slot;
    }

    QByteArray sign(Who sender, chain::TxBody body, qint64 time)
    {
        const identity::IdentityKeys &signer = keysOf(sender);
        return chain::Transaction::signAndEncode(genesis.chainId, ++nonces[signer.id()], time,
                                                 std::move(body), signer.signing);
    }

    /// Exactly the readers the record rules require at blockTime, sorted by identity.
    QList<records::Reader> readersFor(int patient, int author, RecordCategory category,
                                      qint64 blockTime) const
    {
        const int institution = scenario.practitioners[author].institution;
        QList<records::Reader> readers;
        for (const Party *p : {&parties.patients[patient], &parties.practitioners[author],
                               &parties.institutions[institution]})
            readers.append({p->id, p->encryption});
        for (int g : grantsOfPatient[size_t(patient)]) {
            const GrantState &grant = grants[size_t(g)];
            if (grant.activeFor(category, blockTime))
                readers.append({grant.grantee, grant.granteeKey});
        }
        std::sort(readers.begin(), readers.end(),
                  [](const auto &a, const auto &b) { return a.identity < b.identity; });
        readers.erase(
            std::unique(readers.begin(), readers.end(),
                        [](const auto &a, const auto &b) { return a.identity == b.identity; }),
            readers.end());
        return readers;
    }

    QByteArray summaryFor(int patient, int institution, const records::RecordContent &content,
                          qint64 encounterTime) const
    {
        const PatientSpec &spec = scenario.patients[patient];
        records::SupervisionSummary summary = records::SupervisionSummary::of(
            content, spec.regionCode, encounterTime,
            parties.institutions[institution].id.toByteArray(),
            records::supervisionPseudonym(registrationKey, parties.patients[patient].id));
        summary.patientBirthYear = spec.birthYear;
        summary.patientSex = spec.sex;
        return summary.encode();
    }

    /// Seals content to readers; the version's id is filled in once the transaction is signed.
    std::pair<records::SealedRecord, Version> seal(const RecordState &r,
                                                   const records::RecordContent &content,
                                                   std::optional<Hash> amends, qint64 blockTime)
    {
        const records::RecordHeader header {genesis.chainId,
                                            parties.patients[r.patient].id,
                                            parties.practitioners[r.author].id,
                                            r.category,
                                            r.encounterTime,
                                            amends};
        const QList<records::Reader> readers
            = readersFor(r.patient, r.author, r.category, blockTime);
        records::SealedRecord sealed = records::RecordCrypto::seal(
            content.encode(), header, readers,
            summaryFor(r.patient, r.institution, content, r.encounterTime),
            genesis.authorityEncryptionKey);
        Version version;
        for (const records::Reader &reader : readers)
            version.holders.append(reader.identity);
        version.patientKey = sealedKeyFor(sealed.envelopes, parties.patients[r.patient].id);
        version.custodyKey = sealedKeyFor(sealed.envelopes, parties.institutions[r.institution].id);
        return {std::move(sealed), std::move(version)};
    }

    /// The current keys of the patient's records in scope that grantee does not hold yet,
    /// resealed to it by the patient; the grantee then holds them.
    QList<chain::RecordKeyShare> sharesFor(int patient, const Party &grantee,
                                           const QList<RecordCategory> &categories)
    {
        QList<chain::RecordKeyShare> shares;
        const crypto::X25519SecretKey &mine = keysOf({Who::Kind::Patient, patient}).encryption;
        for (int k : recordsOfPatient[size_t(patient)]) {
            RecordState &r = records[size_t(k)];
            if ((!categories.isEmpty() && !categories.contains(r.category))
                || r.current.holders.contains(grantee.id))
                continue;
            shares.append(
                {r.id,
                 records::RecordCrypto::reseal(r.current.patientKey, mine, grantee.encryption)
                     .value()});
            r.current.holders.append(grantee.id);
        }
        // The codec wants shares in record order (canonical, no repeats), not in time order.
        std::sort(shares.begin(), shares.end(),
                  [](const auto &a, const auto &b) { return a.record < b.record; });
        return shares;
    }

    QByteArray grant(int patient, Who grantee, QList<RecordCategory> categories, qint64 expiry,
                     std::optional<Hash> request, qint64 time)
    {
        std::sort(categories.begin(), categories.end());
        categories.erase(std::unique(categories.begin(), categories.end()), categories.end());
        const Party &to = party(grantee);
        consent::GrantAccess body;
        body.grantee = to.id;
        body.scope.kind = categories.isEmpty() ? consent::AccessScope::Kind::All
                                               : consent::AccessScope::Kind::Categories;
        body.scope.categories = categories;
        body.expiry = expiry;
        body.shares = sharesFor(patient, to, categories);
        body.request = request;
        const QByteArray bytes = sign({Who::Kind::Patient, patient}, body, time);
        grants.push_back({crypto::sha256(bytes), to.id, to.encryption, categories, expiry, false});
        grantsOfPatient[size_t(patient)].push_back(int(grants.size()) - 1);
        return bytes;
    }

    Result<QList<QByteArray>> record(const Event &event)
    {
        const auto &e = std::get<RecordEvent>(event.what);
        auto claims = wallet.addRecord(event);
        if (!claims)
            return claims.failure();
        RecordState r;
        r.patient = e.patient;
        r.author = e.practitioner;
        r.institution = scenario.practitioners[e.practitioner].institution;
        r.category = e.category;
        r.encounterTime = e.encounterTime;
        auto [sealed, version] = seal(r, e.content, std::nullopt, blockTimeNow);
        records::AddRecord body {parties.patients[r.patient].id,
                                 r.category,
                                 r.encounterTime,
                                 sealed.ciphertext,
                                 sealed.envelopes,
                                 sealed.supervision,
                                 std::move(claims).value()};
        const QByteArray bytes = sign({Who::Kind::Practitioner, r.author}, body, event.time);
        r.id = crypto::sha256(bytes);
        version.id = r.id;
        r.current = std::move(version);
        recordsOfPatient[size_t(r.patient)].push_back(int(records.size()));
        records.push_back(std::move(r));
        return QList<QByteArray> {bytes};
    }

    QList<QByteArray> propose(int eventIndex, const Event &event)
    {
        const auto &e = std::get<AmendmentEvent>(event.what);
        const RecordState &r = records[size_t(e.record)];
        records::RecordContent content = e.content;
        if (!e.reason.isEmpty())
            content.notes = e.reason + QLatin1Char('\n') + content.notes;
        auto [sealed, version] = seal(r, content, r.id, blockTimeNow);
        records::ProposeAmendment body {r.id, sealed.ciphertext, sealed.envelopes,
                                        sealed.supervision};
        const QByteArray bytes = sign({Who::Kind::Practitioner, r.author}, body, event.time);
        version.id = crypto::sha256(bytes);
        amendments.insert(eventIndex, {e.record, std::move(version)});
        return {bytes};
    }

    QList<QByteArray> answerAmendment(int eventIndex, qint64 time)
    {
        const auto &e = std::get<AmendmentEvent>(scenario.events[eventIndex].what);
        const AmendmentState &amendment = amendments[eventIndex];
        RecordState &r = records[size_t(amendment.record)];
        const bool accept = e.answer == AmendmentEvent::Answer::Confirm;
        const QByteArray bytes
            = sign({Who::Kind::Patient, r.patient},
                   records::AnswerAmendment {amendment.version.id, accept}, time);
        if (accept)
            r.current = amendment.version;
        return {bytes};
    }

    QList<QByteArray> read(const Event &event)
    {
        const auto &e = std::get<ReadEvent>(event.what);
        RecordState &r = records[size_t(e.record)];
        const Who reader = readerOf(e.practitioner, e.institution);
        const Party &to = party(reader);
        QList<QByteArray> out;
        if (!r.current.holders.contains(to.id)) {
            // A grantee gets the key from the patient; an emergency reader from the custody of
            // the institution that wrote the record.
            bool granted = false;
            for (int g : grantsOfPatient[size_t(r.patient)])
                granted = granted
                    || (grants[size_t(g)].grantee == to.id
                        && grants[size_t(g)].activeFor(r.category, blockTimeNow));
            const Who from = granted ? Who {Who::Kind::Patient, r.patient}
                                     : Who {Who::Kind::Institution, r.institution};
            const QByteArray &sealedKey = granted ? r.current.patientKey : r.current.custodyKey;
            const QByteArray share
                = records::RecordCrypto::reseal(sealedKey, keysOf(from).encryption, to.encryption)
                      .value();
            out.append(sign(from, consent::ShareKeys {to.id, {{r.id, share}}}, event.time));
            r.current.holders.append(to.id);
        }
        out.append(sign(reader, records::AccessReceipt {r.id, e.purpose, e.automated}, event.time));
        return out;
    }

    qint64 blockTimeNow = 0;
};

DemoTransactions::DemoTransactions(const Scenario &scenario, const DemoKeys &keys,
                                   const DemoParties &parties, const chain::Genesis &genesis,
                                   std::map<IdentityId, quint64> nonces)
    : d(std::make_unique<Model>(scenario, keys, parties, genesis))
{
    d->nonces = std::move(nonces);
}

DemoTransactions::~DemoTransactions() = default;

QList<DemoAction> DemoTransactions::schedule(const Scenario &scenario)
{
    using Kind = DemoAction::Kind;
    QList<DemoAction> actions;
    actions.reserve(scenario.events.size() * 5 / 4);
    for (int i = 0; i < scenario.events.size(); ++i) {
        const Event &event = scenario.events[i];
        std::visit(
            [&](const auto &e) {
                using T = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<T, RecordEvent>) {
                    actions.append({event.time, Kind::Record, i});
                } else if constexpr (std::is_same_v<T, AmendmentEvent>) {
                    actions.append({event.time, Kind::ProposeAmendment, i});
                    if (e.answer != AmendmentEvent::Answer::None)
                        actions.append({e.answerTime, Kind::AnswerAmendment, i});
                } else if constexpr (std::is_same_v<T, GrantEvent>) {
                    actions.append({event.time, Kind::Grant, i});
                    if (e.revokeTime > 0)
                        actions.append({e.revokeTime, Kind::RevokeGrant, i});
                } else if constexpr (std::is_same_v<T, RequestEvent>) {
                    actions.append({event.time, Kind::Request, i});
                    if (e.answer != RequestEvent::Answer::None)
                        actions.append({e.answerTime, Kind::AnswerRequest, i});
                } else if constexpr (std::is_same_v<T, ReadEvent>) {
                    actions.append({event.time, Kind::Read, i});
                } else if constexpr (std::is_same_v<T, EmergencyEvent>) {
                    actions.append({event.time, Kind::Emergency, i});
                } else {
                    actions.append({event.time, Kind::Wallet, i});
                }
            },
            event.what);
    }
    std::stable_sort(actions.begin(), actions.end(),
                     [](const DemoAction &a, const DemoAction &b) { return a.time < b.time; });
    return actions;
}

Result<QList<QByteArray>> DemoTransactions::build(const DemoAction &action, qint64 blockTime)
{
    auto built = buildAction(action, blockTime);
    if (!built)
        return Error {tr("The demo cannot carry out event %1 of its scenario: %2")
                          .arg(action.event)
                          .arg(built.error())};
    return built;
}

const WalletBook &DemoTransactions::wallet() const
{
    return d->wallet.book();
}

std::map<IdentityId, quint64> DemoTransactions::nonces() const
{
    return d->nonces;
}

Result<QList<QByteArray>> DemoTransactions::buildAction(const DemoAction &action, qint64 blockTime)
{
    using Kind = DemoAction::Kind;
    Model &m = *d;
    m.blockTimeNow = blockTime;
    const Event &event = m.scenario.events[action.event];
    switch (action.kind) {
    case Kind::Record:
        return m.record(event);
    case Kind::Wallet: {
        auto bytes = m.wallet.build(event);
        if (!bytes)
            return bytes.failure();
        return QList<QByteArray> {std::move(bytes).value()};
    }
    case Kind::ProposeAmendment:
        return m.propose(action.event, event);
    case Kind::AnswerAmendment:
        return m.answerAmendment(action.event, action.time);
    case Kind::Grant: {
        const auto &e = std::get<GrantEvent>(event.what);
        const QByteArray bytes = m.grant(e.patient, readerOf(e.practitioner, e.institution),
                                         e.categories, e.expiry, std::nullopt, action.time);
        m.grantOfEvent.insert(action.event, int(m.grants.size()) - 1);
        return QList<QByteArray> {bytes};
    }
    case Kind::RevokeGrant: {
        const auto &e = std::get<GrantEvent>(event.what);
        GrantState &grant = m.grants[size_t(m.grantOfEvent.value(action.event))];
        grant.revoked = true;
        return QList<QByteArray> {
            m.sign({Who::Kind::Patient, e.patient}, consent::RevokeGrant {grant.id}, action.time)};
    }
    case Kind::Request: {
        const auto &e = std::get<RequestEvent>(event.what);
        consent::RequestAccess body;
        body.patient = m.parties.patients[e.patient].id;
        body.expiry = e.expiry;
        body.purpose = e.purpose;
        const QByteArray bytes
            = m.sign({Who::Kind::Practitioner, e.practitioner}, body, event.time);
        m.requests.insert(action.event, crypto::sha256(bytes));
        return QList<QByteArray> {bytes};
    }
    case Kind::AnswerRequest: {
        const auto &e = std::get<RequestEvent>(event.what);
        const Hash request = m.requests.value(action.event);
        if (e.answer == RequestEvent::Answer::Decline)
            return QList<QByteArray> {m.sign({Who::Kind::Patient, e.patient},
                                             consent::DeclineRequest {request}, action.time)};
        return QList<QByteArray> {m.grant(e.patient, {Who::Kind::Practitioner, e.practitioner}, {},
                                          e.expiry, request, action.time)};
    }
    case Kind::Read:
        return m.read(event);
    case Kind::Emergency: {
        const auto &e = std::get<EmergencyEvent>(event.what);
        return QList<QByteArray> {m.sign(
            {Who::Kind::Practitioner, e.practitioner},
            consent::EmergencyAccess {m.parties.patients[e.patient].id, e.reason}, event.time)};
    }
    }
    return QList<QByteArray> {};
}

} // namespace medchain::demo

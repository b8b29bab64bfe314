// A synthetic health network as plain data: who exists and what happens to them, in time order.
// ScenarioGenerator makes it from a seed (no keys, no chain); DemoNetwork turns it into
// identities, keystores and signed transactions submitted through a real node.
#pragma once

#include "chain/ChainTypes.h"
#include "records/RecordContent.h"
#include "wallet/WalletTx.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace medchain::demo {

struct ScenarioOptions {
    quint64 seed = 1;
    int patients = 200;
    int records = 2'000; // clinical records (AddRecord), amendments not counted
    qint64 startMs = 0; // the first day of the simulated period, 00:00 China time
    int days = 365;
};

// Indices below point into the Scenario's lists; they are stable for a seed.

struct InstitutionSpec {
    chain::InstitutionKind kind = chain::InstitutionKind::Hospital;
    QString name; // as on its certificate, Simplified Chinese ("合肥市第一人民医院")
    QString nameEn; // "Hefei First People's Hospital"
    QString regionCode; // its district's code
    int level = 0; // 3 tertiary, 2 secondary, 1 community/clinic; 0 for non-clinical kinds
};

struct PractitionerSpec {
    int institution = 0;
    QString name; // "李伟" or "Dr. Anna Weber" for the few Latin-script names
    QString licence; // 15-digit practising certificate number, unique
    QString specialty; // department in English ("Respiratory medicine"), as on the chain
};

struct PatientSpec {
    QString name; // "王芳", or Latin script ("Maria Schmidt") for a small share
    QString nationalId; // 18-character resident ID (GB 11643 check digit), unique
    int birthYear = 0;
    QString sex; // "F" or "M"
    QString regionCode; // home district
    int registeredAt = 0; // the institution whose desk registers the patient
};

/// A clinical record written by a practitioner for a patient.
struct RecordEvent {
    int patient = 0;
    int practitioner = 0;
    chain::RecordCategory category = chain::RecordCategory::Encounter;
    qint64 encounterTime = 0;
    records::RecordContent content;
    /// Subsidy programs with diagnosis codes (ProgramEvent indices, in event order) that the
    /// author attests this record meets: the patient is enrolled and a diagnosis falls under
    /// one of the program's codes. Programs without codes pay without a claim.
    QList<int> claims;
};

/// The author proposes new content for an earlier record; the patient answers later, or never.
struct AmendmentEvent {
    int record = 0; // index of the RecordEvent among all events of that kind, in event order
    records::RecordContent content;
    QString reason;
    enum class Answer { Confirm, Reject, None } answer = Answer::Confirm;
    qint64 answerTime = 0; // when the patient answers (ignored for None)
};

/// A patient grants a practitioner or an institution access.
struct GrantEvent {
    int patient = 0;
    int practitioner = -1; // exactly one of practitioner / institution is >= 0
    int institution = -1;
    QList<chain::RecordCategory> categories; // empty: all records
    qint64 expiry = 0;
    qint64 revokeTime = 0; // 0: never revoked; else the patient revokes it then
};

/// A practitioner asks a patient for access to all records; at answerTime the patient grants
/// it (until `expiry`, answering the request), declines, or never answers.
struct RequestEvent {
    int patient = 0;
    int practitioner = 0;
    QString purpose;
    qint64 expiry = 0; // of the access asked for
    enum class Answer { Grant, Decline, None } answer = Answer::Grant;
    qint64 answerTime = 0;
};

/// A reader opens a record they may read, which leaves an access receipt. The reader holds an
/// active grant covering the record (or is in an emergency access window for its patient).
struct ReadEvent {
    int record = 0; // index of the RecordEvent, as in AmendmentEvent
    int practitioner = -1; // exactly one of practitioner / institution is >= 0
    int institution = -1;
    QString purpose;
    bool automated = false; // e.g. a decision-support system rather than a person
};

/// Break-glass access to a patient with no grant, with a reason. It opens a window of
/// kEmergencyWindowMs in which the practitioner reads the patient's records (ReadEvents); it is
/// well inside the chain's default emergencyAccessMs (24 hours).
inline constexpr qint64 kEmergencyWindowMs = 12 * 3600 * 1000;
struct EmergencyEvent {
    int patient = 0;
    int practitioner = 0;
    QString reason;
};

// The wallet. Each of these events is one transaction at the event's time; indices name earlier
// events of a kind by their place among all events of that kind, in event order.

/// Who holds money: a patient, an institution, or the health authority.
struct Account {
    enum class Kind : quint8 { Patient, Institution, Authority };
    Kind kind = Kind::Patient;
    int index = 0; // a patient or an institution; unused for the authority

    bool operator==(const Account &) const = default;
};

/// Money paid in at the payment gateway (DemoCast::gateway) for an account, or paid out to its
/// holder, who asks for it. The reference is the gateway's order number, unique among all its
/// payments, deposits and withdrawals alike.
struct PaymentEvent {
    enum class Kind : quint8 { Deposit, Withdrawal };
    Kind kind = Kind::Deposit;
    Account account;
    wallet::Amount amount = 0;
    QString reference;
};

/// A hospital or clinic bills a patient, for one of the patient's records written there.
struct InvoiceEvent {
    int institution = 0;
    int patient = 0;
    wallet::FeeType feeType = wallet::FeeType::Registration;
    wallet::Amount amount = 0;
    int encounter = -1; // the RecordEvent (as AmendmentEvent::record), or -1 for none
};

/// The patient pays an open invoice out of their balance, or the issuer cancels it.
struct SettlementEvent {
    int invoice = 0; // the InvoiceEvent
    enum class Kind : quint8 { Pay, Cancel };
    Kind kind = Kind::Pay;
};

/// The health authority or a trial sponsor opens a subsidy program (wallet::CreateProgram):
/// every later record of an enrolled patient that meets the rule pays from the pool.
struct ProgramEvent {
    Account owner; // the authority, or a trial-sponsor institution
    QString name;
    std::optional<chain::RecordCategory> category; // none: every category
    QStringList codes; // ICD-10 codes or categories, sorted; none: no claim needed
    wallet::Amount amountPerEvent = 0;
    wallet::Amount capPerPatient = 0; // 0: no cap
    wallet::Amount funding = 0; // from the owner's balance into the pool
};

/// The program's owner adds to its pool.
struct ProgramFundingEvent {
    int program = 0; // the ProgramEvent
    wallet::Amount amount = 0;
};

/// The program's owner enrols a patient, once.
struct EnrolmentEvent {
    int program = 0;
    int patient = 0;
};

/// A fund-manager institution issues a money-market fund.
struct FundEvent {
    int institution = 0;
    QString name;
};

/// A patient buys fund shares for `amount`, or sells shares worth `amount` (no more than the
/// holding's value: floor(shares × assets / total shares), see wallet::valueOf).
struct FundOrderEvent {
    enum class Kind : quint8 { Subscribe, Redeem };
    Kind kind = Kind::Subscribe;
    int fund = 0; // the FundEvent
    int patient = 0;
    wallet::Amount amount = 0;
};

/// How long after a day begins (UTC) its yield may be published at the earliest: a demo block
/// may be made up to DemoNetwork::BlockWindowMs before the transactions it holds, and the chain
/// refuses a yield whose day has not begun at its block's time.
inline constexpr qint64 kYieldDelayMs = 6 * 3600 * 1000;

/// The fund's issuer publishes a day's yield, paid from its own balance into the fund:
/// floor(assets × ratePpb / 10^9). Days increase; `day` counts days since 1970-01-01 and the
/// event is at least kYieldDelayMs after that day's start.
struct YieldEvent {
    int fund = 0;
    qint64 day = 0;
    quint64 ratePpb = 0;
};

struct Event {
    qint64 time = 0; // ms since the Unix epoch; events are sorted by time, ties in list order
    std::variant<RecordEvent, AmendmentEvent, GrantEvent, RequestEvent, ReadEvent, EmergencyEvent,
                 PaymentEvent, InvoiceEvent, SettlementEvent, ProgramEvent, ProgramFundingEvent,
                 EnrolmentEvent, FundEvent, FundOrderEvent, YieldEvent>
        what;
};

/// What the generator injected on purpose, so tests and the regulator's views can check that
/// it is found (and that quiet places stay quiet).
struct InjectedSignals {
    QString outbreakRegion; // district with an influenza-like-illness outbreak
    qint64 outbreakStart = 0;
    qint64 outbreakEnd = 0;
    int repeatedExamInstitution = -1; // orders the same exam again within days, too often
    QString repeatedExamCode;
    int overdosePractitioner = -1; // prescribes above the maximum daily dose
    QString overdoseDrugCode;
};

/// Whom the GUI and tests log in as.
struct DemoCast {
    int patient = -1; // the patient with the richest history
    int doctor = -1; // a practitioner the cast patient has granted
    int desk = -1; // the institution whose registration desk is used
    int gateway = -1; // the payment gateway institution
    int sponsor = -1; // the clinical-trial sponsor institution
    int fundManager = -1; // the institution that issues the money-market fund
};

struct Scenario {
    ScenarioOptions options;
    QString authorityName; // "安徽省卫生健康委员会"
    QString authorityNameEn; // "Anhui Provincial Health Commission"
    QString authorityRegion; // "340000"
    QList<InstitutionSpec> institutions;
    QList<PractitionerSpec> practitioners;
    QList<PatientSpec> patients;
    QList<Event> events;
    InjectedSignals injected;
    DemoCast cast;
};

} // namespace medchain::demo

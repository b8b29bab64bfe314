#include "demo/WalletGenerator.h"

#include "demo/GeneratorContext.h"
#include "demo/WalletSettlement.h"

#include <algorithm>

namespace medchain::demo {

using chain::InstitutionKind;
using chain::RecordCategory;
using wallet::Amount;
using wallet::FeeType;

namespace {

constexpr Amount kYuan = 100;
// Who uses the wallet, and how.
constexpr int kWalletPercent = 60; // patients who pay their fees through the wallet
constexpr int kAssistancePercent = 8; // of patients with a covered condition: low-income
constexpr int kOnlinePercent = 12; // chronic patients' hospital visits with an online follow-up
constexpr int kCancelPermille = 15; // invoices the institution cancels
constexpr int kUnpaidPermille = 30; // invoices left open
constexpr int kSubscribePercent = 5; // of wallet users: buy the fund
constexpr int kRedeemPercent = 35; // of subscribers: sell later
constexpr int kCashOutPercent = 50; // of sellers: withdraw what they sold
// The trial's pool holds the demand until 55% of the period; at half-time the sponsor adds the
// demand until 80%, so the pool runs dry before the end and later visits pay nothing.
constexpr int kTrialFundedPercent = 55;
constexpr int kTrialTopUpPercent = 50;
constexpr int kTrialToppedUpPercent = 80;
constexpr Amount kFundReserve = 2'000 * kYuan; // the fund manager's first deposit for yields
constexpr qint64 kMinRatePpb = 50'000; // 1.8% a year
constexpr qint64 kMaxRatePpb = 70'000; // 2.6% a year
const QString kRegistrationFee = QStringLiteral("registration"); // RecordWriter's fee items
const QString kConsultationFee = QStringLiteral("consultation");

Amount roundUp(Amount amount, Amount step)
{
    return (amount + step - 1) / step * step;
}

struct RecordRef {
    int patient = 0;
    int institution = 0;
    RecordCategory category = RecordCategory::Encounter;
    qint64 time = 0;
    Amount visitFee = 0; // registration and consultation, as the record lists them
    RecordEvent *event = nullptr;
};

struct PlannedInvoice {
    qint64 time = 0;
    FeeType feeType = FeeType::Registration;
    Amount amount = 0;
    int record = 0;
};

class WalletPlanner {
public:
    explicit WalletPlanner(GeneratorContext &context)
        : m_ctx(context),
          m_s(context.scenario),
          m_start(context.options.startMs),
          m_end(context.endMs),
          m_days(context.options.days)
    {
    }

    Result<void> run()
    {
        indexRecords();
        planPatients();
        planPrograms();
        planFund();
        planIncome();
        return WalletSettlement(m_ctx).run(std::move(m_plan));
    }

private:
    qint64 dayStart(int day) const { return m_start + qint64(day) * kDayMs; }
    qint64 at(int day, int fromMinute, int toMinute, DemoRandom &random) const
    {
        return dayStart(day) + random.between(fromMinute, toMinute) * kMinuteMs
            + random.between(0, 59) * 1000;
    }
    int percentOfPeriod(int percent) const
    {
        return std::clamp(m_days * percent / 100, 0, m_days - 1);
    }
    bool inPeriod(qint64 time) const { return time >= m_start && time < m_end - kMinuteMs; }
    void add(qint64 time, decltype(Event::what) what, Fill fill = Fill::Fixed, Amount limit = 0)
    {
        m_plan.push_back({Event {time, std::move(what)}, fill, limit});
    }
    void deposit(qint64 time, Account account, Amount amount)
    {
        add(time, PaymentEvent {PaymentEvent::Kind::Deposit, account, amount, {}});
    }

    void indexRecords();
    void planPatients();
    bool claimsAssistance(const RecordRef &record) const;
    void planAssistance(int patient, qint64 enrolled);
    void planTrial(int patient, qint64 enrolled);
    void planInvoices(int patient, DemoRandom &random);
    void planFundOrders(int patient, DemoRandom &random);
    void planPrograms();
    void planFund();
    void planIncome();

    GeneratorContext &m_ctx;
    Scenario &m_s;
    const qint64 m_start;
    const qint64 m_end;
    const int m_days;

    std::vector<RecordRef> m_records;
    std::vector<int> m_firstRecord; // per patient, into m_byPatient (one more entry at the end)
    std::vector<int> m_byPatient; // record indices, each patient's in time order
    std::vector<PlannedEvent> m_plan;
    int m_invoices = 0; // invoices are named by the order in which they are planned
    // Programs are opened on the first day, the authority's first; there is one fund.
    static constexpr int kAssistance = 0;
    static constexpr int kTrial = 1;
    static constexpr int kFund = 0;
    qint64 m_assistanceDemand = 0;
    struct TrialVisit {
        qint64 time = 0;
        int record = 0;
        int patient = 0;
    };
    std::vector<TrialVisit> m_trialVisits;
    qint64 m_trialOpens = 0;
    int m_castFirstTrialRecord = -1;
};

void WalletPlanner::indexRecords()
{
    const int patients = int(m_s.patients.size());
    std::vector<int> counts(size_t(patients) + 1, 0);
    for (Event &event : m_s.events) {
        auto *r = std::get_if<RecordEvent>(&event.what);
        if (!r)
            continue;
        RecordRef ref;
        ref.patient = r->patient;
        ref.institution = m_s.practitioners[r->practitioner].institution;
        ref.category = r->category;
        ref.time = event.time;
        for (const records::Fee &fee : std::as_const(r->content.fees))
            if (fee.item == kRegistrationFee || fee.item == kConsultationFee)
                ref.visitFee += fee.amountFen;
        ref.event = r;
        m_records.push_back(ref);
        ++counts[size_t(r->patient)];
    }
    m_firstRecord.assign(size_t(patients) + 1, 0);
    for (int p = 0; p < patients; ++p)
        m_firstRecord[size_t(p) + 1] = m_firstRecord[size_t(p)] + counts[size_t(p)];
    std::vector<int> next(m_firstRecord.begin(), m_firstRecord.end() - 1);
    m_byPatient.resize(m_records.size());
    for (int i = 0; i < int(m_records.size()); ++i)
        m_byPatient[size_t(next[size_t(m_records[size_t(i)].patient)]++)] = i;
}

void WalletPlanner::planPatients()
{
    // Patients with a chronic condition whose visits the assistance's codes cover.
    const ScenarioSettings &settings = m_ctx.data.settings;
    std::vector<bool> covered;
    for (const ChronicCondition &group : m_ctx.data.chronic) {
        bool any = false;
        for (const int c : group.conditions)
            for (const QStringList &option : m_ctx.data.conditions[c].diagnoses)
                for (const QString &diagnosis : option)
                    for (const QString &code : settings.assistanceCodes)
                        any = any || diagnosisFallsUnder(diagnosis, code);
        covered.push_back(any);
    }
    // Trial participants: the patients who granted the sponsor access, from then on.
    QHash<int, qint64> consented;
    for (const Event &event : std::as_const(m_s.events))
        if (const auto *g = std::get_if<GrantEvent>(&event.what);
            g && g->institution == m_s.cast.sponsor && !consented.contains(g->patient))
            consented.insert(g->patient, event.time);
    m_trialOpens = dayStart(0) + 9 * kHourMs + 40 * kMinuteMs;

    const int cast = m_s.cast.patient;
    for (int p = 0; p < int(m_s.patients.size()); ++p) {
        DemoRandom random = m_ctx.random(Stream::Wallet, quint64(p));
        const PatientInfo &info = m_ctx.patients[size_t(p)];
        const bool eligible = std::any_of(info.chronic.cbegin(), info.chronic.cend(),
                                          [&](int g) { return covered[size_t(g)]; });
        const bool assisted = p == cast || (eligible && random.percent(kAssistancePercent));
        std::optional<qint64> trial;
        if (consented.contains(p))
            trial = consented.value(p) + random.between(30, 180) * kMinuteMs;
        else if (p == cast)
            trial = dayStart(percentOfPeriod(30)) + 11 * kHourMs;
        if (trial)
            trial = std::max(*trial, m_trialOpens + 10 * kMinuteMs);
        const bool user = assisted || trial || random.percent(kWalletPercent);
        if (assisted) {
            const int day = p == cast ? 2 : int(random.between(1, std::max(1, m_days / 6)));
            planAssistance(p, at(day, 9 * 60, 17 * 60, random));
        }
        if (trial && inPeriod(*trial))
            planTrial(p, *trial);
        if (user) {
            planInvoices(p, random);
            planFundOrders(p, random);
        }
    }
}

bool WalletPlanner::claimsAssistance(const RecordRef &record) const
{
    const QStringList &codes = m_ctx.data.settings.assistanceCodes;
    return std::any_of(record.event->content.diagnoses.cbegin(),
                       record.event->content.diagnoses.cend(), [&](const records::Diagnosis &d) {
                           return std::any_of(codes.cbegin(), codes.cend(), [&](const QString &c) {
                               return diagnosisFallsUnder(d.icd10, c);
                           });
                       });
}

/// Enrols a low-income patient in the authority's assistance; the authors of their later
/// records under its codes claim it.
void WalletPlanner::planAssistance(int patient, qint64 enrolled)
{
    const ScenarioSettings &settings = m_ctx.data.settings;
    add(enrolled, EnrolmentEvent {kAssistance, patient});
    Amount paid = 0;
    for (int k = m_firstRecord[size_t(patient)]; k < m_firstRecord[size_t(patient) + 1]; ++k) {
        RecordRef &r = m_records[size_t(m_byPatient[size_t(k)])];
        if (r.time <= enrolled || !claimsAssistance(r))
            continue;
        r.event->claims = {kAssistance};
        const Amount capLeft = settings.assistanceCapFen > 0 ? settings.assistanceCapFen - paid
                                                             : settings.assistanceFen;
        paid += std::clamp<Amount>(capLeft, 0, settings.assistanceFen);
    }
    m_assistanceDemand += paid;
}

/// Enrols a participant in the sponsor's trial: each later laboratory visit is a stipend due.
void WalletPlanner::planTrial(int patient, qint64 enrolled)
{
    add(enrolled, EnrolmentEvent {kTrial, patient});
    for (int k = m_firstRecord[size_t(patient)]; k < m_firstRecord[size_t(patient) + 1]; ++k) {
        const int record = m_byPatient[size_t(k)];
        const RecordRef &r = m_records[size_t(record)];
        if (r.time <= enrolled || r.category != RecordCategory::Laboratory)
            continue;
        m_trialVisits.push_back({r.time, record, patient});
        if (patient == m_s.cast.patient && m_castFirstTrialRecord < 0)
            m_castFirstTrialRecord = record;
    }
}

void WalletPlanner::planInvoices(int patient, DemoRandom &random)
{
    const PatientInfo &info = m_ctx.patients[size_t(patient)];
    const int desk = m_s.patients[patient].registeredAt;
    std::vector<PlannedInvoice> invoices;
    bool managed = false;
    for (int k = m_firstRecord[size_t(patient)]; k < m_firstRecord[size_t(patient) + 1]; ++k) {
        const int record = m_byPatient[size_t(k)];
        const RecordRef &r = m_records[size_t(record)];
        const InstitutionInfo &institution = m_ctx.institutions[size_t(r.institution)];
        if (r.category == RecordCategory::Encounter && r.visitFee > 0)
            invoices.push_back({r.time + random.between(60, 20 * 60) * 1000, FeeType::Registration,
                                r.visitFee, record});
        if (r.category == RecordCategory::Encounter && !info.chronic.isEmpty()
            && institution.level >= 2 && institution.consultationFen > 0
            && random.percent(kOnlinePercent)) {
            const int day = int((r.time - m_start) / kDayMs + random.between(3, 14));
            invoices.push_back({at(day, 19 * 60, 21 * 60 + 30, random), FeeType::OnlineConsultation,
                                institution.consultationFen, record});
        }
        if (!managed && r.institution == desk) {
            managed = true;
            invoices.push_back({r.time + random.between(30, 120) * kMinuteMs,
                                FeeType::RecordManagement, m_ctx.data.settings.recordManagementFen,
                                record});
        }
    }
    std::stable_sort(
        invoices.begin(), invoices.end(),
        [](const PlannedInvoice &a, const PlannedInvoice &b) { return a.time < b.time; });
    while (!invoices.empty() && !inPeriod(invoices.back().time))
        invoices.pop_back();

    const bool cast = patient == m_s.cast.patient;
    for (size_t i = 0; i < invoices.size(); ++i) {
        const PlannedInvoice &invoice = invoices[i];
        const int id = m_invoices++;
        add(invoice.time,
            InvoiceEvent {m_records[size_t(invoice.record)].institution, patient, invoice.feeType,
                          invoice.amount, invoice.record});
        if (cast && i + 1 == invoices.size())
            break; // the cast patient's latest bill is still open at the end
        const int roll = int(random.below(1000));
        if (!cast && roll < kCancelPermille) {
            const qint64 time = invoice.time + random.between(10, 2 * 24 * 60) * kMinuteMs;
            if (inPeriod(time))
                add(time, SettlementEvent {id, SettlementEvent::Kind::Cancel});
            continue;
        }
        if (!cast && roll < kCancelPermille + kUnpaidPermille)
            continue;
        const int speed = int(random.below(100));
        const qint64 delay = speed < 65 ? random.between(1, 45) * kMinuteMs
            : speed < 92 ? random.between(1, 3) * kDayMs + random.between(-180, 180) * kMinuteMs
                         : random.between(4, 20) * kDayMs;
        const qint64 time = invoice.time + delay + random.between(0, 59) * 1000;
        if (inPeriod(time))
            add(time, SettlementEvent {id, SettlementEvent::Kind::Pay});
    }
}

void WalletPlanner::planFundOrders(int patient, DemoRandom &random)
{
    const bool cast = patient == m_s.cast.patient;
    if (!cast && !random.percent(kSubscribePercent))
        return;
    static const WeightedChoice amounts(std::vector<int> {20, 25, 25, 15, 10, 5});
    static constexpr Amount kAmounts[] = {1'000, 2'000, 5'000, 10'000, 20'000, 50'000};
    const int day = cast ? percentOfPeriod(6) : int(random.between(5, std::max(5, m_days * 2 / 3)));
    const qint64 time = at(day, 10 * 60, 21 * 60, random);
    const Amount amount = (cast ? 5'000 : kAmounts[amounts.pick(random)]) * kYuan;
    const Account holder {Account::Kind::Patient, patient};
    deposit(time - random.between(2, 15) * kMinuteMs, holder, amount);
    add(time, FundOrderEvent {FundOrderEvent::Kind::Subscribe, kFund, patient, amount});
    if (!cast && !random.percent(kRedeemPercent))
        return;
    const int last = m_days - 2;
    if (day + 30 > last)
        return;
    const int sold
        = cast ? std::max(day + 30, percentOfPeriod(70)) : int(random.between(day + 30, last));
    const qint64 redeemed = at(std::min(sold, last), 9 * 60, 21 * 60, random);
    if (cast) {
        add(redeemed, FundOrderEvent {FundOrderEvent::Kind::Redeem, kFund, patient, 0},
            Fill::RedeemUpTo, 1'000 * kYuan);
        return;
    }
    add(redeemed, FundOrderEvent {FundOrderEvent::Kind::Redeem, kFund, patient, 0},
        random.percent(50) ? Fill::RedeemAll : Fill::RedeemHalf);
    const qint64 cashOut = redeemed + random.between(60, 360) * kMinuteMs;
    if (random.percent(kCashOutPercent) && inPeriod(cashOut))
        add(cashOut, PaymentEvent {PaymentEvent::Kind::Withdrawal, holder, 0, {}}, Fill::CashOut);
}

void WalletPlanner::planPrograms()
{
    const ScenarioSettings &settings = m_ctx.data.settings;
    DemoRandom random = m_ctx.random(Stream::Money, 1);

    // The authority's assistance: funded with a quarter more than its enrolled patients claim.
    const Amount assistanceFunding
        = std::max<Amount>(10'000 * kYuan, roundUp(m_assistanceDemand * 5 / 4, 10'000 * kYuan));
    const Account authority {Account::Kind::Authority, 0};
    deposit(dayStart(0) + 9 * kHourMs + random.between(0, 300) * 1000, authority,
            assistanceFunding);
    add(dayStart(0) + 9 * kHourMs + 10 * kMinuteMs,
        ProgramEvent {authority, settings.assistanceProgram, std::nullopt, settings.assistanceCodes,
                      settings.assistanceFen, settings.assistanceCapFen, assistanceFunding});

    // The trial's stipends, in the order they fall due and cut by each patient's cap.
    std::stable_sort(m_trialVisits.begin(), m_trialVisits.end(),
                     [](const TrialVisit &a, const TrialVisit &b) { return a.record < b.record; });
    QHash<int, Amount> paid;
    std::vector<Amount> due;
    for (const TrialVisit &visit : m_trialVisits) {
        Amount &sofar = paid[visit.patient];
        const Amount pay = settings.trialCapFen > 0
            ? std::clamp<Amount>(settings.trialCapFen - sofar, 0, settings.trialFen)
            : settings.trialFen;
        sofar += pay;
        due.push_back(pay);
    }
    const auto before = [&](int percent) {
        const qint64 cut = dayStart(percentOfPeriod(percent));
        return int(std::count_if(m_trialVisits.cbegin(), m_trialVisits.cend(),
                                 [&](const TrialVisit &v) { return v.time < cut; }));
    };
    const int visits = int(m_trialVisits.size());
    int funded = before(kTrialFundedPercent);
    for (int i = 0; i < visits; ++i)
        if (m_trialVisits[size_t(i)].record == m_castFirstTrialRecord)
            funded = std::max(funded, i + 1); // the cast patient's first stipend is paid
    const int toppedUp = std::max(funded, std::min(before(kTrialToppedUpPercent), visits - 1));
    const auto sum = [&](int from, int to) {
        Amount total = 0;
        for (int i = from; i < to; ++i)
            total += due[size_t(i)];
        return total;
    };
    const Amount first = sum(0, funded);
    const Amount second = sum(funded, toppedUp);
    const Account sponsor {Account::Kind::Institution, m_s.cast.sponsor};
    if (first > 0)
        deposit(m_trialOpens - 10 * kMinuteMs + random.between(0, 300) * 1000, sponsor, first);
    add(m_trialOpens,
        ProgramEvent {sponsor,
                      settings.trialProgram,
                      RecordCategory::Laboratory,
                      {},
                      settings.trialFen,
                      settings.trialCapFen,
                      first});
    if (second > 0) {
        const qint64 time = dayStart(percentOfPeriod(kTrialTopUpPercent)) + 10 * kHourMs;
        deposit(time + random.between(0, 300) * 1000, sponsor, second);
        add(time + 10 * kMinuteMs, ProgramFundingEvent {kTrial, second});
    }
}

void WalletPlanner::planFund()
{
    DemoRandom random = m_ctx.random(Stream::Money, 2);
    const int manager = m_s.cast.fundManager;
    const Account issuer {Account::Kind::Institution, manager};
    deposit(dayStart(0) + 10 * kHourMs + random.between(0, 300) * 1000, issuer, kFundReserve);
    add(dayStart(0) + 10 * kHourMs + 15 * kMinuteMs,
        FundEvent {manager, m_ctx.data.settings.fundName});
    // The day's yield, late that evening; the rate wanders slowly around 2.2% a year.
    qint64 rate = random.between(55'000, 65'000);
    for (int day = 0; day < m_days; ++day) {
        const qint64 time = at(day, 23 * 60 + 30, 23 * 60 + 55, random);
        add(time, YieldEvent {kFund, (time - kYieldDelayMs) / kDayMs, quint64(rate)});
        rate = std::clamp(rate + random.between(-600, 600), kMinRatePpb, kMaxRatePpb);
    }
}

void WalletPlanner::planIncome()
{
    // Hospitals and clinics take their fee income out at the start of every month.
    DemoRandom random = m_ctx.random(Stream::Money, 3);
    for (int day = 1; day < m_days; ++day) {
        if (chinaDate(dayStart(day) + 12 * kHourMs).day != 1)
            continue;
        for (int i = 0; i < m_s.institutions.size(); ++i) {
            const InstitutionKind kind = m_s.institutions[i].kind;
            if (kind == InstitutionKind::Hospital || kind == InstitutionKind::Clinic)
                add(at(day, 3 * 60, 5 * 60, random),
                    PaymentEvent {
                        PaymentEvent::Kind::Withdrawal, {Account::Kind::Institution, i}, 0, {}},
                    Fill::Income);
        }
    }
}

} // namespace

Result<void> WalletGenerator::generate(GeneratorContext &context)
{
    return WalletPlanner(context).run();
}

} // namespace medchain::demo

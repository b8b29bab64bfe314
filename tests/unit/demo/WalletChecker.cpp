#include "WalletChecker.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace medchain::demo::test {

namespace {

constexpr qint64 kDay = 86'400'000;
constexpr qint64 kSixHours = 6 * 3'600'000;
constexpr qint64 kSharesPerFen = 10'000; // while a fund is empty (WalletTx.h)

__extension__ typedef __int128 Wide;

qint64 mulFloor(qint64 a, qint64 b, qint64 c)
{
    return qint64(Wide(a) * b / c);
}

qint64 mulCeil(qint64 a, qint64 b, qint64 c)
{
    return qint64((Wide(a) * b + c - 1) / c);
}

/// An ICD-10 diagnosis under a rule's code: the same code, a subdivision of a category ("E11"
/// covers "E11.9"), or a further subdivision of a subcategory ("J10.1" covers "J10.12").
bool covers(const QString &code, const QString &diagnosis)
{
    const QString category = diagnosis.section(QLatin1Char('.'), 0, 0);
    if (!code.contains(QLatin1Char('.')))
        return category == code;
    return diagnosis == code || (diagnosis.startsWith(code) && diagnosis.size() > code.size());
}

QString chinaDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600))
        .date()
        .toString(QStringLiteral("yyyyMMdd"));
}

class Replay {
public:
    Replay(const Scenario &s, int limit) : m_s(s), m_limit(limit) { }

    WalletReplay run()
    {
        for (qsizetype n = 0; n < m_s.events.size(); ++n) {
            const Event &e = m_s.events[n];
            m_where = QStringLiteral("event %1").arg(n);
            m_time = e.time;
            std::visit([&](const auto &what) { step(what); }, e.what);
        }
        for (auto it = m_balances.cbegin(); it != m_balances.cend(); ++it)
            if (it.key() >> 32 == 0 && it.value() != 0)
                m_out.patientBalances.insert(int(it.key() & 0xffffffff), it.value());
        for (const Fund &fund : std::as_const(m_funds))
            m_out.fundAssets += fund.assets;
        return m_out;
    }

private:
    struct Program {
        Account owner;
        std::optional<chain::RecordCategory> category;
        QStringList codes;
        qint64 amount = 0;
        qint64 cap = 0;
        qint64 pool = 0;
    };
    struct Fund {
        int issuer = 0;
        qint64 assets = 0;
        qint64 shares = 0;
        qint64 lastDay = -1;
        QHash<int, qint64> held;
    };
    struct Record {
        int patient = 0;
        int institution = 0;
        chain::RecordCategory category = chain::RecordCategory::Encounter;
        qint64 visitFee = 0;
    };

    void fail(const QString &problem)
    {
        if (m_out.problems.size() < m_limit)
            m_out.problems.append(m_where + QStringLiteral(": ") + problem);
    }
    bool isKind(int institution, chain::InstitutionKind kind) const
    {
        return institution >= 0 && institution < m_s.institutions.size()
            && m_s.institutions[institution].kind == kind;
    }
    bool isPatient(int p) const { return p >= 0 && p < m_s.patients.size(); }
    bool isAccount(const Account &a) const
    {
        return a.kind == Account::Kind::Authority
            || (a.kind == Account::Kind::Patient && isPatient(a.index))
            || (a.kind == Account::Kind::Institution && a.index >= 0
                && a.index < m_s.institutions.size());
    }
    static qint64 key(const Account &a)
    {
        return (qint64(a.kind) << 32) + (a.kind == Account::Kind::Authority ? 0 : a.index);
    }
    qint64 &balance(const Account &a) { return m_balances[key(a)]; }
    static Account patient(int p) { return {Account::Kind::Patient, p}; }
    static Account institution(int i) { return {Account::Kind::Institution, i}; }

    void step(const AmendmentEvent &) { }
    void step(const GrantEvent &) { }
    void step(const RequestEvent &) { }
    void step(const ReadEvent &) { }
    void step(const EmergencyEvent &) { }

    void step(const PaymentEvent &e)
    {
        static const QRegularExpression orderNumber(
            QStringLiteral("^[A-Z]{2}([0-9]{8})[0-9]{12}$"));
        if (!isKind(m_s.cast.gateway, chain::InstitutionKind::PaymentGateway)
            || !isAccount(e.account) || e.amount <= 0) {
            fail(QStringLiteral("payment parties or amount"));
            return;
        }
        const auto match = orderNumber.match(e.reference);
        if (!match.hasMatch() || match.captured(1) != chinaDay(m_time))
            fail(QStringLiteral("reference %1 is not the gateway's order number of the day")
                     .arg(e.reference));
        if (m_references.contains(e.reference))
            fail(QStringLiteral("reference %1 used twice").arg(e.reference));
        m_references.insert(e.reference);
        if (e.kind == PaymentEvent::Kind::Deposit) {
            balance(e.account) += e.amount;
            if (e.account.kind == Account::Kind::Patient)
                ++m_out.deposits[e.account.index];
        } else if (balance(e.account) < e.amount) {
            fail(QStringLiteral("withdraws more than the balance"));
        } else {
            balance(e.account) -= e.amount;
        }
    }

    void step(const RecordEvent &e)
    {
        Record record;
        record.patient = e.patient;
        record.institution = e.practitioner >= 0 && e.practitioner < m_s.practitioners.size()
            ? m_s.practitioners[e.practitioner].institution
            : -1;
        record.category = e.category;
        for (const records::Fee &fee : e.content.fees)
            if (fee.item == QLatin1String("registration")
                || fee.item == QLatin1String("consultation"))
                record.visitFee += fee.amountFen;
        const int index = int(m_records.size());
        m_records.append(record);

        const QList<int> &enrolled = m_enrolled[e.patient];
        QSet<int> claimed;
        for (const int p : e.claims) {
            if (p < 0 || p >= m_programs.size() || m_programs[p].codes.isEmpty()
                || claimed.contains(p)) {
                fail(QStringLiteral("claims a program without codes, unknown, or twice"));
                continue;
            }
            claimed.insert(p);
            if (!enrolled.contains(p))
                fail(QStringLiteral("claims a program its patient is not enrolled in"));
            const bool supported = std::any_of(
                e.content.diagnoses.cbegin(), e.content.diagnoses.cend(),
                [&](const records::Diagnosis &d) {
                    return std::any_of(m_programs[p].codes.cbegin(), m_programs[p].codes.cend(),
                                       [&](const QString &code) { return covers(code, d.icd10); });
                });
            if (!supported)
                fail(QStringLiteral("claims a program its diagnoses do not fall under"));
        }
        for (const int p : enrolled) {
            Program &program = m_programs[p];
            if ((program.category && *program.category != e.category)
                || (!program.codes.isEmpty() && !claimed.contains(p)))
                continue;
            qint64 &paid = m_paid[(qint64(e.patient) << 32) + p];
            const qint64 capLeft
                = program.cap == 0 ? program.amount : std::max<qint64>(0, program.cap - paid);
            const qint64 pay = std::min({program.amount, program.pool, capLeft});
            Payout payout;
            payout.record = index;
            payout.program = p;
            payout.patient = e.patient;
            payout.time = m_time;
            payout.amount = pay;
            if (pay < program.amount)
                payout.status = capLeft <= program.pool ? Payout::Status::CapReached
                                                        : Payout::Status::PoolExhausted;
            program.pool -= pay;
            paid += pay;
            balance(patient(e.patient)) += pay;
            m_out.payouts.append(payout);
        }
    }

    void step(const InvoiceEvent &e)
    {
        const bool clinical = isKind(e.institution, chain::InstitutionKind::Hospital)
            || isKind(e.institution, chain::InstitutionKind::Clinic);
        if (!clinical || !isPatient(e.patient) || e.amount <= 0) {
            fail(QStringLiteral("invoice parties or amount"));
            return;
        }
        if (e.encounter < 0 || e.encounter >= m_records.size()) {
            fail(QStringLiteral("invoice for no earlier record"));
        } else {
            const Record &r = m_records[e.encounter];
            if (r.patient != e.patient || r.institution != e.institution)
                fail(QStringLiteral("invoice for a record of another patient or institution"));
            if (e.feeType == wallet::FeeType::Registration
                && (r.category != chain::RecordCategory::Encounter || r.visitFee != e.amount))
                fail(QStringLiteral("registration fee not the visit's fee"));
        }
        m_out.invoices.append({e.institution, e.patient, e.feeType, e.amount, m_time, 0,
                               InvoiceOutcome::Status::Open});
    }

    void step(const SettlementEvent &e)
    {
        if (e.invoice < 0 || e.invoice >= m_out.invoices.size()
            || m_out.invoices[e.invoice].status != InvoiceOutcome::Status::Open) {
            fail(QStringLiteral("settles an invoice that is not open"));
            return;
        }
        InvoiceOutcome &invoice = m_out.invoices[e.invoice];
        invoice.settled = m_time;
        if (e.kind == SettlementEvent::Kind::Cancel) {
            invoice.status = InvoiceOutcome::Status::Cancelled;
            return;
        }
        if (balance(patient(invoice.patient)) < invoice.amount) {
            fail(QStringLiteral("pays an invoice beyond the balance"));
            return;
        }
        balance(patient(invoice.patient)) -= invoice.amount;
        balance(institution(invoice.institution)) += invoice.amount;
        invoice.status = InvoiceOutcome::Status::Paid;
    }

    void step(const ProgramEvent &e)
    {
        static const QRegularExpression code(QStringLiteral("^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$"));
        const bool owner = e.owner.kind == Account::Kind::Authority
            || (e.owner.kind == Account::Kind::Institution
                && isKind(e.owner.index, chain::InstitutionKind::TrialSponsor));
        bool codes = true;
        for (qsizetype i = 0; i < e.codes.size(); ++i)
            codes = codes && code.match(e.codes[i]).hasMatch()
                && (i == 0 || e.codes[i - 1] < e.codes[i]);
        if (!owner || e.name.trimmed().isEmpty() || !codes || e.amountPerEvent <= 0
            || e.capPerPatient < 0 || e.funding < 0)
            fail(QStringLiteral("program owner, name, codes or amounts"));
        if (balance(e.owner) < e.funding)
            fail(QStringLiteral("program funded beyond the owner's balance"));
        balance(e.owner) -= e.funding;
        m_programs.append(
            {e.owner, e.category, e.codes, e.amountPerEvent, e.capPerPatient, e.funding});
    }

    void step(const ProgramFundingEvent &e)
    {
        if (e.program < 0 || e.program >= m_programs.size() || e.amount <= 0) {
            fail(QStringLiteral("funds no program"));
            return;
        }
        Program &program = m_programs[e.program];
        if (balance(program.owner) < e.amount)
            fail(QStringLiteral("program funded beyond the owner's balance"));
        balance(program.owner) -= e.amount;
        program.pool += e.amount;
    }

    void step(const EnrolmentEvent &e)
    {
        if (e.program < 0 || e.program >= m_programs.size() || !isPatient(e.patient)
            || m_enrolled[e.patient].contains(e.program)) {
            fail(QStringLiteral("enrolment in no program, or twice"));
            return;
        }
        m_enrolled[e.patient].append(e.program);
        m_out.enrolments[e.patient].append(e.program);
    }

    void step(const FundEvent &e)
    {
        if (!isKind(e.institution, chain::InstitutionKind::FundManager)
            || e.name.trimmed().isEmpty())
            fail(QStringLiteral("a fund not issued by a fund manager"));
        m_funds.append({e.institution, 0, 0, -1, {}});
    }

    void step(const FundOrderEvent &e)
    {
        if (e.fund < 0 || e.fund >= m_funds.size() || !isPatient(e.patient) || e.amount <= 0) {
            fail(QStringLiteral("fund order parties or amount"));
            return;
        }
        Fund &fund = m_funds[e.fund];
        qint64 &held = fund.held[e.patient];
        if (e.kind == FundOrderEvent::Kind::Subscribe) {
            const qint64 minted = fund.assets == 0 || fund.shares == 0
                ? e.amount * kSharesPerFen
                : mulFloor(e.amount, fund.shares, fund.assets);
            if (balance(patient(e.patient)) < e.amount || minted <= 0) {
                fail(QStringLiteral("subscribes beyond the balance"));
                return;
            }
            balance(patient(e.patient)) -= e.amount;
            fund.assets += e.amount;
            fund.shares += minted;
            held += minted;
            ++m_out.subscriptions[e.patient];
            return;
        }
        const qint64 worth = fund.shares == 0 ? 0 : mulFloor(held, fund.assets, fund.shares);
        if (e.amount > worth) {
            fail(QStringLiteral("redeems more than the holding is worth"));
            return;
        }
        const qint64 burned = mulCeil(e.amount, fund.shares, fund.assets);
        balance(patient(e.patient)) += e.amount;
        fund.assets -= e.amount;
        fund.shares -= burned;
        held -= burned;
    }

    void step(const YieldEvent &e)
    {
        if (e.fund < 0 || e.fund >= m_funds.size()) {
            fail(QStringLiteral("a yield for no fund"));
            return;
        }
        Fund &fund = m_funds[e.fund];
        if (e.day <= fund.lastDay || e.day * kDay + kSixHours > m_time)
            fail(QStringLiteral("a yield for a day already published or not begun"));
        if (e.ratePpb < 50'000 || e.ratePpb > 70'000)
            fail(QStringLiteral("a yield far from a money fund's 2% a year"));
        const qint64 amount = mulFloor(fund.assets, qint64(e.ratePpb), 1'000'000'000);
        if (balance(institution(fund.issuer)) < amount)
            fail(QStringLiteral("a yield beyond the issuer's balance"));
        balance(institution(fund.issuer)) -= amount;
        fund.assets += amount;
        fund.lastDay = e.day;
        m_out.yieldRates.append(qint64(e.ratePpb));
    }

    const Scenario &m_s;
    const int m_limit;
    QString m_where;
    qint64 m_time = 0;
    WalletReplay m_out;
    QHash<qint64, qint64> m_balances;
    QSet<QString> m_references;
    QList<Record> m_records;
    QList<Program> m_programs;
    QHash<int, QList<int>> m_enrolled;
    QHash<qint64, qint64> m_paid;
    QList<Fund> m_funds;
};

} // namespace

WalletReplay replayWallet(const Scenario &scenario, int limit)
{
    return Replay(scenario, limit).run();
}

} // namespace medchain::demo::test

#include "demo/WalletSettlement.h"

#include "demo/GeneratorContext.h"
#include "demo/WalletBook.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace medchain::demo {

using wallet::Amount;

namespace {

constexpr Amount kYuan = 100;

Amount roundUp(Amount amount, Amount step)
{
    return (amount + step - 1) / step * step;
}

/// A payment provider's order number: its prefix, the day in China, and twelve digits that are
/// a bijection of the serial (48,271 is prime to 10), so no two payments share one.
QString reference(PaymentEvent::Kind kind, qint64 time, quint64 serial)
{
    const CivilDate date = chinaDate(time);
    const quint64 number = (serial * 48'271 + 730'001) % 1'000'000'000'000ULL;
    return QStringLiteral("%1%2%3%4%5")
        .arg(kind == PaymentEvent::Kind::Deposit ? QLatin1String("HT") : QLatin1String("HP"))
        .arg(date.year, 4, 10, QLatin1Char('0'))
        .arg(date.month, 2, 10, QLatin1Char('0'))
        .arg(date.day, 2, 10, QLatin1Char('0'))
        .arg(number, 12, 10, QLatin1Char('0'));
}

} // namespace

WalletSettlement::WalletSettlement(GeneratorContext &context)
    : m_ctx(context), m_random(context.random(Stream::Money, 4))
{
}

Result<void> WalletSettlement::run(std::vector<PlannedEvent> plan)
{
    m_plan = std::move(plan);
    WalletBook book(m_ctx.scenario);
    if (auto ok = settle(book); !ok)
        return ok;
    merge();
    return {};
}

/// Tops `account` up at the gateway shortly before `time` if it holds less than `amount`: by
/// `preferred`, or by the shortfall in whole fifty yuan if that is more.
void WalletSettlement::cover(WalletBook &book, const Account &account, Amount amount, qint64 time,
                             Amount preferred)
{
    const Amount shortfall = amount - book.balance(account);
    if (shortfall <= 0)
        return;
    const qint64 at = std::max(m_ctx.options.startMs, time - m_random.between(60, 900) * 1000);
    Event event {at,
                 PaymentEvent {PaymentEvent::Kind::Deposit, account,
                               std::max(preferred, roundUp(shortfall, 50 * kYuan)),
                               QStringLiteral("top-up %1").arg(m_topUps.size())}};
    (void)book.apply(event); // a deposit to an account of the network is always accepted
    m_topUps.push_back({std::move(event), Fill::Fixed, 0});
}

Amount WalletSettlement::preferredTopUp()
{
    static const WeightedChoice choice(std::vector<int> {10, 30, 30, 20, 10});
    static constexpr Amount kAmounts[] = {50, 100, 200, 500, 1'000};
    return kAmounts[choice.pick(m_random)] * kYuan;
}

Result<void> WalletSettlement::settle(WalletBook &book)
{
    // In time order; invoices are renumbered by their place among invoice events, as
    // settlements name them.
    std::vector<int> provisional(m_plan.size(), -1);
    int invoices = 0;
    for (size_t i = 0; i < m_plan.size(); ++i)
        if (std::holds_alternative<InvoiceEvent>(m_plan[i].event.what))
            provisional[i] = invoices++;
    std::vector<size_t> order(m_plan.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return m_plan[a].event.time < m_plan[b].event.time;
    });
    std::vector<int> renumbered(size_t(invoices), -1);
    int next = 0;
    for (const size_t i : order)
        if (provisional[i] >= 0)
            renumbered[size_t(provisional[i])] = next++;
    std::vector<PlannedEvent> sorted;
    sorted.reserve(m_plan.size());
    for (const size_t i : order) {
        sorted.push_back(std::move(m_plan[i]));
        if (auto *settlement = std::get_if<SettlementEvent>(&sorted.back().event.what))
            settlement->invoice = renumbered[size_t(settlement->invoice)];
    }
    m_plan = std::move(sorted);

    // The books in event order: records pay their subsidies, each planned event gets the
    // amounts that depend on what came before, and whoever is short tops up first.
    const Scenario &scenario = m_ctx.scenario;
    std::vector<std::pair<int, Amount>> billed; // by invoice: patient, amount
    QHash<int, Amount> lastRedeemed;
    int references = 0;
    size_t j = 0;
    const qsizetype count = scenario.events.size();
    const auto broken = [](const Result<void> &refused) {
        return Error {
            tr("The demo's wallet plan broke a rule of the chain: %1").arg(refused.error())};
    };
    for (qsizetype i = 0; i <= count; ++i) {
        const qint64 until
            = i < count ? scenario.events[i].time : std::numeric_limits<qint64>::max();
        for (; j < m_plan.size() && m_plan[j].event.time < until; ++j) {
            PlannedEvent &planned = m_plan[j];
            const qint64 time = planned.event.time;
            auto &what = planned.event.what;
            if (auto *payment = std::get_if<PaymentEvent>(&what)) {
                payment->reference = QStringLiteral("planned %1").arg(references++);
                const Amount balance = book.balance(payment->account);
                if (planned.fill == Fill::CashOut)
                    payment->amount = std::min(lastRedeemed.take(payment->account.index), balance);
                else if (planned.fill == Fill::Income)
                    payment->amount = balance;
                if (payment->amount <= 0) {
                    planned.fill = Fill::Dropped;
                    continue;
                }
            } else if (const auto *invoice = std::get_if<InvoiceEvent>(&what)) {
                billed.emplace_back(invoice->patient, invoice->amount);
            } else if (const auto *settlement = std::get_if<SettlementEvent>(&what);
                       settlement && settlement->kind == SettlementEvent::Kind::Pay) {
                const auto &[patient, amount] = billed[size_t(settlement->invoice)];
                cover(book, {Account::Kind::Patient, patient}, amount, time, preferredTopUp());
            } else if (auto *fundOrder = std::get_if<FundOrderEvent>(&what)) {
                const Account holder {Account::Kind::Patient, fundOrder->patient};
                if (fundOrder->kind == FundOrderEvent::Kind::Subscribe) {
                    cover(book, holder, fundOrder->amount, time, preferredTopUp());
                } else {
                    const Amount value = book.holdingValue(fundOrder->fund, fundOrder->patient);
                    fundOrder->amount = planned.fill == Fill::RedeemAll ? value
                        : planned.fill == Fill::RedeemHalf
                        ? value / 2 / (100 * kYuan) * (100 * kYuan)
                        : std::min(planned.limit, value);
                    if (fundOrder->amount <= 0) {
                        planned.fill = Fill::Dropped;
                        continue;
                    }
                    lastRedeemed[fundOrder->patient] = fundOrder->amount;
                }
            } else if (const auto *yield = std::get_if<YieldEvent>(&what)) {
                const Amount due = wallet::mulDivFloor(book.fundAssets(yield->fund),
                                                       qint64(yield->ratePpb), 1'000'000'000)
                                       .value_or(0);
                cover(book, {Account::Kind::Institution, scenario.cast.fundManager}, due, time,
                      std::max(1'000 * kYuan, roundUp(due * 30, 1'000 * kYuan)));
            }
            if (auto ok = book.apply(planned.event); !ok)
                return broken(ok);
        }
        if (i < count && std::holds_alternative<RecordEvent>(scenario.events[i].what))
            if (auto ok = book.apply(scenario.events[i]); !ok)
                return broken(ok);
    }
    return {};
}

void WalletSettlement::merge()
{
    std::vector<Event> wallet;
    wallet.reserve(m_plan.size() + m_topUps.size());
    for (PlannedEvent &planned : m_plan)
        if (planned.fill != Fill::Dropped)
            wallet.push_back(std::move(planned.event));
    for (PlannedEvent &topUp : m_topUps)
        wallet.push_back(std::move(topUp.event));
    m_plan.clear();
    m_topUps.clear();
    std::stable_sort(wallet.begin(), wallet.end(),
                     [](const Event &a, const Event &b) { return a.time < b.time; });
    quint64 serial = 0;
    for (Event &event : wallet)
        if (auto *payment = std::get_if<PaymentEvent>(&event.what))
            payment->reference = reference(payment->kind, event.time, ++serial);

    // Wallet events after the others at the same time, so records keep their indices.
    QList<Event> merged;
    QList<Event> &events = m_ctx.scenario.events;
    merged.reserve(events.size() + qsizetype(wallet.size()));
    size_t j = 0;
    for (Event &event : events) {
        for (; j < wallet.size() && wallet[j].time < event.time; ++j)
            merged.append(std::move(wallet[j]));
        merged.append(std::move(event));
    }
    for (; j < wallet.size(); ++j)
        merged.append(std::move(wallet[j]));
    events = std::move(merged);
}

} // namespace medchain::demo

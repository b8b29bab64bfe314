// The demo scenario's money: the wallet's rules hold (an independent replay of the books, and
// each rule broken once must be named), the cast patient has every kind of money, and fees,
// subsidies, pools and fund orders look like a year.
#include "ScenarioChecker.h"
#include "ScenarioFixture.h"
#include "WalletChecker.h"

#include <QSet>
#include <QTest>

#include <map>

using namespace medchain;
using namespace medchain::demo;
using test::kDay;

class TestScenarioMoney : public QObject {
    Q_OBJECT
private:
    Catalog m_catalog = test::loadCatalog();
    Scenario m_small;
    Scenario m_medium;

private slots:
    void initTestCase()
    {
        QVERIFY(test::generateStandardScenarios(m_catalog, &m_small, &m_medium));
    }

    void checkerCatchesBrokenWalletRules()
    {
        // Each change breaks one of the wallet's rules; the checker must name it.
        const auto brokenWith = [&](const char *problem, auto &&change) {
            Scenario s = m_small;
            change(s);
            const QStringList problems = test::checkScenario(s, m_catalog, 1000);
            return problems.join(QLatin1Char('\n')).contains(QLatin1String(problem));
        };
        const auto first = [](Scenario &s, auto predicate) -> Event & {
            for (Event &e : s.events)
                if (predicate(e))
                    return e;
            qFatal("the small scenario lacks an event this test changes");
        };
        QVERIFY(brokenWith("used twice", [&](Scenario &s) {
            QString reference;
            for (Event &e : s.events)
                if (auto *p = std::get_if<PaymentEvent>(&e.what)) {
                    if (reference.isEmpty())
                        reference = p->reference;
                    else if (test::chinaDayOf(e.time) == reference.mid(2, 8)) {
                        p->reference = reference;
                        return;
                    }
                }
        }));
        QVERIFY(brokenWith("order number", [&](Scenario &s) {
            std::get<PaymentEvent>(
                first(s,
                      [](const Event &e) { return std::holds_alternative<PaymentEvent>(e.what); })
                    .what)
                .reference
                = QStringLiteral("top-up 1");
        }));
        QVERIFY(brokenWith("pays an invoice beyond the balance", [&](Scenario &s) {
            // Without the money paid in before it, the first payment cannot be made.
            QList<int> invoicePatients;
            for (qsizetype i = 0; i < s.events.size(); ++i) {
                if (const auto *invoice = std::get_if<InvoiceEvent>(&s.events[i].what))
                    invoicePatients.append(invoice->patient);
                const auto *pay = std::get_if<SettlementEvent>(&s.events[i].what);
                if (!pay || pay->kind != SettlementEvent::Kind::Pay)
                    continue;
                const int patient = invoicePatients[pay->invoice];
                s.events.removeIf([&](const Event &e) {
                    const auto *p = std::get_if<PaymentEvent>(&e.what);
                    return e.time < s.events[i].time && p
                        && p->account == Account {Account::Kind::Patient, patient};
                });
                return;
            }
        }));
        QVERIFY(brokenWith("another patient", [&](Scenario &s) {
            auto &invoice
                = std::get<InvoiceEvent>(first(s, [](const Event &e) {
                                             return std::holds_alternative<InvoiceEvent>(e.what);
                                         }).what);
            invoice.patient = (invoice.patient + 1) % int(s.patients.size());
        }));
        QVERIFY(brokenWith("not open", [&](Scenario &s) {
            for (qsizetype i = 0; i < s.events.size(); ++i)
                if (const auto *cancel = std::get_if<SettlementEvent>(&s.events[i].what);
                    cancel && cancel->kind == SettlementEvent::Kind::Cancel) {
                    s.events.insert(
                        i + 1,
                        Event {s.events[i].time,
                               SettlementEvent {cancel->invoice, SettlementEvent::Kind::Pay}});
                    return;
                }
        }));
        QVERIFY(brokenWith("do not fall under", [&](Scenario &s) {
            auto &record = std::get<RecordEvent>(first(s, [](const Event &e) {
                                                     const auto *r
                                                         = std::get_if<RecordEvent>(&e.what);
                                                     return r && !r->claims.isEmpty();
                                                 }).what);
            record.content.diagnoses = {{QStringLiteral("J06.9"), QString()}};
        }));
        QVERIFY(brokenWith("not enrolled", [&](Scenario &s) {
            QSet<int> enrolled;
            for (Event &e : s.events) {
                if (const auto *n = std::get_if<EnrolmentEvent>(&e.what))
                    enrolled.insert(n->patient);
                if (auto *r = std::get_if<RecordEvent>(&e.what);
                    r && !enrolled.contains(r->patient) && !enrolled.isEmpty()) {
                    r->claims = {0};
                    return;
                }
            }
        }));
        QVERIFY(brokenWith("more than the holding is worth", [&](Scenario &s) {
            for (Event &e : s.events)
                if (auto *o = std::get_if<FundOrderEvent>(&e.what);
                    o && o->kind == FundOrderEvent::Kind::Redeem) {
                    o->amount *= 10;
                    return;
                }
        }));
        QVERIFY(brokenWith("not begun", [&](Scenario &s) {
            ++std::get<YieldEvent>(
                  first(s,
                        [](const Event &e) { return std::holds_alternative<YieldEvent>(e.what); })
                      .what)
                  .day;
        }));
    }

    void castPatientHasEveryKindOfMoney()
    {
        // The patient GUI shows them all: top-ups, paid and open bills, both programs' subsidies
        // and a fund holding.
        for (const Scenario *scenario : {&m_small, &m_medium}) {
            const int cast = scenario->cast.patient;
            const test::WalletReplay replay = test::replayWallet(*scenario);
            QVERIFY(replay.deposits.value(cast) >= 1);
            int paid = 0, open = 0;
            for (const test::InvoiceOutcome &invoice : replay.invoices)
                if (invoice.patient == cast) {
                    paid += invoice.status == test::InvoiceOutcome::Status::Paid;
                    open += invoice.status == test::InvoiceOutcome::Status::Open;
                }
            QVERIFY2(paid >= 5, qPrintable(QString::number(paid)));
            QVERIFY(open >= 1);
            QCOMPARE(replay.enrolments.value(cast).size(), 2);
            QSet<int> paying;
            for (const test::Payout &payout : replay.payouts)
                if (payout.patient == cast && payout.amount > 0)
                    paying.insert(payout.program);
            QCOMPARE(paying.size(), 2);
            QVERIFY(replay.subscriptions.value(cast) >= 1);
        }
    }

    void moneyLooksLikeAYear()
    {
        const Scenario &s = m_medium;
        const test::WalletReplay replay = test::replayWallet(s);
        QVERIFY(replay.problems.isEmpty());
        const int patients = int(s.patients.size());
        const auto between = [](qint64 part, qint64 whole, int lowPercent, int highPercent) {
            return part * 100 >= whole * lowPercent && part * 100 <= whole * highPercent;
        };

        // Most fees are paid within the hour, nearly all within days; a few stay open, the odd
        // one is cancelled.
        QSet<int> billed;
        std::map<wallet::FeeType, int> byType;
        int paid = 0, open = 0, cancelled = 0, withinAnHour = 0, withinDays = 0;
        for (const test::InvoiceOutcome &invoice : replay.invoices) {
            billed.insert(invoice.patient);
            ++byType[invoice.feeType];
            if (invoice.status == test::InvoiceOutcome::Status::Paid) {
                ++paid;
                withinAnHour += invoice.settled - invoice.issued <= 3'600'000;
                withinDays += invoice.settled - invoice.issued <= 4 * kDay;
            }
            open += invoice.status == test::InvoiceOutcome::Status::Open;
            cancelled += invoice.status == test::InvoiceOutcome::Status::Cancelled;
        }
        const int invoices = int(replay.invoices.size());
        QVERIFY2(between(billed.size(), patients, 50, 80),
                 qPrintable(QString::number(billed.size())));
        QVERIFY2(between(paid, invoices, 88, 97), qPrintable(QString::number(paid)));
        QVERIFY2(between(cancelled, invoices, 1, 3), qPrintable(QString::number(cancelled)));
        QVERIFY2(between(open, invoices, 2, 8), qPrintable(QString::number(open)));
        QVERIFY(between(withinAnHour, paid, 55, 80));
        QVERIFY(between(withinDays, paid, 90, 100));
        QVERIFY(byType[wallet::FeeType::Registration] > byType[wallet::FeeType::RecordManagement]);
        QVERIFY(byType[wallet::FeeType::RecordManagement]
                > byType[wallet::FeeType::OnlineConsultation]);
        QVERIFY(byType[wallet::FeeType::OnlineConsultation] > 0);

        // A few percent of patients get the authority's assistance; the trial pays its
        // participants until its pool runs dry, after the sponsor's mid-year top-up.
        int assisted = 0, participants = 0;
        for (const QList<int> &programs : replay.enrolments) {
            assisted += programs.contains(0);
            participants += programs.contains(1);
        }
        QVERIFY2(between(assisted, patients, 1, 6), qPrintable(QString::number(assisted)));
        QVERIFY(participants >= 3);
        qint64 topUp = 0;
        for (const Event &e : s.events)
            if (const auto *f = std::get_if<ProgramFundingEvent>(&e.what); f && f->program == 1)
                topUp = e.time;
        const qint64 start = s.options.startMs;
        const qint64 end = start + s.options.days * kDay;
        QVERIFY(topUp > start + (end - start) * 2 / 5 && topUp < start + (end - start) * 3 / 5);
        qint64 dry = 0;
        int paidStipends = 0;
        for (const test::Payout &payout : replay.payouts) {
            if (payout.program != 1)
                continue;
            if (payout.status == test::Payout::Status::PoolExhausted) {
                QCOMPARE(payout.amount, 0);
                dry = dry ? dry : payout.time;
            } else {
                QVERIFY(!dry); // an empty pool stays empty
                paidStipends += payout.status == test::Payout::Status::Paid;
            }
        }
        QVERIFY(paidStipends >= 8);
        QVERIFY2(dry > topUp && dry < end, qPrintable(QString::number((dry - start) / kDay)));
        int assistance = 0, assistanceCapped = 0;
        for (const test::Payout &payout : replay.payouts)
            if (payout.program == 0) {
                ++assistance;
                assistanceCapped += payout.status == test::Payout::Status::CapReached;
                QVERIFY(payout.status != test::Payout::Status::PoolExhausted);
            }
        QVERIFY(assistance > 10 * assisted / 2);
        QVERIFY(assistanceCapped > 0 && assistanceCapped < assistance / 2);

        // The fund: a yield every day at about 2% a year, a few subscribers, fewer sellers.
        QCOMPARE(replay.yieldRates.size(), s.options.days);
        QVERIFY(replay.fundAssets > 0);
        const int subscribers = int(replay.subscriptions.size());
        int redemptions = 0, institutionWithdrawals = 0, patientWithdrawals = 0;
        for (const Event &e : s.events) {
            if (const auto *o = std::get_if<FundOrderEvent>(&e.what))
                redemptions += o->kind == FundOrderEvent::Kind::Redeem;
            if (const auto *p = std::get_if<PaymentEvent>(&e.what);
                p && p->kind == PaymentEvent::Kind::Withdrawal) {
                institutionWithdrawals += p->account.kind == Account::Kind::Institution;
                patientWithdrawals += p->account.kind == Account::Kind::Patient;
            }
        }
        QVERIFY2(between(subscribers, billed.size(), 2, 8),
                 qPrintable(QString::number(subscribers)));
        QVERIFY(redemptions >= 1 && redemptions < subscribers / 2);
        QVERIFY(patientWithdrawals >= 1 && patientWithdrawals <= redemptions);
        // Hospitals and clinics take their income out every month.
        QVERIFY(institutionWithdrawals >= 10 * int(s.institutions.size()) / 2);
        // Top-ups: most wallet users pay in once or a few times, not before every bill.
        int fewDeposits = 0;
        for (const qint64 n : replay.deposits)
            fewDeposits += n <= 4;
        QVERIFY2(between(fewDeposits, replay.deposits.size(), 80, 100),
                 qPrintable(QString::number(fewDeposits)));
    }
};

QTEST_GUILESS_MAIN(TestScenarioMoney)
#include "TestScenarioMoney.moc"

// Internal to DemoTransactions: a scenario's wallet events as the transactions their senders sign.
// Each event is checked against a WalletBook first, so one the chain would refuse fails here,
// with the event named, instead of reaching the node.
#pragma once

#include "chain/ChainTypes.h"
#include "chain/Transaction.h"
#include "demo/WalletBook.h"

#include <functional>
#include <vector>

namespace medchain::demo {

struct DemoParties;

class WalletTransactions {
public:
    /// Signs a body as a party of the scenario, with its next nonce, at `time`.
    using Sign = std::function<QByteArray(const Account &sender, chain::TxBody body, qint64 time)>;
    /// The chain id of the scenario's record with that index (as AmendmentEvent::record).
    using RecordId = std::function<chain::Hash(int record)>;

    WalletTransactions(const Scenario &scenario, const DemoParties &parties, Sign sign,
                       RecordId recordId);

    /// A new record (a RecordEvent): checks its claims, pays its subsidies in the books and
    /// returns the claimed programs' ids, sorted as AddRecord wants them. Call for every
    /// record, in event order.
    Result<QList<chain::Hash>> addRecord(const Event &record);

    /// The signed transaction of a wallet event (PaymentEvent … YieldEvent), in event order.
    Result<QByteArray> build(const Event &event);

    const WalletBook &book() const { return m_book; }

private:
    struct Invoice {
        chain::Hash id;
        int patient = 0;
        int institution = 0;
    };
    struct Issued {
        chain::Hash id;
        Account owner;
    };

    chain::IdentityId idOf(const Account &account) const;
    QByteArray sign(const Account &sender, chain::TxBody body, qint64 time);

    const Scenario &m_scenario;
    const DemoParties &m_parties;
    Sign m_sign;
    RecordId m_recordId;
    WalletBook m_book;
    std::vector<Invoice> m_invoices;
    std::vector<Issued> m_programs;
    std::vector<Issued> m_funds;
    chain::Hash m_lastHash;
};

} // namespace medchain::demo

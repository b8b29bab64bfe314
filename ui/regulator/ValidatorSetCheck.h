// What the authority is told before a new validator set is sent: the changes in words, and
// whether validators holding more than two thirds of its power are up now (else blocks stop).
#pragma once

#include "client/AdminTypes.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace medchain::ui {

struct ValidatorSetReview {
    QStringList changes; // "Adds …", "Removes …", "… power 1 → 3"
    QString quorum; // how much power blocks need under the new set
    QStringList warnings; // each a sentence; empty when nothing looks wrong
    bool mayStop = false; // the validators up now hold at most two thirds of the new set's power
};

class ValidatorSetCheck {
    Q_DECLARE_TR_FUNCTIONS(ValidatorSetCheck)
public:
    /// Whether node takes part now as health shows it: a validator signing recently, or a peer
    /// caught up with this replica.
    static bool isUp(const client::IdentityId &node, const client::NetworkHealth &health);
    /// The smallest power that is more than two thirds of total: what blocks need.
    static quint64 quorum(quint64 total) { return total * 2 / 3 + 1; }
    /// nodes name the validators; health is what this replica last read (none: not checked).
    static ValidatorSetReview review(const QList<identity::Validator> &current,
                                     const QList<identity::Validator> &proposed,
                                     const QList<client::Party> &nodes,
                                     const std::optional<client::NetworkHealth> &health);
};

} // namespace medchain::ui

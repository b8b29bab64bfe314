#include "regulator/ValidatorSetCheck.h"

#include "patient/RecordFormat.h"
#include "regulator/SurveillanceText.h"
#include "regulator/ValidatorHealthModel.h"

#include <QLocale>

namespace medchain::ui {

namespace {

QString nameOf(const client::IdentityId &node, const QList<client::Party> &nodes)
{
    for (const client::Party &party : nodes)
        if (party.id == node)
            return RecordFormat::party(party);
    client::Party unknown;
    unknown.id = node;
    return RecordFormat::party(unknown);
}

std::optional<quint64> powerIn(const QList<identity::Validator> &set,
                               const client::IdentityId &node)
{
    for (const identity::Validator &validator : set)
        if (validator.node == node)
            return validator.power;
    return std::nullopt;
}

QString power(quint64 value)
{
    return SurveillanceText::count(qint64(value));
}

} // namespace

bool ValidatorSetCheck::isUp(const client::IdentityId &node, const client::NetworkHealth &health)
{
    for (const client::ValidatorHealth &validator : health.validators)
        if (validator.node.id == node
            && ValidatorHealthModel::stateOf(validator, health)
                == ValidatorHealthModel::State::Signing)
            return true;
    for (const client::PeerHealth &peer : health.peers)
        if (peer.node.id == node && peer.height + ValidatorHealthModel::LagBlocks >= health.height)
            return true;
    return false;
}

ValidatorSetReview ValidatorSetCheck::review(const QList<identity::Validator> &current,
                                             const QList<identity::Validator> &proposed,
                                             const QList<client::Party> &nodes,
                                             const std::optional<client::NetworkHealth> &health)
{
    ValidatorSetReview review;
    QStringList removedUp;
    for (const identity::Validator &was : current) {
        if (powerIn(proposed, was.node))
            continue;
        review.changes.append(tr("Removes %1.").arg(nameOf(was.node, nodes)));
        if (health && isUp(was.node, *health))
            removedUp.append(nameOf(was.node, nodes));
    }
    quint64 total = 0;
    quint64 up = 0;
    QStringList down;
    for (const identity::Validator &validator : proposed) {
        total += validator.power;
        const std::optional<quint64> was = powerIn(current, validator.node);
        if (!was)
            review.changes.append(tr("Adds %1 with power %2.")
                                      .arg(nameOf(validator.node, nodes), power(validator.power)));
        else if (*was != validator.power)
            review.changes.append(
                tr("Changes the power of %1 from %2 to %3.")
                    .arg(nameOf(validator.node, nodes), power(*was), power(validator.power)));
        if (health && isUp(validator.node, *health))
            up += validator.power;
        else if (health)
            down.append(nameOf(validator.node, nodes));
    }
    if (proposed.isEmpty())
        return review;
    review.quorum = tr("Blocks will need the votes of validators holding at least %1 of the %2 "
                       "voting power.")
                        .arg(power(quorum(total)), power(total));

    const QLocale locale;
    if (!health) {
        review.warnings.append(tr("The validators' state has not been read yet, so whether the "
                                  "new set can make blocks was not checked."));
        return review;
    }
    if (!removedUp.isEmpty())
        review.warnings.append(
            tr("%1 sign(s) blocks now and would stop voting.", nullptr, int(removedUp.size()))
                .arg(locale.createSeparatedList(removedUp)));
    if (!down.isEmpty())
        review.warnings.append(tr("%1 neither sign(s) blocks nor is connected to this node now.",
                                  nullptr, int(down.size()))
                                   .arg(locale.createSeparatedList(down)));
    if (up < quorum(total)) {
        review.mayStop = true;
        review.warnings.append(tr("Validators up now hold only %1 of the %2 voting power, not "
                                  "more than two thirds: the network would stop making blocks, "
                                  "and could not take this change back, until enough of them "
                                  "run.")
                                   .arg(power(up), power(total)));
    }
    return review;
}

} // namespace medchain::ui

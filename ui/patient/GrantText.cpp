#include "patient/GrantText.h"

#include "patient/RecordFormat.h"

#include <QStringList>

namespace medchain::ui {

QString GrantText::scope(const consent::AccessScope &scope)
{
    switch (scope.kind) {
    case consent::AccessScope::Kind::All:
        return tr("All records");
    case consent::AccessScope::Kind::Categories: {
        QStringList names;
        for (const chain::RecordCategory category : scope.categories)
            names.append(RecordFormat::category(category));
        // The separator is the translator's: Chinese lists with 、.
        return names.join(tr(", "));
    }
    case consent::AccessScope::Kind::Records:
        return tr("%n listed record(s)", nullptr, int(scope.records.size()));
    }
    return QString();
}

qint64 GrantText::daysLeft(qint64 expiry, qint64 now)
{
    if (expiry <= now)
        return 0;
    return (expiry - now + DayMs - 1) / DayMs;
}

QString GrantText::expiry(qint64 expiry, qint64 now)
{
    const QString date = RecordFormat::date(expiry);
    if (expiry <= now)
        return tr("Expired %1").arg(date);
    if (expiry - now < DayMs)
        return tr("%1 (less than a day left)").arg(date);
    const qint64 days = daysLeft(expiry, now);
    return tr("%1 (%n day(s) left)", nullptr, int(qMin<qint64>(days, 1'000'000))).arg(date);
}

QString GrantText::grantState(const client::GrantEntry &grant, qint64 now)
{
    if (grant.revoked)
        return tr("Revoked");
    if (grant.expiry <= now)
        return tr("Expired");
    return tr("Active");
}

QString GrantText::requestState(client::RequestState state)
{
    switch (state) {
    case client::RequestState::Pending:
        return tr("Waiting for your answer");
    case client::RequestState::Granted:
        return tr("Granted");
    case client::RequestState::Declined:
        return tr("Declined");
    }
    return QString();
}

} // namespace medchain::ui

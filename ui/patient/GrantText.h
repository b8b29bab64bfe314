// How the access page words consent: a grant's scope, how long it has left, a request's state.
// Times are compared with a `now` the caller passes, so one table uses one clock reading.
#pragma once

#include "client/ClientTypes.h"

#include <QCoreApplication>
#include <QString>

namespace medchain::ui {

class GrantText {
    Q_DECLARE_TR_FUNCTIONS(GrantText)
public:
    static constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

    /// "All records", "Laboratory, Imaging", "3 listed records".
    static QString scope(const consent::AccessScope &scope);
    /// "2026-12-01 (7 days left)", "2026-12-01 (less than a day left)", "Expired 2026-11-01".
    static QString expiry(qint64 expiry, qint64 now);
    /// "Active", "Revoked", "Expired".
    static QString grantState(const client::GrantEntry &grant, qint64 now);
    static QString requestState(client::RequestState state);
    /// Whole days from now until expiry, rounded up; 0 once expired.
    static qint64 daysLeft(qint64 expiry, qint64 now);
};

} // namespace medchain::ui

// What the registration desk checks in what a clerk types before anything is signed: national
// IDs (the PRC resident ID's ISO 7064 MOD 11-2 check digit), region codes, and how ids are read.
#pragma once

#include "chain/ChainTypes.h"

#include <QCoreApplication>
#include <QString>

namespace medchain::ui {

class DeskInput {
    Q_DECLARE_TR_FUNCTIONS(DeskInput)
public:
    /// Why normalised (identity::Enrollment::normalisedNationalId) cannot be a national ID, in
    /// words; empty when it can. An 18-character PRC resident ID (17 digits, then a digit or X)
    /// must carry its check digit; any other document number is 5 to 20 letters and digits.
    static QString nationalIdProblem(const QString &normalised);
    /// True for 17 digits followed by a digit or X (the PRC resident ID's form).
    static bool looksLikeResidentId(const QString &normalised);
    /// The ISO 7064 MOD 11-2 check character ('0'–'9' or 'X') of a resident ID's 17 digits.
    static QChar residentIdCheckCharacter(QStringView first17Digits);
    /// Why code cannot be a region code; empty when it can (1–16 letters, digits or '-').
    static QString regionCodeProblem(const QString &code);
    /// The id's 64 hex digits in groups of four, eight groups a line, to read out.
    static QString groupedHex(const chain::IdentityId &id);
};

} // namespace medchain::ui

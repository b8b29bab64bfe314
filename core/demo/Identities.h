// Names and identity numbers for the demo population: Chinese and Latin-script names, and
// 18-character resident ID numbers with their GB 11643 check character.
#pragma once

#include "demo/DemoRandom.h"

#include <QString>

#include <vector>

namespace medchain::demo {

struct DemoData;

/// The ISO 7064 MOD 11-2 check character of GB 11643 for the first 17 digits ('0'-'9' or 'X').
QChar residentIdCheckCharacter(QStringView first17);

/// A citizen's resident ID number: region (6 digits), birth date (YYYYMMDD), a sequence number
/// (3 digits; odd for men, even for women) and the check character.
QString residentIdNumber(const QString &region, int year, int month, int day, int sequence);

/// A foreign permanent resident's ID number (2023 format): 9, the province's two digits, the
/// ISO 3166-1 numeric country code, birth date, sequence number and check character.
QString foreignResidentIdNumber(const QString &province, const QString &country, int year,
                                int month, int day, int sequence);

class NameMaker {
public:
    explicit NameMaker(const DemoData &data);

    /// A surname and one or two given-name characters suited to `sex` ('F' or 'M').
    QString chinese(DemoRandom &random, QChar sex) const;
    /// "Given Family" from one country's list; `country` receives its numeric code.
    QString latin(DemoRandom &random, QChar sex, QString *country) const;

private:
    const DemoData &m_data;
    WeightedChoice m_surnames;
    WeightedChoice m_female;
    WeightedChoice m_male;
    std::vector<int> m_femaleCharacters;
    std::vector<int> m_maleCharacters;
};

} // namespace medchain::demo

#include "demo/Identities.h"

#include "demo/DemoData.h"

namespace medchain::demo {

QChar residentIdCheckCharacter(QStringView first17)
{
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char kCheck[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i)
        sum += (first17[i].unicode() - '0') * kWeights[i];
    return QLatin1Char(kCheck[sum % 11]);
}

namespace {

QString withCheck(const QString &first17)
{
    return first17 + residentIdCheckCharacter(first17);
}

QString date(int year, int month, int day)
{
    return QStringLiteral("%1%2%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

} // namespace

QString residentIdNumber(const QString &region, int year, int month, int day, int sequence)
{
    return withCheck(region + date(year, month, day)
                     + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0')));
}

QString foreignResidentIdNumber(const QString &province, const QString &country, int year,
                                int month, int day, int sequence)
{
    return withCheck(QLatin1Char('9') + province.left(2) + country + date(year, month, day)
                     + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0')));
}

NameMaker::NameMaker(const DemoData &data) : m_data(data)
{
    for (const WeightedName &surname : data.surnames)
        m_surnames.add(quint64(surname.weight));
    for (int i = 0; i < int(data.givenCharacters.size()); ++i) {
        const WeightedName &c = data.givenCharacters[i];
        if (c.sex != QLatin1Char('M')) {
            m_female.add(quint64(c.weight));
            m_femaleCharacters.push_back(i);
        }
        if (c.sex != QLatin1Char('F')) {
            m_male.add(quint64(c.weight));
            m_maleCharacters.push_back(i);
        }
    }
}

QString NameMaker::chinese(DemoRandom &random, QChar sex) const
{
    const bool female = sex == QLatin1Char('F');
    const WeightedChoice &choice = female ? m_female : m_male;
    const std::vector<int> &characters = female ? m_femaleCharacters : m_maleCharacters;
    QString name = m_data.surnames[m_surnames.pick(random)].text;
    const int length = random.percent(75) ? 2 : 1;
    for (int i = 0; i < length; ++i)
        name += m_data.givenCharacters[characters[size_t(choice.pick(random))]].text;
    return name;
}

QString NameMaker::latin(DemoRandom &random, QChar sex, QString *country) const
{
    const LatinCountry &from = random.pick(m_data.latinNames);
    *country = from.code;
    const QString &given = random.pick(sex == QLatin1Char('F') ? from.female : from.male);
    return given + QLatin1Char(' ') + random.pick(from.family);
}

} // namespace medchain::demo

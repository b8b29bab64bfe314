#include "ChainText.h"

#include <QByteArray>
#include <QDateTime>

#include <utility>

namespace medchain::cli {

using chain::InstitutionKind;
using chain::TxType;

namespace {

std::optional<QByteArray> parseHex32(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 64)
        return std::nullopt;
    for (const QChar c : trimmed)
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            && !(c >= QLatin1Char('A') && c <= QLatin1Char('F')))
            return std::nullopt;
    return QByteArray::fromHex(trimmed.toLatin1());
}

constexpr std::pair<InstitutionKind, const char *> kKinds[] = {
    {InstitutionKind::Hospital, "hospital"},
    {InstitutionKind::Clinic, "clinic"},
    {InstitutionKind::Laboratory, "laboratory"},
    {InstitutionKind::PaymentGateway, "payment-gateway"},
    {InstitutionKind::TrialSponsor, "trial-sponsor"},
    {InstitutionKind::RegulatorOffice, "regulator-office"},
    {InstitutionKind::FundManager, "fund-manager"},
};

constexpr std::pair<TxType, const char *> kTypes[] = {
    {TxType::EnrollInstitution, "EnrollInstitution"},
    {TxType::EnrollPractitioner, "EnrollPractitioner"},
    {TxType::RegisterPatient, "RegisterPatient"},
    {TxType::EnrollNode, "EnrollNode"},
    {TxType::RevokeIdentity, "RevokeIdentity"},
    {TxType::SetValidators, "SetValidators"},
    {TxType::ReportEquivocation, "ReportEquivocation"},
    {TxType::AddRecord, "AddRecord"},
    {TxType::ProposeAmendment, "ProposeAmendment"},
    {TxType::AnswerAmendment, "AnswerAmendment"},
    {TxType::AccessReceipt, "AccessReceipt"},
    {TxType::GrantAccess, "GrantAccess"},
    {TxType::RevokeGrant, "RevokeGrant"},
    {TxType::RequestAccess, "RequestAccess"},
    {TxType::DeclineRequest, "DeclineRequest"},
    {TxType::EmergencyAccess, "EmergencyAccess"},
    {TxType::ShareKeys, "ShareKeys"},
    {TxType::Deposit, "Deposit"},
    {TxType::Withdraw, "Withdraw"},
    {TxType::IssueInvoice, "IssueInvoice"},
    {TxType::PayInvoice, "PayInvoice"},
    {TxType::CancelInvoice, "CancelInvoice"},
    {TxType::CreateProgram, "CreateProgram"},
    {TxType::FundProgram, "FundProgram"},
    {TxType::EnrollBeneficiary, "EnrollBeneficiary"},
    {TxType::CreateFund, "CreateFund"},
    {TxType::Subscribe, "Subscribe"},
    {TxType::Redeem, "Redeem"},
    {TxType::PublishYield, "PublishYield"},
};

} // namespace

QString hex(const chain::Hash &hash)
{
    return QString::fromLatin1(hash.toHex());
}

QString hex(const chain::IdentityId &id)
{
    return QString::fromLatin1(id.toByteArray().toHex());
}

std::optional<chain::Hash> parseHash(const QString &text)
{
    const auto bytes = parseHex32(text);
    if (!bytes)
        return std::nullopt;
    chain::Hash hash;
    std::copy(bytes->cbegin(), bytes->cend(), hash.bytes.begin());
    return hash;
}

std::optional<chain::IdentityId> parseIdentity(const QString &text)
{
    const auto bytes = parseHex32(text);
    if (!bytes)
        return std::nullopt;
    return chain::IdentityId::fromBytes(*bytes);
}

QString roleName(chain::Role role)
{
    switch (role) {
    case chain::Role::Authority:
        return QStringLiteral("authority");
    case chain::Role::Institution:
        return QStringLiteral("institution");
    case chain::Role::Practitioner:
        return QStringLiteral("practitioner");
    case chain::Role::Patient:
        return QStringLiteral("patient");
    case chain::Role::Node:
        return QStringLiteral("node");
    }
    return QStringLiteral("unknown");
}

QString kindName(InstitutionKind kind)
{
    for (const auto &[value, name] : kKinds)
        if (value == kind)
            return QString::fromLatin1(name);
    return QStringLiteral("unknown");
}

std::optional<InstitutionKind> parseKind(const QString &text)
{
    for (const auto &[value, name] : kKinds)
        if (text == QLatin1String(name))
            return value;
    return std::nullopt;
}

QString txTypeName(TxType type)
{
    for (const auto &[value, name] : kTypes)
        if (value == type)
            return QString::fromLatin1(name);
    return QStringLiteral("Type%1").arg(quint16(type));
}

QString isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace medchain::cli

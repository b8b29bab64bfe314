#include "wallet/WalletTx.h"

#include <QRegularExpression>

namespace medchain::wallet {

using namespace chain;
using codec::CborMapReader;
using codec::CborReader;
using codec::CborWriter;

namespace {
struct WalletTx {
    Q_DECLARE_TR_FUNCTIONS(WalletTx)
};

enum class Zero { Refused, Allowed };

Amount readAmount(CborReader &r, Zero zero = Zero::Refused)
{
    const quint64 value = r.readUnsigned();
    if (r.hasError())
        return 0;
    if (value > quint64(MaxAmount))
        r.fail(WalletTx::tr("an amount above the most one transaction may move"));
    else if (value == 0 && zero == Zero::Refused)
        r.fail(WalletTx::tr("an amount of zero"));
    return Amount(value);
}

QString readReference(CborReader &r)
{
    QString reference = r.readText(limits::MaxPaymentReferenceLength);
    if (!r.hasError() && reference.trimmed().isEmpty())
        r.fail(WalletTx::tr("a payment without its reference"));
    return reference;
}

QString readName(CborReader &r)
{
    QString name = r.readText(limits::MaxNameLength);
    if (!r.hasError() && name.trimmed().isEmpty())
        r.fail(WalletTx::tr("a blank name"));
    return name;
}

bool isDiagnosisCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$"));
    return pattern.match(code).hasMatch();
}

QStringList readCodes(CborReader &r)
{
    QStringList codes;
    const quint64 count = r.readArrayHeader(limits::MaxProgramCodes);
    for (quint64 i = 0; i < count && !r.hasError(); ++i) {
        QString code = r.readText(16);
        if (r.hasError())
            break;
        if (!isDiagnosisCode(code))
            r.fail(WalletTx::tr("\"%1\" is not an ICD-10 code").arg(code));
        else if (!codes.isEmpty() && !(codes.last() < code))
            r.fail(WalletTx::tr("diagnosis codes must be sorted, without repeats"));
        codes.append(std::move(code));
    }
    return codes;
}
} // namespace

AccountId accountOf(const IdentityId &identity)
{
    return fixedFrom<AccountId>(bytesOf(identity));
}

void Deposit::encode(CborWriter &w) const
{
    w.beginMap(3);
    w.key(0);
    writeIdentity(w, account);
    w.key(1);
    w.writeInteger(amount);
    w.key(2);
    w.writeText(reference);
    w.end();
}

Deposit Deposit::decode(CborReader &r)
{
    Deposit body;
    CborMapReader map(r, 3);
    map.require(0);
    body.account = readIdentity(r);
    map.require(1);
    body.amount = readAmount(r);
    map.require(2);
    body.reference = readReference(r);
    map.finish();
    return body;
}

void Withdraw::encode(CborWriter &w) const
{
    w.beginMap(3);
    w.key(0);
    writeIdentity(w, gateway);
    w.key(1);
    w.writeInteger(amount);
    w.key(2);
    w.writeText(reference);
    w.end();
}

Withdraw Withdraw::decode(CborReader &r)
{
    Withdraw body;
    CborMapReader map(r, 3);
    map.require(0);
    body.gateway = readIdentity(r);
    map.require(1);
    body.amount = readAmount(r);
    map.require(2);
    body.reference = readReference(r);
    map.finish();
    return body;
}

void IssueInvoice::encode(CborWriter &w) const
{
    w.beginMap(encounter ? 4 : 3);
    w.key(0);
    writeIdentity(w, patient);
    w.key(1);
    w.writeInteger(qint64(feeType));
    w.key(2);
    w.writeInteger(amount);
    if (encounter) {
        w.key(3);
        writeHash(w, *encounter);
    }
    w.end();
}

IssueInvoice IssueInvoice::decode(CborReader &r)
{
    IssueInvoice body;
    CborMapReader map(r, 4);
    map.require(0);
    body.patient = readIdentity(r);
    map.require(1);
    body.feeType = readEnum(r, FeeType::Registration, FeeType::OnlineConsultation);
    map.require(2);
    body.amount = readAmount(r);
    if (map.field(3))
        body.encounter = readHash(r);
    map.finish();
    return body;
}

template <typename Self> void InvoiceBody<Self>::encode(CborWriter &w) const
{
    w.beginMap(1);
    w.key(0);
    writeHash(w, invoice);
    w.end();
}

template <typename Self> Self InvoiceBody<Self>::decode(CborReader &r)
{
    Self body;
    CborMapReader map(r, 1);
    map.require(0);
    body.invoice = readHash(r);
    map.finish();
    return body;
}

template struct InvoiceBody<PayInvoice>;
template struct InvoiceBody<CancelInvoice>;

void CreateProgram::encode(CborWriter &w) const
{
    w.beginMap(6);
    w.key(0);
    w.writeText(name);
    w.key(1);
    w.writeInteger(category ? qint64(*category) : 0);
    w.key(2);
    w.beginArray(quint64(codes.size()));
    for (const QString &code : codes)
        w.writeText(code);
    w.end();
    w.key(3);
    w.writeInteger(amountPerEvent);
    w.key(4);
    w.writeInteger(capPerPatient);
    w.key(5);
    w.writeInteger(funding);
    w.end();
}

CreateProgram CreateProgram::decode(CborReader &r)
{
    CreateProgram body;
    CborMapReader map(r, 6);
    map.require(0);
    body.name = readName(r);
    map.require(1);
    const quint64 category = r.readUnsigned();
    if (!r.hasError() && category > quint64(RecordCategory::Vaccination))
        r.fail(WalletTx::tr("unknown record category %1").arg(category));
    else if (category != 0)
        body.category = RecordCategory(category);
    map.require(2);
    body.codes = readCodes(r);
    map.require(3);
    body.amountPerEvent = readAmount(r);
    map.require(4);
    body.capPerPatient = readAmount(r, Zero::Allowed);
    map.require(5);
    body.funding = readAmount(r, Zero::Allowed);
    map.finish();
    return body;
}

void FundProgram::encode(CborWriter &w) const
{
    w.beginMap(2);
    w.key(0);
    writeHash(w, program);
    w.key(1);
    w.writeInteger(amount);
    w.end();
}

FundProgram FundProgram::decode(CborReader &r)
{
    FundProgram body;
    CborMapReader map(r, 2);
    map.require(0);
    body.program = readHash(r);
    map.require(1);
    body.amount = readAmount(r);
    map.finish();
    return body;
}

void EnrollBeneficiary::encode(CborWriter &w) const
{
    w.beginMap(2);
    w.key(0);
    writeHash(w, program);
    w.key(1);
    writeIdentity(w, patient);
    w.end();
}

EnrollBeneficiary EnrollBeneficiary::decode(CborReader &r)
{
    EnrollBeneficiary body;
    CborMapReader map(r, 2);
    map.require(0);
    body.program = readHash(r);
    map.require(1);
    body.patient = readIdentity(r);
    map.finish();
    return body;
}

void CreateFund::encode(CborWriter &w) const
{
    w.beginMap(1);
    w.key(0);
    w.writeText(name);
    w.end();
}

CreateFund CreateFund::decode(CborReader &r)
{
    CreateFund body;
    CborMapReader map(r, 1);
    map.require(0);
    body.name = readName(r);
    map.finish();
    return body;
}

template <typename Self> void FundOrderBody<Self>::encode(CborWriter &w) const
{
    w.beginMap(2);
    w.key(0);
    writeHash(w, fund);
    w.key(1);
    w.writeInteger(amount);
    w.end();
}

template <typename Self> Self FundOrderBody<Self>::decode(CborReader &r)
{
    Self body;
    CborMapReader map(r, 2);
    map.require(0);
    body.fund = readHash(r);
    map.require(1);
    body.amount = readAmount(r);
    map.finish();
    return body;
}

template struct FundOrderBody<Subscribe>;
template struct FundOrderBody<Redeem>;

void PublishYield::encode(CborWriter &w) const
{
    w.beginMap(3);
    w.key(0);
    writeHash(w, fund);
    w.key(1);
    w.writeInteger(day);
    w.key(2);
    w.writeInteger(qint64(ratePpb));
    w.end();
}

PublishYield PublishYield::decode(CborReader &r)
{
    PublishYield body;
    CborMapReader map(r, 3);
    map.require(0);
    body.fund = readHash(r);
    map.require(1);
    const quint64 day = r.readUnsigned();
    if (!r.hasError() && day > quint64(MaxDay))
        r.fail(WalletTx::tr("a day beyond the calendar"));
    body.day = qint64(day);
    map.require(2);
    body.ratePpb = r.readUnsigned();
    if (!r.hasError() && body.ratePpb > MaxRatePpb)
        r.fail(WalletTx::tr("a daily yield above 0.1%"));
    map.finish();
    return body;
}

} // namespace medchain::wallet

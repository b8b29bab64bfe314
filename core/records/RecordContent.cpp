#include "records/RecordContent.h"

#include "codec/CborReader.h"
#include "codec/CborWriter.h"

namespace medchain::records {

using codec::CborMapReader;
using codec::CborReader;
using codec::CborWriter;

namespace {
constexpr qsizetype kText = 4000;
constexpr qsizetype kShort = 200;
constexpr quint64 kItems = 200;

void writeTexts(CborWriter &w, const QList<QString> &texts)
{
    w.beginArray(quint64(texts.size()));
    for (const QString &text : texts)
        w.writeText(text);
    w.end();
}

QList<QString> readTexts(CborReader &r)
{
    QList<QString> texts;
    const quint64 count = r.readArrayHeader(kItems);
    for (quint64 i = 0; i < count && !r.hasError(); ++i)
        texts.append(r.readText(kShort));
    return texts;
}

void writePrescriptions(CborWriter &w, const QList<Prescription> &list)
{
    w.beginArray(quint64(list.size()));
    for (const Prescription &p : list) {
        w.beginArray(5);
        w.writeText(p.drugCode);
        w.writeText(p.drugName);
        w.writeInteger(p.doseMicrograms);
        w.writeText(p.frequency);
        w.writeInteger(p.durationDays);
        w.end();
    }
    w.end();
}

QList<Prescription> readPrescriptions(CborReader &r)
{
    QList<Prescription> list;
    const quint64 count = r.readArrayHeader(kItems);
    for (quint64 i = 0; i < count && !r.hasError(); ++i) {
        if (r.readArrayHeader(5) != 5)
            r.fail(RecordContent::tr("a prescription has five parts"));
        Prescription p;
        p.drugCode = r.readText(kShort);
        p.drugName = r.readText(kShort);
        p.doseMicrograms = r.readInteger();
        if (!r.hasError() && p.doseMicrograms < 0)
            r.fail(RecordContent::tr("a dose cannot be negative"));
        p.frequency = r.readText(kShort);
        p.durationDays = r.readInteger();
        if (!r.hasError() && (p.durationDays < 0 || p.durationDays > 3650))
            r.fail(RecordContent::tr("a duration must be between 0 and 3650 days"));
        list.append(p);
    }
    return list;
}

void writeFees(CborWriter &w, const QList<Fee> &fees)
{
    w.beginArray(quint64(fees.size()));
    for (const Fee &fee : fees) {
        w.beginArray(2);
        w.writeText(fee.item);
        w.writeInteger(fee.amountFen);
        w.end();
    }
    w.end();
}

QList<Fee> readFees(CborReader &r)
{
    QList<Fee> fees;
    const quint64 count = r.readArrayHeader(kItems);
    for (quint64 i = 0; i < count && !r.hasError(); ++i) {
        if (r.readArrayHeader(2) != 2)
            r.fail(RecordContent::tr("a fee has two parts"));
        Fee fee;
        fee.item = r.readText(kShort);
        fee.amountFen = r.readInteger();
        if (!r.hasError() && fee.amountFen < 0)
            r.fail(RecordContent::tr("a fee cannot be negative"));
        fees.append(fee);
    }
    return fees;
}

/// The object if the reader consumed everything cleanly and the bytes are its canonical
/// encoding (so one content has one encoding, as every other chain object).
template <typename T>
Result<T> finishDecode(CborReader &r, const T &value, const QString &what, QByteArrayView bytes)
{
    r.finish();
    if (r.hasError())
        return Error {QStringLiteral("%1: %2").arg(what, r.errorString())};
    if (value.encode() != bytes)
        return Error {
            QStringLiteral("%1: %2").arg(what, RecordContent::tr("it is not in canonical form."))};
    return value;
}
} // namespace

QByteArray RecordContent::encode() const
{
    CborWriter w;
    w.beginMap(6);
    w.key(0);
    w.writeText(chiefComplaint);
    w.key(1);
    w.beginArray(quint64(diagnoses.size()));
    for (const Diagnosis &d : diagnoses) {
        w.beginArray(2);
        w.writeText(d.icd10);
        w.writeText(d.note);
        w.end();
    }
    w.end();
    w.key(2);
    writePrescriptions(w, prescriptions);
    w.key(3);
    w.beginArray(quint64(exams.size()));
    for (const Exam &e : exams) {
        w.beginArray(3);
        w.writeText(e.code);
        w.writeText(e.name);
        w.writeText(e.result);
        w.end();
    }
    w.end();
    w.key(4);
    w.writeText(notes);
    w.key(5);
    writeFees(w, fees);
    w.end();
    return w.take();
}

Result<RecordContent> RecordContent::decode(QByteArrayView bytes)
{
    CborReader r(bytes);
    RecordContent c;
    CborMapReader map(r, 6);
    map.require(0);
    c.chiefComplaint = r.readText(kText);
    map.require(1);
    const quint64 diagnoses = r.readArrayHeader(kItems);
    for (quint64 i = 0; i < diagnoses && !r.hasError(); ++i) {
        if (r.readArrayHeader(2) != 2)
            r.fail(tr("a diagnosis has two parts"));
        Diagnosis d;
        d.icd10 = r.readText(kShort);
        d.note = r.readText(kText);
        c.diagnoses.append(d);
    }
    map.require(2);
    c.prescriptions = readPrescriptions(r);
    map.require(3);
    const quint64 exams = r.readArrayHeader(kItems);
    for (quint64 i = 0; i < exams && !r.hasError(); ++i) {
        if (r.readArrayHeader(3) != 3)
            r.fail(tr("an exam has three parts"));
        Exam e;
        e.code = r.readText(kShort);
        e.name = r.readText(kShort);
        e.result = r.readText(kText);
        c.exams.append(e);
    }
    map.require(4);
    c.notes = r.readText(kText * 4);
    map.require(5);
    c.fees = readFees(r);
    map.finish();
    return finishDecode(r, c, tr("Invalid record content"), bytes);
}

SupervisionSummary SupervisionSummary::of(const RecordContent &content, const QString &regionCode,
                                          qint64 encounterTime, const QByteArray &facility,
                                          const QByteArray &patientPseudonym)
{
    SupervisionSummary summary;
    for (const Diagnosis &diagnosis : content.diagnoses)
        summary.icd10Codes.append(diagnosis.icd10);
    summary.regionCode = regionCode;
    summary.encounterTime = encounterTime;
    summary.facility = facility;
    summary.patientPseudonym = patientPseudonym;
    summary.prescriptions = content.prescriptions;
    for (const Exam &exam : content.exams)
        summary.examCodes.append(exam.code);
    summary.fees = content.fees;
    return summary;
}

QByteArray SupervisionSummary::encode() const
{
    CborWriter w;
    w.beginMap(10);
    w.key(0);
    writeTexts(w, icd10Codes);
    w.key(1);
    w.writeText(regionCode);
    w.key(2);
    w.writeInteger(encounterTime);
    w.key(3);
    w.writeBytes(facility);
    w.key(4);
    w.writeBytes(patientPseudonym);
    w.key(5);
    w.writeInteger(patientBirthYear);
    w.key(6);
    w.writeText(patientSex);
    w.key(7);
    writePrescriptions(w, prescriptions);
    w.key(8);
    writeTexts(w, examCodes);
    w.key(9);
    writeFees(w, fees);
    w.end();
    return w.take();
}

Result<SupervisionSummary> SupervisionSummary::decode(QByteArrayView bytes)
{
    CborReader r(bytes);
    SupervisionSummary s;
    CborMapReader map(r, 10);
    map.require(0);
    s.icd10Codes = readTexts(r);
    map.require(1);
    s.regionCode = r.readText(kShort);
    map.require(2);
    s.encounterTime = r.readInteger();
    map.require(3);
    s.facility = r.readBytes(64);
    map.require(4);
    s.patientPseudonym = r.readBytes(64);
    map.require(5);
    const qint64 birthYear = r.readInteger();
    if (!r.hasError() && birthYear != 0 && (birthYear < 1850 || birthYear > 2200))
        r.fail(tr("birth year %1 is out of range").arg(birthYear));
    s.patientBirthYear = int(birthYear);
    map.require(6);
    s.patientSex = r.readText(8);
    if (!r.hasError()
        && !QStringList {QString(), QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("X")}
                .contains(s.patientSex))
        r.fail(tr("sex must be F, M, X or empty"));
    map.require(7);
    s.prescriptions = readPrescriptions(r);
    map.require(8);
    s.examCodes = readTexts(r);
    map.require(9);
    s.fees = readFees(r);
    map.finish();
    return finishDecode(r, s, tr("Invalid supervision summary"), bytes);
}

} // namespace medchain::records

// What a record says (the encrypted part) and the supervision summary the regulator receives.
// Both travel as canonical CBOR inside their ciphertexts; docs/protocol.md lists the fields.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace medchain::records {

struct Diagnosis {
    QString icd10; // e.g. "J10.1"
    QString note;
    bool operator==(const Diagnosis &) const = default;
};

struct Prescription {
    QString drugCode; // national drug code or ATC code
    QString drugName;
    qint64 doseMicrograms = 0; // per administration; integer, never floating point
    QString frequency; // "tid", "bid", "qd", …
    qint64 durationDays = 0;
    bool operator==(const Prescription &) const = default;
};

struct Exam {
    QString code;
    QString name;
    QString result;
    bool operator==(const Exam &) const = default;
};

struct Fee {
    QString item;
    qint64 amountFen = 0; // 1 yuan = 100 fen
    bool operator==(const Fee &) const = default;
};

/// The full record, readable only by those its content key is sealed to.
struct RecordContent {
    Q_DECLARE_TR_FUNCTIONS(RecordContent)
public:
    QString chiefComplaint;
    QList<Diagnosis> diagnoses;
    QList<Prescription> prescriptions;
    QList<Exam> exams;
    QString notes;
    QList<Fee> fees;

    QByteArray encode() const;
    static Result<RecordContent> decode(QByteArrayView bytes);
    bool operator==(const RecordContent &) const = default;
};

/// What the regulator learns of a record: enough for dashboards and supervision (disease,
/// place, date, drugs, doses, fees) under a pseudonym, never the patient's identity.
struct SupervisionSummary {
    Q_DECLARE_TR_FUNCTIONS(SupervisionSummary)
public:
    QList<QString> icd10Codes;
    QString regionCode;
    qint64 encounterTime = 0;
    QByteArray facility; // the institution's identity key
    QByteArray patientPseudonym; // stable per patient, unlinkable to the identity without its key
    int patientBirthYear = 0;
    QString patientSex; // "F", "M", "X" or empty
    QList<Prescription> prescriptions;
    QList<QString> examCodes;
    QList<Fee> fees;

    /// What the regulator learns of content: its codes, drugs, exams and fees, with where,
    /// when and under which pseudonym (birth year and sex are left for the caller).
    static SupervisionSummary of(const RecordContent &content, const QString &regionCode,
                                 qint64 encounterTime, const QByteArray &facility,
                                 const QByteArray &patientPseudonym);

    QByteArray encode() const;
    static Result<SupervisionSummary> decode(QByteArrayView bytes);
    bool operator==(const SupervisionSummary &) const = default;
};

} // namespace medchain::records

// The signing guard on disk (the consensus write-ahead log): every record is appended and
// fsynced before a signature leaves the machine, so a restarted validator never signs twice.
#pragma once

#include "consensus/SigningGuard.h"

#include <QString>

#include <memory>

namespace medchain::consensus {

/// File format: a sequence of records, each `length (4 bytes, big-endian) ‖ payload ‖
/// SHA-256(payload)`, the payload a canonical CBOR map {0: height, 1: round, 2: step,
/// 3: block hash (absent for nil), 4: polRound}. Records are in strictly increasing
/// (height, round, step) order and all of one height: a new height rewrites the file atomically
/// (QSaveFile) with its first record. Recovery ignores a torn last record (incomplete, or
/// complete with a wrong checksum) and truncates it away; any other damage is refused.
class SigningLog final : public SigningGuard {
    Q_DECLARE_TR_FUNCTIONS(SigningLog)
public:
    /// Opens (or creates) the log at path and replays it.
    static Result<std::unique_ptr<SigningLog>> open(const QString &path);

    /// The records of a log's bytes; tornTail says whether a torn last record was dropped, and
    /// validSize how many leading bytes hold the good records.
    struct Replay {
        QList<SignRecord> records;
        bool tornTail = false;
        qsizetype validSize = 0;
    };
    static Result<Replay> replay(QByteArrayView bytes);
    /// One record's bytes as the file holds them.
    static QByteArray encodeRecord(const SignRecord &record);

    bool recoveredTornTail() const { return m_tornTail; }

protected:
    Result<void> persist(const SignRecord &record, bool startsHeight) override;

private:
    explicit SigningLog(QString path) : m_path(std::move(path)) { }
    QString m_path;
    bool m_tornTail = false;
};

} // namespace medchain::consensus

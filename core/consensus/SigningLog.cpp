#include "consensus/SigningLog.h"

#include "chain/FieldCodec.h"
#include "codec/CborReader.h"
#include "codec/CborWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <limits>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace medchain::consensus {

namespace {
constexpr qsizetype kLengthSize = 4;
constexpr qsizetype kHashSize = qsizetype(crypto::Sha256Digest::Size);
constexpr quint32 kMaxPayload = 256;

QByteArray encodePayload(const SignRecord &record)
{
    codec::CborWriter w;
    w.beginMap(record.value ? 5 : 4);
    w.key(0);
    w.writeInteger(qint64(record.height));
    w.key(1);
    w.writeInteger(qint64(record.round));
    w.key(2);
    w.writeInteger(qint64(record.step));
    if (record.value) {
        w.key(3);
        chain::writeHash(w, *record.value);
    }
    w.key(4);
    w.writeInteger(record.polRound);
    w.end();
    return w.take();
}

std::optional<SignRecord> decodePayload(QByteArrayView payload)
{
    codec::CborReader r(payload);
    SignRecord record;
    codec::CborMapReader map(r, 5);
    map.require(0);
    record.height = r.readUnsigned();
    map.require(1);
    const quint64 round = r.readUnsigned();
    record.round = quint32(round);
    if (round > std::numeric_limits<quint32>::max())
        r.fail(QString());
    map.require(2);
    record.step = chain::readEnum(r, SignStep::Propose, SignStep::Precommit);
    if (map.field(3))
        record.value = chain::readHash(r);
    map.require(4);
    record.polRound = r.readInteger();
    map.finish();
    r.finish();
    if (r.hasError() || encodePayload(record) != payload)
        return std::nullopt;
    return record;
}

bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

/// After a rename, the directory entry must reach the disk too, or a crash can bring back the
/// old file (and with it a slot this validator has since signed past).
bool syncDirectoryOf(const QString &path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return true; // NTFS journals the rename itself
#else
    const QByteArray directory = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#endif
}
} // namespace

QByteArray SigningLog::encodeRecord(const SignRecord &record)
{
    const QByteArray payload = encodePayload(record);
    QByteArray bytes(kLengthSize, '\0');
    qToBigEndian(quint32(payload.size()), bytes.data());
    return bytes + payload + crypto::sha256(payload).toByteArray();
}

Result<SigningLog::Replay> SigningLog::replay(QByteArrayView bytes)
{
    Replay result;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype left = bytes.size() - pos;
        if (left < kLengthSize) {
            result.tornTail = true;
            break;
        }
        const quint32 length = qFromBigEndian<quint32>(bytes.data() + pos);
        if (length == 0 || length > kMaxPayload)
            return Error {tr("The signing log is damaged at byte %1 (impossible record length). "
                             "Do not delete it: restore it from a backup or stop this validator.")
                              .arg(pos)};
        const qsizetype recordSize = kLengthSize + qsizetype(length) + kHashSize;
        if (left < recordSize) {
            result.tornTail = true;
            break;
        }
        const QByteArrayView payload = bytes.sliced(pos + kLengthSize, length);
        const QByteArrayView hash = bytes.sliced(pos + kLengthSize + length, kHashSize);
        const std::optional<SignRecord> record
            = crypto::sha256(payload).toByteArray() == hash ? decodePayload(payload) : std::nullopt;
        if (!record) {
            if (left == recordSize) { // the last record, half written before a crash
                result.tornTail = true;
                break;
            }
            return Error {tr("The signing log is damaged at byte %1 (a record fails its "
                             "checksum). Do not delete it: restore it from a backup or stop this "
                             "validator.")
                              .arg(pos)};
        }
        if (!result.records.isEmpty()
            && (!result.records.last().before(*record)
                || result.records.last().height != record->height))
            return Error {
                tr("The signing log is damaged at byte %1 (records out of order).").arg(pos)};
        result.records.append(*record);
        pos += recordSize;
    }
    result.validSize = pos;
    return result;
}

Result<std::unique_ptr<SigningLog>> SigningLog::open(const QString &path)
{
    std::unique_ptr<SigningLog> log(new SigningLog(path));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadWrite))
            return Error {tr("Cannot open the signing log %1: %2").arg(path, file.errorString())};
        const QByteArray bytes = file.readAll();
        const Result<Replay> replayed = replay(bytes);
        if (!replayed.ok())
            return Error {replayed.error() + QLatin1Char(' ') + tr("(file %1)").arg(path)};
        log->m_records = replayed->records;
        log->m_tornTail = replayed->tornTail;
        if (replayed->validSize != bytes.size()
            && (!file.resize(replayed->validSize) || !syncToDisk(file)))
            return Error {tr("Cannot cut the torn record off the signing log %1: %2")
                              .arg(path, file.errorString())};
    }
    return log;
}

Result<void> SigningLog::persist(const SignRecord &record, bool startsHeight)
{
    const QByteArray bytes = encodeRecord(record);
    if (startsHeight) {
        // A new height: the old records no longer matter, so replace the file atomically.
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error {
                tr("Cannot write the signing log %1: %2").arg(m_path, file.errorString())};
        if (!syncDirectoryOf(m_path))
            return Error {tr("Cannot write the signing log %1: %2")
                              .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)))};
        return {};
    }
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(bytes) != bytes.size()
        || !syncToDisk(file))
        return Error {tr("Cannot write the signing log %1: %2").arg(m_path, file.errorString())};
    return {};
}

} // namespace medchain::consensus

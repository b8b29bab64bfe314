#include "analytics/SupervisionStore.h"
#include "analytics/SupervisionStoreImpl.h"

#include "chain/FieldCodec.h"
#include "chain/Ledger.h"
#include "chain/Transaction.h"
#include "consent/ConsentTx.h"
#include "crypto/X25519.h"
#include "demo/Catalog.h"
#include "demo/Dosing.h"
#include "records/RecordContent.h"
#include "records/RecordTx.h"
#include "storage/Schema.h"

#include <QFileInfo>

#include <algorithm>

namespace medchain::analytics {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
constexpr qint64 kChinaOffsetMs = 8 * 60 * 60 * 1000;

/// The distinct three-character categories of a summary's codes, sorted.
QStringList categoriesOf(const QStringList &codes)
{
    QStringList categories;
    for (const QString &code : codes)
        categories.append(code.trimmed().toUpper().left(3));
    categories.sort();
    categories.removeDuplicates();
    categories.removeAll(QString());
    return categories;
}

void bindPart(storage::Statement &s, int at, qint64 value)
{
    s.bindInt64(at, value);
}

void bindPart(storage::Statement &s, int at, const QString &value)
{
    s.bindText(at, value);
}

/// Binds a row's key parts to ?1, ?2, …
template <typename... Parts> void bindKey(storage::Statement &s, const Parts &...parts)
{
    int at = 0;
    (bindPart(s, ++at, parts), ...);
}

} // namespace

qint64 SupervisionStore::dayOf(qint64 msSinceEpoch)
{
    const qint64 local = msSinceEpoch + kChinaOffsetMs;
    return local >= 0 ? local / kDayMs : -((-local + kDayMs - 1) / kDayMs);
}

Result<std::unique_ptr<SupervisionStore>> SupervisionStore::open(const QString &path,
                                                                 const crypto::SecureBuffer &key)
{
    const bool exists = QFileInfo(path).size() > 0;
    auto db = storage::Database::open(
        path, key, exists ? storage::OpenMode::ReadWrite : storage::OpenMode::Create);
    if (!db)
        return db.failure();
    if (auto migrated = supervisionSchema().migrate(db.value()); !migrated)
        return migrated.failure();
    auto d = std::make_unique<Private>(Private {std::move(db).value()});
    if (auto loaded = d->loadProgress(); !loaded)
        return loaded.failure();
    return std::unique_ptr<SupervisionStore>(new SupervisionStore(std::move(d)));
}

SupervisionStore::SupervisionStore(std::unique_ptr<Private> state) : d(std::move(state)) { }

SupervisionStore::~SupervisionStore() = default;

Result<void> SupervisionStore::Private::loadProgress()
{
    auto s = db.prepare("SELECT height, summaries, unreadable FROM progress WHERE id = 1");
    if (!s)
        return s.failure();
    if (s->step() != storage::Statement::Step::Row)
        return Error {
            tr("The supervision store %1 is damaged: it has no progress row.").arg(db.path()),
            QStringLiteral("damaged")};
    height = quint64(s->columnInt64(0));
    summaries = s->columnInt64(1);
    unreadable = s->columnInt64(2);
    return {};
}

Result<void> SupervisionStore::catchUp(const chain::Ledger &ledger,
                                       const crypto::X25519SecretKey &mine)
{
    const quint64 tip = ledger.tip().height;
    while (d->height < tip) {
        auto transaction = d->db.begin();
        if (!transaction)
            return transaction.failure();
        // Counted as the blocks are read; put back if the run is rolled back.
        const qint64 summariesBefore = d->summaries;
        const qint64 unreadableBefore = d->unreadable;
        const auto fail = [&](const Error &error) {
            transaction->rollback();
            d->pendingCases.clear();
            d->summaries = summariesBefore;
            d->unreadable = unreadableBefore;
            return error;
        };
        const quint64 last = std::min<quint64>(tip, d->height + BlocksPerCommit);
        for (quint64 height = d->height + 1; height <= last; ++height) {
            const auto block = ledger.block(height);
            if (!block)
                return fail(Error {tr("Block %1 could not be read from the replica.").arg(height)});
            if (auto read = d->readBlock(*block, mine); !read)
                return fail(read.failure());
        }
        if (auto flushed = d->flushCases(); !flushed)
            return fail(flushed.failure());
        auto s = d->db.prepare(
            "UPDATE progress SET height = ?1, summaries = ?2, unreadable = ?3 WHERE id = 1");
        if (!s)
            return fail(s.failure());
        s->bindInt64(1, qint64(last)).bindInt64(2, d->summaries).bindInt64(3, d->unreadable);
        if (auto ran = s->run(); !ran)
            return fail(ran.failure());
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.failure());
        d->height = last;
    }
    return {};
}

Result<void> SupervisionStore::Private::readBlock(const chain::Block &block,
                                                  const crypto::X25519SecretKey &mine)
{
    for (const QByteArray &bytes : block.transactions) {
        const auto tx = chain::Transaction::decode(bytes);
        if (!tx)
            continue; // the ledger executed this block, so this cannot happen
        Result<void> done;
        if (const auto *record = std::get_if<records::AddRecord>(&tx->body))
            done = addRecord(tx->hash(), tx->sender, record->supervision, mine);
        else if (const auto *amendment = std::get_if<records::ProposeAmendment>(&tx->body))
            done = addAmendment(tx->hash(), *amendment, mine);
        else if (const auto *answer = std::get_if<records::AnswerAmendment>(&tx->body))
            done = this->answer(tx->hash(), block.header.time, *answer);
        else if (const auto *emergency = std::get_if<consent::EmergencyAccess>(&tx->body)) {
            auto s = db.prepare("INSERT OR IGNORE INTO emergencies VALUES(?1, ?2, ?3, ?4, ?5)");
            if (!s)
                return s.failure();
            s->bindBlob(1, chain::bytesOf(tx->hash()))
                .bindInt64(2, block.header.time)
                .bindBlob(3, chain::bytesOf(tx->sender))
                .bindBlob(4, chain::bytesOf(emergency->patient))
                .bindText(5, emergency->reason);
            done = s->run();
        }
        if (!done)
            return done;
    }
    return {};
}

std::optional<records::SupervisionSummary>
SupervisionStore::Private::open(const QByteArray &sealed, const crypto::X25519SecretKey &mine)
{
    const auto plain = mine.open(sealed);
    if (!plain)
        return std::nullopt;
    auto summary = records::SupervisionSummary::decode(
        QByteArrayView(reinterpret_cast<const char *>(plain->data()), qsizetype(plain->size())));
    if (!summary)
        return std::nullopt;
    return std::move(summary).value();
}

Result<void> SupervisionStore::Private::addRecord(const chain::Hash &record,
                                                  const chain::IdentityId &author,
                                                  const QByteArray &sealed,
                                                  const crypto::X25519SecretKey &mine)
{
    ++summaries;
    const auto summary = open(sealed, mine);
    if (!summary) {
        ++unreadable;
        return {};
    }
    return put(chain::bytesOf(record).toByteArray(), chain::bytesOf(author).toByteArray(),
               *summary);
}

Result<void> SupervisionStore::Private::put(const QByteArray &record, const QByteArray &author,
                                            const records::SupervisionSummary &summary)
{
    const qint64 day = dayOf(summary.encounterTime);
    auto s = db.prepare("INSERT OR REPLACE INTO records VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    if (!s)
        return s.failure();
    s->bindBlob(1, record)
        .bindInt64(2, day)
        .bindText(3, summary.regionCode)
        .bindBlob(4, author)
        .bindText(5, summary.icd10Codes.join(QLatin1Char(' ')))
        .bindBlob(6, summary.facility);
    if (auto ran = s->run(); !ran)
        return ran;
    count(day, summary.regionCode, summary.icd10Codes, 1);

    const demo::Catalog *catalog = demo::Catalog::embedded();
    // Each rule's row starts with the record, its day, district, author and institution.
    const auto where = [&](storage::Statement &row) {
        row.bindBlob(1, record)
            .bindInt64(2, day)
            .bindText(3, summary.regionCode)
            .bindBlob(4, author)
            .bindBlob(5, summary.facility);
    };
    auto prescription
        = db.prepare("INSERT INTO prescriptions VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!prescription)
        return prescription.failure();
    for (const records::Prescription &p : summary.prescriptions) {
        const auto daily = demo::dailyDoseMicrograms(p.doseMicrograms, p.frequency);
        if (!daily)
            continue; // as needed: no daily dose to judge
        const auto maximum = catalog ? catalog->maxDailyDoseMicrograms(p.drugCode) : std::nullopt;
        where(prescription.value());
        prescription->bindText(6, p.drugCode)
            .bindInt64(7, *daily)
            .bindInt64(8, maximum.value_or(0));
        if (auto ran = prescription->run(); !ran)
            return ran;
    }
    auto exam = db.prepare("INSERT INTO exams(record, day, region, author, facility, pseudonym, "
                           "code) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!exam)
        return exam.failure();
    for (const QString &code : summary.examCodes) {
        where(exam.value());
        exam->bindBlob(6, summary.patientPseudonym).bindText(7, code);
        if (auto ran = exam->run(); !ran)
            return ran;
    }
    const QStringList categories = categoriesOf(summary.icd10Codes);
    if (categories.isEmpty() || summary.fees.isEmpty())
        return {};
    qint64 fen = 0;
    for (const records::Fee &fee : summary.fees)
        fen += fee.amountFen;
    // Judged against the records of its first diagnosis.
    auto expense = db.prepare("INSERT OR REPLACE INTO expenses VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!expense)
        return expense.failure();
    where(expense.value());
    expense->bindText(6, summary.icd10Codes.first().trimmed().toUpper().left(3)).bindInt64(7, fen);
    return expense->run();
}

Result<bool> SupervisionStore::Private::remove(const QByteArray &record)
{
    auto old = db.prepare("SELECT day, region, codes FROM records WHERE record = ?1");
    if (!old)
        return old.failure();
    old->bindBlob(1, record);
    if (old->step() != storage::Statement::Step::Row)
        return false;
    const qint64 day = old->columnInt64(0);
    const QString region = old->columnText(1);
    const QStringList codes = old->columnText(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    old->reset();
    count(day, region, codes, -1);
    for (const char *sql :
         {"DELETE FROM records WHERE record = ?1", "DELETE FROM prescriptions WHERE record = ?1",
          "DELETE FROM exams WHERE record = ?1", "DELETE FROM expenses WHERE record = ?1"})
        if (auto ran = run(sql, record); !ran)
            return ran.failure();
    return true;
}

Result<void> SupervisionStore::Private::run(QByteArrayView sql, const QByteArray &record)
{
    auto s = db.prepare(sql);
    if (!s)
        return s.failure();
    s->bindBlob(1, record);
    return s->run();
}

Result<void> SupervisionStore::Private::addAmendment(const chain::Hash &amendment,
                                                     const records::ProposeAmendment &body,
                                                     const crypto::X25519SecretKey &mine)
{
    const auto summary = open(body.supervision, mine);
    auto s = db.prepare("INSERT OR REPLACE INTO amendments VALUES(?1, ?2, ?3)");
    if (!s)
        return s.failure();
    s->bindBlob(1, chain::bytesOf(amendment)).bindBlob(2, chain::bytesOf(body.record));
    if (summary)
        s->bindBlob(3, summary->encode());
    else
        s->bindNull(3);
    return s->run();
}

Result<void> SupervisionStore::Private::answer(const chain::Hash &tx, qint64 time,
                                               const records::AnswerAmendment &body)
{
    auto answered = db.prepare("INSERT OR REPLACE INTO answers VALUES(?1, ?2, ?3, ?4)");
    if (!answered)
        return answered.failure();
    answered->bindBlob(1, chain::bytesOf(body.amendment))
        .bindBlob(2, chain::bytesOf(tx))
        .bindInt64(3, body.accept ? 1 : 0)
        .bindInt64(4, time);
    if (auto ran = answered->run(); !ran)
        return ran;
    auto pending = db.prepare("SELECT record, summary FROM amendments WHERE amendment = ?1");
    if (!pending)
        return pending.failure();
    pending->bindBlob(1, chain::bytesOf(body.amendment));
    if (pending->step() != storage::Statement::Step::Row)
        return {};
    const QByteArray record = pending->columnBlob(0);
    const bool readable = !pending->columnIsNull(1);
    const auto replacement = readable ? records::SupervisionSummary::decode(pending->columnBlob(1))
                                      : Result<records::SupervisionSummary>(Error {});
    pending->reset();
    auto forget = db.prepare("DELETE FROM amendments WHERE amendment = ?1");
    if (!forget)
        return forget.failure();
    forget->bindBlob(1, chain::bytesOf(body.amendment));
    if (auto ran = forget->run(); !ran)
        return ran;
    if (!body.accept || !replacement)
        return {}; // rejected, or its summary could not be read: the record keeps its facts

    // The record's facts move from the version it had to the confirmed one.
    auto author = db.prepare("SELECT author FROM records WHERE record = ?1");
    if (!author)
        return author.failure();
    author->bindBlob(1, record);
    if (author->step() != storage::Statement::Step::Row)
        return {}; // the original summary was unreadable; the amendment alone is not counted
    const QByteArray authorId = author->columnBlob(0);
    author->reset();
    if (auto removed = remove(record); !removed)
        return removed.failure();
    return put(record, authorId, replacement.value());
}

void SupervisionStore::Private::count(qint64 day, const QString &region, const QStringList &codes,
                                      qint64 delta)
{
    for (const QString &category : categoriesOf(codes))
        pendingCases[{day, region, category}] += delta;
}

Result<void> SupervisionStore::Private::flushCases()
{
    // Summed per cell first: a run of blocks brings many cases of one day, district and
    // disease, and each cell, district-day and province-day is then written once.
    std::map<std::pair<qint64, QString>, qint64> regionDays;
    std::map<std::tuple<qint64, QString, QString>, qint64> provinceDays;
    for (const auto &[cell, delta] : pendingCases) {
        const auto &[day, region, category] = cell;
        regionDays[{day, region}] += delta;
        provinceDays[{day, region.left(2), category}] += delta;
    }
    // SQLCipher 3's SQLite predates UPSERT: make the row, then add to it.
    const auto apply = [this](const char *make, const char *add, const auto &rows) -> Result<void> {
        auto made = db.prepare(make);
        if (!made)
            return made.failure();
        auto added = db.prepare(add);
        if (!added)
            return added.failure();
        for (const auto &[key, delta] : rows) {
            if (delta == 0)
                continue;
            std::apply([&](const auto &...parts) { bindKey(made.value(), parts...); }, key);
            if (auto ran = made->run(); !ran)
                return ran;
            std::apply([&](const auto &...parts) { bindKey(added.value(), parts...); }, key);
            added->bindInt64(int(std::tuple_size_v<std::decay_t<decltype(key)>>) + 1, delta);
            if (auto ran = added->run(); !ran)
                return ran;
        }
        return {};
    };
    if (auto ran = apply("INSERT OR IGNORE INTO cases VALUES(?1, ?2, ?3, 0)",
                         "UPDATE cases SET cases = cases + ?4 "
                         "WHERE day = ?1 AND region = ?2 AND category = ?3",
                         pendingCases);
        !ran)
        return ran;
    if (auto ran = apply("INSERT OR IGNORE INTO region_days VALUES(?1, ?2, 0)",
                         "UPDATE region_days SET cases = cases + ?3 WHERE day = ?1 AND region = ?2",
                         regionDays);
        !ran)
        return ran;
    if (auto ran = apply("INSERT OR IGNORE INTO province_days VALUES(?1, ?2, ?3, 0)",
                         "UPDATE province_days SET cases = cases + ?4 "
                         "WHERE day = ?1 AND region = ?2 AND category = ?3",
                         provinceDays);
        !ran)
        return ran;
    pendingCases.clear();
    return {};
}

} // namespace medchain::analytics

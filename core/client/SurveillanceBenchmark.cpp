#include "client/SurveillanceBenchmark.h"

#include "analytics/SupervisionStore.h"
#include "chain/BenchmarkChain.h"
#include "chain/Transaction.h"
#include "client/SurveillanceReads.h"
#include "crypto/Sha256.h"
#include "demo/Catalog.h"
#include "records/RecordContent.h"
#include "records/RecordTx.h"

#include <QDir>
#include <QElapsedTimer>

namespace medchain::client {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

/// Record i's summary: a district, a code and a day of the year before `now`, spread by
/// co-prime strides so every combination recurs evenly.
std::function<QByteArray(int)> summaries(const demo::Catalog &catalog, qint64 now)
{
    QStringList districts;
    for (const demo::RegionEntry &region : catalog.regions())
        if (region.level == demo::RegionLevel::District)
            districts.append(region.code);
    QStringList codes;
    for (const demo::Icd10Entry &entry : catalog.icd10Codes())
        codes.append(entry.code);
    return [districts, codes, now](int i) {
        records::RecordContent content;
        content.diagnoses = {{codes.at(qsizetype(i) * 104'729 % codes.size()), QString()}};
        content.fees = {{QStringLiteral("registration"), 1500}};
        return records::SupervisionSummary::of(
                   content, districts.at(qsizetype(i) * 7'919 % districts.size()),
                   now - (i % 365) * kDayMs, QByteArray(32, 'h'), QByteArray(16, char(i % 251)))
            .encode();
    };
}

} // namespace

Result<SurveillanceBenchmarkResult>
SurveillanceBenchmark::run(const QString &folder, int records,
                           const std::function<void(const QString &)> &progress)
{
    const demo::Catalog *catalog = demo::Catalog::embedded();
    if (!catalog)
        return Error {tr("The medical catalog could not be loaded.")};
    chain::BenchmarkChainOptions options;
    options.transactions = records;
    options.patients = 1'000;
    options.supervision = summaries(*catalog, QDateTime::currentMSecsSinceEpoch());
    auto chain = chain::BenchmarkChain::create(folder, options, progress);
    if (!chain)
        return chain.failure();
    if (auto committed = chain.value()->commitWorkload(); !committed)
        return committed.failure();
    auto reader = chain::Ledger::openReadOnly(chain.value()->replicaPath, chain.value()->replicaKey,
                                              chain.value()->network.genesis);
    if (!reader)
        return reader.failure();
    const crypto::X25519SecretKey &authority = chain.value()->network.authority.encryption;
    const crypto::SecureBuffer key = crypto::deriveSubkey(authority.secret(), "bench");
    const QString path = QDir(folder).filePath(QStringLiteral("supervision.db"));
    if (progress)
        progress(tr("Reading %n record(s) into the supervision store…", nullptr, records));

    SurveillanceBenchmarkResult result;
    QElapsedTimer clock;
    clock.start();
    QList<qint64> regionCases; // the first dashboard's, which the reopened store must repeat
    {
        auto store = analytics::SupervisionStore::open(path, key);
        if (!store)
            return store.failure();
        if (auto caught = store.value()->catchUp(*reader.value(), authority); !caught)
            return caught.failure();
        result.records = int(store.value()->summaries() - store.value()->unreadable());
        result.catchUpMs = elapsedMs(clock);
        clock.restart();
        const SurveillanceSnapshot snapshot
            = SurveillanceReads::snapshot(*store.value(), reader.value()->state(), {});
        result.dashboardMs = elapsedMs(clock);
        for (const GroupCount &region : snapshot.byRegion)
            regionCases.append(region.cases);
        clock.restart();
        result.alerts = int(SurveillanceReads::alerts(*store.value(), {}).size());
        result.alertsMs = elapsedMs(clock);
        clock.restart();
        const QList<SupervisionFinding> findings
            = SurveillanceReads::findings(*store.value(), reader.value()->state(), {});
        result.findingsMs = elapsedMs(clock);
        Q_UNUSED(findings);
    }
    clock.restart();
    {
        auto store = analytics::SupervisionStore::open(path, key);
        if (!store)
            return store.failure();
        if (auto caught = store.value()->catchUp(*reader.value(), authority); !caught)
            return caught.failure();
        const SurveillanceSnapshot again
            = SurveillanceReads::snapshot(*store.value(), reader.value()->state(), {});
        result.reopenMs = elapsedMs(clock);
        QList<qint64> againCases;
        for (const GroupCount &region : again.byRegion)
            againCases.append(region.cases);
        if (againCases != regionCases)
            return Error {tr("The reopened store answered differently.")};
    }

    // The baseline: the same summaries opened and decoded from bytes already in memory.
    QList<QByteArray> sealed;
    sealed.reserve(chain.value()->workload.size());
    for (const QByteArray &bytes : chain.value()->workload)
        if (const auto tx = chain::Transaction::decode(bytes))
            sealed.append(std::get<records::AddRecord>(tx->body).supervision);
    clock.restart();
    for (const QByteArray &box : sealed) {
        const auto plain = authority.open(box);
        if (!plain
            || !records::SupervisionSummary::decode(QByteArrayView(
                reinterpret_cast<const char *>(plain->data()), qsizetype(plain->size()))))
            return Error {tr("A benchmark summary did not open.")};
    }
    const double cryptoMs = elapsedMs(clock);
    result.catchUpPerSecond = result.catchUpMs > 0 ? result.records * 1000.0 / result.catchUpMs : 0;
    result.cryptoPerSecond = cryptoMs > 0 ? sealed.size() * 1000.0 / cryptoMs : 0;
    result.ratio
        = result.cryptoPerSecond > 0 ? result.catchUpPerSecond / result.cryptoPerSecond : 0;
    return result;
}

} // namespace medchain::client

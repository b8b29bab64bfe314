// Discouraged peers stay out for a period that doubles with each offence and ends on time; the
// token buckets behind the rate limits refill at their rate and never beyond their burst.
#include "net/Discouragement.h"
#include "net/TokenBucket.h"

#include "NetFixture.h"

#include <QTest>

using namespace medchain;
using namespace medchain::net;

namespace {
constexpr qint64 kMinute = 60'000;

DiscouragementPolicy policy()
{
    DiscouragementPolicy p;
    p.baseMs = 10 * kMinute;
    p.maxMs = 60 * kMinute;
    p.forgetAfterMs = 24 * 60 * kMinute;
    p.maxEntries = 3;
    return p;
}
} // namespace

class TestDiscouragement : public QObject {
    Q_OBJECT
private slots:
    void aDiscouragementEndsOnTime()
    {
        Discouragement registry(policy());
        const QString peer = Discouragement::identityKey(fixture::nodeKey(5));
        QVERIFY(!registry.isDiscouraged(peer, 0));
        QCOMPARE(registry.record(peer, 1'000), 1'000 + 10 * kMinute);
        QVERIFY(registry.isDiscouraged(peer, 1'000 + 10 * kMinute - 1));
        QVERIFY(!registry.isDiscouraged(peer, 1'000 + 10 * kMinute));
        QCOMPARE(registry.offences(peer), 1);
    }

    void repeatedOffencesDoubleThePeriodUpToTheMaximum()
    {
        Discouragement registry(policy());
        const QString peer = Discouragement::addressKey(QHostAddress(QStringLiteral("10.0.0.7")));
        qint64 now = 0;
        const QList<qint64> periods {10, 20, 40, 60, 60};
        for (qint64 minutes : periods) {
            const qint64 until = registry.record(peer, now);
            QCOMPARE(until - now, minutes * kMinute);
            now = until; // offends again as soon as it is back
        }
        QCOMPARE(registry.offences(peer), 5);
    }

    void aLongGoodRecordIsForgiven()
    {
        Discouragement registry(policy());
        const QString peer = Discouragement::identityKey(fixture::nodeKey(6));
        const qint64 until = registry.record(peer, 0);
        registry.record(peer, until); // the second offence: 20 minutes
        QCOMPARE(registry.offences(peer), 2);
        const qint64 later = registry.discouragedUntil(peer) + policy().forgetAfterMs;
        QCOMPARE(registry.record(peer, later), later + 10 * kMinute);
        QCOMPARE(registry.offences(peer), 1);
        registry.prune(later + 10 * kMinute + policy().forgetAfterMs);
        QCOMPARE(registry.size(), 0);
    }

    void reconnectsAreRefusedByIdentityOrAddress()
    {
        Discouragement registry(policy());
        const QString node = Discouragement::identityKey(fixture::nodeKey(7));
        const QString address
            = Discouragement::addressKey(QHostAddress(QStringLiteral("10.0.0.8")));
        const QString otherAddress
            = Discouragement::addressKey(QHostAddress(QStringLiteral("10.0.0.9")));
        registry.record(node, 0);
        QVERIFY(!registry.acceptsConnection(node, otherAddress, 1));
        registry.record(address, 0);
        QVERIFY(!registry.acceptsConnection(Discouragement::identityKey(fixture::nodeKey(8)),
                                            address, 1));
        // The IPv4-mapped IPv6 form is the same address.
        QCOMPARE(Discouragement::addressKey(QHostAddress(QStringLiteral("::ffff:10.0.0.8"))),
                 address);
        QVERIFY(registry.acceptsConnection(node, otherAddress, 10 * kMinute));
    }

    void theRegistryIsBounded()
    {
        Discouragement registry(policy()); // three entries at most
        for (char seed = 1; seed <= 5; ++seed)
            registry.record(Discouragement::identityKey(fixture::nodeKey(seed)), seed * kMinute);
        QCOMPARE(registry.size(), 3);
        // The ones whose periods end first made room.
        QVERIFY(
            !registry.isDiscouraged(Discouragement::identityKey(fixture::nodeKey(1)), 6 * kMinute));
        QVERIFY(
            registry.isDiscouraged(Discouragement::identityKey(fixture::nodeKey(5)), 6 * kMinute));
    }

    void aTokenBucketRefillsAtItsRate()
    {
        TokenBucket bucket(10, 5, 0);
        QCOMPARE(bucket.available(), 5);
        QVERIFY(bucket.take(5, 0));
        QVERIFY(!bucket.take(1, 0));
        QVERIFY(!bucket.take(1, 99)); // 0.99 of a token
        QVERIFY(bucket.take(1, 100));
        QVERIFY(bucket.take(5, 10'000'000)); // never more than the burst
        QVERIFY(!bucket.take(1, 10'000'000));
        QVERIFY(!bucket.take(1, 5'000)); // a clock that steps back refills nothing
        QVERIFY(!bucket.take(-1, 20'000'000));
        QVERIFY(!bucket.take(6, 20'000'000)); // a cost above the burst never fits
    }
};

QTEST_GUILESS_MAIN(TestDiscouragement)
#include "TestDiscouragement.moc"

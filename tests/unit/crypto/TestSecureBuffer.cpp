// Guarded secret memory: zeroed on allocation, move-only, constant-time comparison.
#include "common/Startup.h"
#include "crypto/SecureBuffer.h"

#include <QTest>

#include <algorithm>

using medchain::crypto::SecureBuffer;

class TestSecureBuffer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(medchain::Startup::initialiseCore().ok()); }

    void startsZeroed()
    {
        SecureBuffer buffer(64);
        QCOMPARE(buffer.size(), std::size_t(64));
        QVERIFY(buffer.data() != nullptr);
        QVERIFY(std::all_of(buffer.bytes().begin(), buffer.bytes().end(),
                            [](std::uint8_t b) { return b == 0; }));
    }

    void emptyBufferHoldsNothing()
    {
        SecureBuffer empty;
        QVERIFY(empty.isEmpty());
        QVERIFY(empty.data() == nullptr);
        QVERIFY(empty.equals(SecureBuffer(0)));
    }

    void moveTransfersOwnership()
    {
        const std::uint8_t secret[] = {1, 2, 3, 4};
        SecureBuffer first = SecureBuffer::copyOf(secret);
        const std::uint8_t *memory = first.data();
        SecureBuffer second(std::move(first));
        QVERIFY(first.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        QCOMPARE(second.data(), memory);
        SecureBuffer third;
        third = std::move(second);
        QVERIFY(second.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(third.data()[3], std::uint8_t(4));
    }

    void equalsComparesSizeAndBytes()
    {
        const std::uint8_t a[] = {9, 8, 7};
        const std::uint8_t b[] = {9, 8, 6};
        QVERIFY(SecureBuffer::copyOf(a).equals(SecureBuffer::copyOf(a)));
        QVERIFY(!SecureBuffer::copyOf(a).equals(SecureBuffer::copyOf(b)));
        QVERIFY(!SecureBuffer::copyOf(a).equals(SecureBuffer::copyOf(std::span(a).first(2))));
    }
};

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "TestSecureBuffer.moc"

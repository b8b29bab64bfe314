// Result<T>: holds either the value or the error, and says which.
#include "common/Result.h"

#include <QTest>

#include <memory>

using medchain::Error;
using medchain::Result;

namespace {
Result<int> parsePositive(int value)
{
    if (value <= 0)
        return Error {QStringLiteral("not positive: %1").arg(value)};
    return value;
}
} // namespace

class TestResult : public QObject {
    Q_OBJECT
private slots:
    void valueOrError()
    {
        const auto good = parsePositive(5);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 5);
        QVERIFY(good.error().isEmpty());

        const auto bad = parsePositive(-2);
        QVERIFY(!bad.ok());
        QVERIFY(!bad);
        QCOMPARE(bad.error(), QStringLiteral("not positive: -2"));
    }

    void moveOnlyValues()
    {
        Result<std::unique_ptr<int>> owned(std::make_unique<int>(7));
        std::unique_ptr<int> taken = std::move(owned).value();
        QCOMPARE(*taken, 7);
    }

    void voidResult()
    {
        const Result<void> fine;
        QVERIFY(fine.ok());
        const Result<void> failed(Error {QStringLiteral("disk full")});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error(), QStringLiteral("disk full"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "TestResult.moc"

// Money arithmetic: checked sums, products without intermediate overflow, and yuan text that
// round-trips exactly.
#include "wallet/Money.h"

#include <QTest>

#include <limits>

using namespace medchain::wallet;

class TestMoney : public QObject {
    Q_OBJECT
private slots:
    void checkedAddRefusesOverflow()
    {
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        QCOMPARE(checkedAdd(2, 3).value(), 5);
        QCOMPARE(checkedAdd(max - 1, 1).value(), max);
        QVERIFY(!checkedAdd(max, 1));
        QCOMPARE(checkedAdd(5, -7).value(), -2);
    }

    void mulDivKeepsTheWideProduct()
    {
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        // 10^15 x 10^6 overflows 64 bits; the quotient does not.
        QCOMPARE(mulDivFloor(1'000'000'000'000'000, 1'000'000, 1'000'000'000).value(),
                 1'000'000'000'000);
        QCOMPARE(mulDivFloor(7, 10, 3).value(), 23);
        QCOMPARE(mulDivCeil(7, 10, 3).value(), 24);
        QCOMPARE(mulDivCeil(9, 10, 3).value(), 30); // exact: no rounding up
        QCOMPARE(mulDivFloor(max, max, max).value(), max);
        QVERIFY(!mulDivFloor(max, 2, 1));
        QVERIFY(!mulDivFloor(1, 1, 0));
        QVERIFY(!mulDivFloor(-1, 1, 1));
    }

    void yuanText_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
        QTest::newRow("one fen") << qint64(1) << QStringLiteral("0.01");
        QTest::newRow("ten fen") << qint64(10) << QStringLiteral("0.10");
        QTest::newRow("registration") << qint64(2'000) << QStringLiteral("20.00");
        QTest::newRow("odd") << qint64(123'456) << QStringLiteral("1234.56");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("-0.05");
        QTest::newRow("maximum") << MaxAmount << QStringLiteral("10000000000000.00");
    }

    void yuanText()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(formatYuan(fen), text);
        if (fen >= 0)
            QCOMPARE(parseYuan(text).value(), fen);
    }

    void mostNegativeAmountFormats()
    {
        QCOMPARE(formatYuan(std::numeric_limits<qint64>::min()),
                 QStringLiteral("-92233720368547758.08"));
    }

    void parseYuanAcceptsShortFormsOnly()
    {
        QCOMPARE(parseYuan(u"12").value(), 1'200);
        QCOMPARE(parseYuan(u"12.5").value(), 1'250);
        QCOMPARE(parseYuan(u"0.07").value(), 7);
        for (const char16_t *bad : {u"", u".5", u"12.", u"1.234", u"-1", u"1e3", u" 1", u"1,000",
                                    u"10000000000000.01", u"99999999999999", u"１２"})
            QVERIFY2(!parseYuan(bad), qPrintable(QString::fromUtf16(bad)));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"

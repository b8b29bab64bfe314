// The typed reader and writer chain objects are built on: fields in order, unknown fields
// refused, sizes enforced, sticky errors.
#include "codec/CborReader.h"
#include "codec/CborWriter.h"

#include <QTest>

using medchain::codec::CborMapReader;
using medchain::codec::CborReader;
using medchain::codec::CborWriter;

namespace {
// A little object like the chain's: {0: name, 1: amount, 2?: note, 3: key (4 bytes)}.
struct Sample {
    QString name;
    qint64 amount = 0;
    QString note; // optional
    QByteArray key;
};

QByteArray encode(const Sample &s)
{
    CborWriter w;
    w.beginMap(s.note.isEmpty() ? 3 : 4);
    w.key(0);
    w.writeText(s.name);
    w.key(1);
    w.writeInteger(s.amount);
    if (!s.note.isEmpty()) {
        w.key(2);
        w.writeText(s.note);
    }
    w.key(3);
    w.writeBytes(s.key);
    w.end();
    return w.take();
}

bool decode(QByteArrayView bytes, Sample *s, QString *error)
{
    CborReader r(bytes);
    CborMapReader map(r, 4);
    map.require(0);
    s->name = r.readText(64);
    map.require(1);
    s->amount = r.readInteger();
    if (map.field(2))
        s->note = r.readText(256);
    map.require(3);
    s->key = r.readFixedBytes(4);
    map.finish();
    r.finish();
    *error = r.errorString();
    return !r.hasError();
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}
} // namespace

class TestCborReader : public QObject {
    Q_OBJECT
private slots:
    void objectRoundTrip()
    {
        const Sample in {QStringLiteral("张伟"), -12345, QStringLiteral("fee"),
                         QByteArray("\x01\x02\x03\x04", 4)};
        const QByteArray bytes = encode(in);
        Sample out;
        QString error;
        QVERIFY2(decode(bytes, &out, &error), qPrintable(error));
        QCOMPARE(out.name, in.name);
        QCOMPARE(out.amount, in.amount);
        QCOMPARE(out.note, in.note);
        QCOMPARE(out.key, in.key);

        Sample noNote = in;
        noNote.note.clear();
        QVERIFY(decode(encode(noNote), &out, &error));
        QVERIFY(out.note.isEmpty() || out.note == in.note);
    }

    void writerUsesShortestHeads()
    {
        CborWriter w;
        w.beginArray(6);
        w.writeInteger(23);
        w.writeInteger(24);
        w.writeInteger(-25);
        w.writeInteger(65536);
        w.writeBytes(QByteArray(24, 'x'));
        w.writeNull();
        w.end();
        QCOMPARE(w.take().left(12).toHex(),
                 QByteArray("86171818"
                            "3818"
                            "1a00010000"
                            "58"));
    }

    void objectErrors_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QString>("reason");
        // {0:"a", 1:5, 3:h'01020304'} is valid; each row breaks it one way.
        QTest::newRow("missing field 1")
            << hex("a200616103440102030400") << QStringLiteral("field 1");
        QTest::newRow("unknown field 4")
            << hex("a4006161010503440102030404f6") << QStringLiteral("field 4");
        QTest::newRow("fields out of order")
            << hex("a301050061610344010203") << QStringLiteral("field 0");
        QTest::newRow("key too short") << hex("a3006161010503"
                                              "43010203")
                                       << QStringLiteral("expected 4 bytes");
        QTest::newRow("name too long")
            << hex("a3007841") + QByteArray(65, 'a') + hex("0105034401020304")
            << QStringLiteral("longer than");
        QTest::newRow("amount is text")
            << hex("a3006161016135034401020304") << QStringLiteral("integer");
        QTest::newRow("not a map") << hex("83006161") << QStringLiteral("expected a map");
        QTest::newRow("text key") << hex("a3616101016205034401020304") << QStringLiteral("missing");
    }

    void objectErrors()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QString, reason);
        Sample out;
        QString error;
        QVERIFY(!decode(encoded, &out, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void errorsAreSticky()
    {
        CborReader r(hex("f90000"
                         "01")); // a float, then 1
        QCOMPARE(r.readInteger(), 0);
        QVERIFY(r.hasError());
        const QString first = r.errorString();
        QCOMPARE(r.readInteger(), 0); // nothing more is read
        QCOMPARE(r.errorString(), first);
        QVERIFY(first.contains(QLatin1String("byte 0")));
    }

    void textIsReadByteForByte_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QString>("text");
        // A leading byte-order mark is text like any other, not a marker to drop.
        QTest::newRow("leading BOM") << hex("65efbbbf6162") << QStringLiteral("\uFEFFab");
        QTest::newRow("only a BOM") << hex("63efbbbf") << QStringLiteral("\uFEFF");
        QTest::newRow("noncharacter") << hex("63efbfbe") << QStringLiteral("\uFFFE");
        QTest::newRow("astral") << hex("64f09f9881") << QStringLiteral("\U0001F601");
    }

    void textIsReadByteForByte()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QString, text);
        CborReader r(encoded);
        QCOMPARE(r.readText(64), text);
        r.finish();
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        CborWriter w;
        w.writeText(text);
        QCOMPARE(w.take().toHex(), encoded.toHex());
    }

    void malformedUtf8IsRefused_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("overlong slash") << hex("62c0af");
        QTest::newRow("surrogate") << hex("63eda080");
        QTest::newRow("above U+10FFFF") << hex("64f4908080");
        QTest::newRow("lone continuation") << hex("6180");
        QTest::newRow("truncated sequence") << hex("62e282");
    }

    void malformedUtf8IsRefused()
    {
        QFETCH(QByteArray, encoded);
        CborReader r(encoded);
        (void)r.readText(64);
        QVERIFY(r.hasError());
        QVERIFY2(r.errorString().contains(QLatin1String("UTF-8")), qPrintable(r.errorString()));
    }

    void readNullIfOnlyConsumesNull()
    {
        CborReader r(hex("f6f5"));
        QVERIFY(r.readNullIf());
        QVERIFY(!r.readNullIf());
        QVERIFY(r.readBool());
        r.finish();
        QVERIFY(!r.hasError());
    }
};

QTEST_GUILESS_MAIN(TestCborReader)
#include "TestCborReader.moc"

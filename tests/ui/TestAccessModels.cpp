// The access page's models and words over fabricated consent snapshots: every model passes
// QAbstractItemModelTester; active grants come first; emergency reads are flagged and drawn as
// such; scopes, expiries and parties read as people expect.
#include "patient/AccessLogModel.h"
#include "patient/AccessRequestModel.h"
#include "patient/AccessRowFilter.h"
#include "patient/GrantListModel.h"
#include "patient/GrantText.h"
#include "patient/PartyText.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QIcon>
#include <QTest>

using namespace medchain;
using namespace medchain::ui;

namespace {
constexpr qint64 kDay = GrantText::DayMs;
constexpr qint64 kNow = 1'795'000'000'000; // 2026-11-18

client::Hash hashOf(int n)
{
    client::Hash hash;
    hash.bytes.fill(std::uint8_t(n));
    return hash;
}

client::Party practitioner(int n, const QString &name)
{
    client::Party party;
    party.id.bytes.fill(std::uint8_t(100 + n));
    party.role = chain::Role::Practitioner;
    party.name = name;
    party.institution = QStringLiteral("Hefei First People's Hospital");
    party.specialty = QStringLiteral("Cardiology");
    return party;
}

client::Party hospital(int n, const QString &name)
{
    client::Party party;
    party.id.bytes.fill(std::uint8_t(200 + n));
    party.role = chain::Role::Institution;
    party.kind = chain::InstitutionKind::Hospital;
    party.name = name;
    return party;
}

client::GrantEntry grant(int n, qint64 granted, qint64 expiry, bool revoked = false)
{
    client::GrantEntry entry;
    entry.id = hashOf(n);
    entry.grantee = practitioner(n, QStringLiteral("Doctor %1").arg(n));
    entry.granted = granted;
    entry.expiry = expiry;
    entry.revoked = revoked;
    return entry;
}

client::AccessEntry read(int n, qint64 time, bool emergency, bool automated = false)
{
    client::AccessEntry entry;
    entry.id = hashOf(n);
    entry.time = time;
    entry.reader = practitioner(n, QStringLiteral("Reader %1").arg(n));
    if (!emergency || n % 2 == 0) {
        entry.record = hashOf(50 + n);
        entry.recordTime = time - 10 * kDay;
    }
    entry.purpose = emergency ? QStringLiteral("Unconscious in the emergency room")
                              : QStringLiteral("Follow-up");
    entry.emergency = emergency;
    entry.automated = automated;
    return entry;
}

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, col).data().toString());
    return texts;
}
} // namespace

class TestAccessModels : public QObject {
    Q_OBJECT
private slots:
    void scopeText()
    {
        consent::AccessScope all;
        QCOMPARE(GrantText::scope(all), QStringLiteral("All records"));
        consent::AccessScope some;
        some.kind = consent::AccessScope::Kind::Categories;
        some.categories = {chain::RecordCategory::Laboratory, chain::RecordCategory::Imaging};
        QCOMPARE(GrantText::scope(some), QStringLiteral("Laboratory, Imaging"));
        consent::AccessScope listed;
        listed.kind = consent::AccessScope::Kind::Records;
        listed.records = {hashOf(1), hashOf(2), hashOf(3)};
        // Plural forms come from the English catalogue once translated: compare up to them.
        QVERIFY(GrantText::scope(listed).startsWith(QLatin1String("3 listed record")));
        listed.records = {hashOf(1)};
        QVERIFY(GrantText::scope(listed).startsWith(QLatin1String("1 listed record")));
    }

    void expiryText_data()
    {
        QTest::addColumn<qint64>("expiry");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<qint64>("days");
        QTest::newRow("a week") << kNow + 7 * kDay << QStringLiteral("(7 day") << 7LL;
        QTest::newRow("a day and a bit") << kNow + kDay + 1 << QStringLiteral("(2 day") << 2LL;
        QTest::newRow("one day") << kNow + kDay << QStringLiteral("(1 day") << 1LL;
        QTest::newRow("an hour") << kNow + kDay / 24 << QStringLiteral("(less than a day left)")
                                 << 1LL;
        QTest::newRow("now") << kNow << QString() << 0LL;
        QTest::newRow("last week") << kNow - 7 * kDay << QString() << 0LL;
    }

    void expiryText()
    {
        QFETCH(qint64, expiry);
        QFETCH(QString, suffix);
        QFETCH(qint64, days);
        const QString text = GrantText::expiry(expiry, kNow);
        if (suffix.isEmpty())
            QVERIFY2(text.startsWith(QLatin1String("Expired ")), qPrintable(text));
        else
            QVERIFY2(text.contains(suffix) && text.endsWith(QLatin1String("left)")),
                     qPrintable(text));
        QCOMPARE(GrantText::daysLeft(expiry, kNow), days);
    }

    void partyText()
    {
        QCOMPARE(PartyText::display(practitioner(1, QStringLiteral("李伟"))),
                 QStringLiteral("李伟 (Cardiology, Hefei First People's Hospital)"));
        client::Party noSpecialty = practitioner(1, QStringLiteral("王芳"));
        noSpecialty.specialty.clear();
        QCOMPARE(PartyText::display(noSpecialty),
                 QStringLiteral("王芳 (Hefei First People's Hospital)"));
        const client::Party institution = hospital(1, QStringLiteral("合肥市第一人民医院"));
        QCOMPARE(PartyText::display(institution), QStringLiteral("合肥市第一人民医院"));
        QCOMPARE(PartyText::description(institution), QStringLiteral("Hospital"));

        client::Party unknown;
        unknown.id.bytes.fill(0xab);
        QCOMPARE(PartyText::display(unknown), QStringLiteral("Unknown identity abababababababab"));
        QCOMPARE(PartyText::description(unknown), QStringLiteral("Not known to this replica"));
        QCOMPARE(PartyText::fullId(unknown.id), QStringLiteral("ab").repeated(32));

        client::Party revoked = practitioner(2, QStringLiteral("张敏"));
        revoked.revoked = true;
        QCOMPARE(PartyText::description(revoked), QStringLiteral("Practitioner, revoked"));
    }

    void grantsPassTheModelTesterActiveFirst()
    {
        GrantListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Newest first from the reader, mixing states.
        model.setGrants({grant(1, kNow - 1 * kDay, kNow + 30 * kDay, true), // revoked
                         grant(2, kNow - 2 * kDay, kNow + 7 * kDay), // active
                         grant(3, kNow - 3 * kDay, kNow - kDay), // expired
                         grant(4, kNow - 4 * kDay, kNow + 365 * kDay)}, // active
                        kNow);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(GrantListModel::ColumnCount));
        QCOMPARE(column(model, GrantListModel::Grantee),
                 QStringList({QStringLiteral("Doctor 2 (Cardiology, Hefei First People's "
                                             "Hospital)"),
                              QStringLiteral("Doctor 4 (Cardiology, Hefei First People's "
                                             "Hospital)"),
                              QStringLiteral("Doctor 1 (Cardiology, Hefei First People's "
                                             "Hospital)"),
                              QStringLiteral("Doctor 3 (Cardiology, Hefei First People's "
                                             "Hospital)")}));
        QCOMPARE(column(model, GrantListModel::State),
                 QStringList({QStringLiteral("Active"), QStringLiteral("Active"),
                              QStringLiteral("Revoked"), QStringLiteral("Expired")}));
        for (int row = 0; row < 4; ++row) {
            const bool active = row < 2;
            QCOMPARE(model.index(row, 0).data(GrantListModel::ActiveRole).toBool(), active);
            QCOMPARE(model.index(row, 0).data(Qt::ForegroundRole).isValid(), !active);
        }
        QCOMPARE(model.index(0, GrantListModel::Scope).data().toString(),
                 QStringLiteral("All records"));
        QVERIFY(model.index(0, GrantListModel::Expiry)
                    .data()
                    .toString()
                    .contains(QLatin1String("(7 day")));
        QCOMPARE(model.index(0, 0).data(GrantListModel::IdRole).toByteArray(),
                 hashOf(2).toByteArray());
        QCOMPARE(model.grantAt(1)->id, hashOf(4));
        QCOMPARE(model.rowOf(hashOf(3)), 3);
        QCOMPARE(model.rowOf(hashOf(9)), -1);
        QVERIFY(!model.grantAt(4));
    }

    void aRevocationShowsAsPendingUntilTheChainHasIt()
    {
        GrantListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGrants({grant(1, kNow - kDay, kNow + 30 * kDay)}, kNow);
        model.setPending(hashOf(1), true);
        QCOMPARE(model.index(0, GrantListModel::State).data().toString(),
                 QStringLiteral("Revoking…"));
        QVERIFY(model.index(0, 0).data(GrantListModel::PendingRole).toBool());
        // The next snapshot carries the revocation: the mark goes by itself.
        model.setGrants({grant(1, kNow - kDay, kNow + 30 * kDay, true)}, kNow);
        QVERIFY(!model.index(0, 0).data(GrantListModel::PendingRole).toBool());
        QCOMPARE(model.index(0, GrantListModel::State).data().toString(),
                 QStringLiteral("Revoked"));
    }

    void theActiveFilterHidesEndedGrants()
    {
        GrantListModel model;
        AccessRowFilter filter(GrantListModel::ActiveRole);
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGrants({grant(1, kNow - kDay, kNow + 30 * kDay, true),
                         grant(2, kNow - kDay, kNow + 30 * kDay), grant(3, kNow - kDay, kNow - 1)},
                        kNow);
        QCOMPARE(filter.rowCount(), 3);
        filter.setFiltering(true);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(GrantListModel::IdRole).toByteArray(),
                 hashOf(2).toByteArray());
        filter.setFiltering(false);
        QCOMPARE(filter.rowCount(), 3);
    }

    void theAccessLogFlagsEmergencies()
    {
        AccessLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({read(1, kNow - 3 * kDay, false),
                          read(2, kNow - 1 * kDay, true), // a receipt under break-glass
                          read(3, kNow - 2 * kDay, true), // the declaration itself
                          read(4, kNow - 4 * kDay, false, true)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.emergencyCount(), 2);
        // Newest first.
        QCOMPARE(model.entryAt(0)->id, hashOf(2));
        QCOMPARE(model.entryAt(1)->id, hashOf(3));
        QCOMPARE(column(model, AccessLogModel::Access),
                 QStringList({QStringLiteral("EMERGENCY"), QStringLiteral("EMERGENCY"),
                              QStringLiteral("Routine"), QStringLiteral("Routine")}));
        QCOMPARE(column(model, AccessLogModel::ReaderKind),
                 QStringList({QStringLiteral("Person"), QStringLiteral("Person"),
                              QStringLiteral("Person"), QStringLiteral("Automated system")}));
        QCOMPARE(model.index(1, AccessLogModel::Record).data().toString(),
                 QStringLiteral("Emergency access declared"));
        QVERIFY(model.index(0, AccessLogModel::Record)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Record of ")));
        for (int row = 0; row < 4; ++row) {
            const bool emergency = row < 2;
            const QModelIndex first = model.index(row, AccessLogModel::When);
            QCOMPARE(first.data(AccessLogModel::EmergencyRole).toBool(), emergency);
            QCOMPARE(first.data(Qt::BackgroundRole).isValid(), emergency);
            QCOMPARE(first.data(Qt::FontRole).isValid(), emergency);
            QCOMPARE(first.data(Qt::DecorationRole).isValid(), emergency);
            if (emergency) {
                QCOMPARE(first.data(Qt::BackgroundRole).value<QBrush>().color(),
                         AccessLogModel::emergencyBackground());
                QVERIFY(first.data(Qt::FontRole).value<QFont>().bold());
            }
        }
        QVERIFY(model.index(3, 0).data(AccessLogModel::AutomatedRole).toBool());
    }

    void theEmergencyFilterKeepsOnlyEmergencies()
    {
        AccessLogModel model;
        AccessRowFilter filter(AccessLogModel::EmergencyRole);
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({read(1, kNow - 3 * kDay, false), read(2, kNow - 1 * kDay, true),
                          read(4, kNow - 4 * kDay, false)});
        filter.setFiltering(true);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, AccessLogModel::Purpose).data().toString(),
                 QStringLiteral("Unconscious in the emergency room"));
        // A reload while filtering keeps the filter.
        model.setEntries({read(1, kNow - 3 * kDay, true), read(2, kNow - 1 * kDay, true)});
        QCOMPARE(filter.rowCount(), 2);
    }

    void requestsKeepOnlyThoseWaiting()
    {
        AccessRequestModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        client::RequestEntry waiting;
        waiting.id = hashOf(1);
        waiting.requester = hospital(1, QStringLiteral("Shushan Community Health Centre"));
        waiting.scope.kind = consent::AccessScope::Kind::Categories;
        waiting.scope.categories = {chain::RecordCategory::Encounter};
        waiting.expiry = kNow + 10 * kDay;
        waiting.asked = kNow - kDay;
        waiting.purpose = QStringLiteral("Referral");
        client::RequestEntry declined = waiting;
        declined.id = hashOf(2);
        declined.state = client::RequestState::Declined;
        client::RequestEntry older = waiting;
        older.id = hashOf(3);
        older.asked = kNow - 5 * kDay;
        model.setRequests({older, declined, waiting}, kNow);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.requestAt(0)->id, hashOf(1));
        QCOMPARE(model.index(0, AccessRequestModel::Requester).data().toString(),
                 QStringLiteral("Shushan Community Health Centre"));
        QCOMPARE(model.index(0, AccessRequestModel::Purpose).data().toString(),
                 QStringLiteral("Referral"));
        QCOMPARE(model.index(0, AccessRequestModel::Scope).data().toString(),
                 QStringLiteral("Encounter"));
        QVERIFY(model.index(0, AccessRequestModel::Until)
                    .data()
                    .toString()
                    .contains(QLatin1String("(10 day")));
        model.setPending(hashOf(1), true);
        QVERIFY(model.index(0, 0).data(AccessRequestModel::PendingRole).toBool());
        QVERIFY(model.index(0, AccessRequestModel::Requester)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("(answering…)")));
        // Once answered it leaves the list, and its mark with it.
        client::RequestEntry granted = waiting;
        granted.state = client::RequestState::Granted;
        model.setRequests({granted, older}, kNow);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(hashOf(1)), -1);
    }
};

QTEST_MAIN(TestAccessModels)
#include "TestAccessModels.moc"

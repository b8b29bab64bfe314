// The grant form on its own: who can be picked (not money handlers, not the revoked), search
// narrowing to one party picks it, a scope needs a category ticked, durations count from the
// moment of granting and stay within a year, and a request presets grantee, scope and end.
#include "WidgetLookup.h"
#include "patient/GrantDialog.h"
#include "patient/GrantText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace medchain;
using medchain::testing::child;
using medchain::ui::GrantDialog;

namespace {
constexpr qint64 kDay = ui::GrantText::DayMs;
constexpr qint64 kNow = 1'795'000'000'000;

client::Party party(int n, chain::Role role, std::optional<chain::InstitutionKind> kind,
                    const QString &name, const QString &specialty = QString())
{
    client::Party made;
    made.id.bytes.fill(std::uint8_t(n));
    made.role = role;
    made.kind = kind;
    made.name = name;
    made.specialty = specialty;
    return made;
}

QList<client::Party> directory()
{
    using K = chain::InstitutionKind;
    using R = chain::Role;
    client::Party gone = party(6, R::Practitioner, {}, QStringLiteral("Dr Gone"));
    gone.revoked = true;
    return {
        party(1, R::Institution, K::Hospital, QStringLiteral("Hefei First Hospital")),
        party(2, R::Practitioner, {}, QStringLiteral("Li Wei"),
              QStringLiteral("Respiratory medicine")),
        party(3, R::Practitioner, {}, QStringLiteral("Wang Fang"), QStringLiteral("Cardiology")),
        party(4, R::Institution, K::PaymentGateway, QStringLiteral("WanPay")),
        party(5, R::Institution, K::FundManager, QStringLiteral("Wanrong Funds")),
        gone,
        party(7, R::Institution, K::Laboratory, QStringLiteral("Anhui Lab"))};
}

QStringList visibleRows(QListWidget *list)
{
    QStringList rows;
    for (int row = 0; row < list->count(); ++row)
        if (!list->item(row)->isHidden())
            rows.append(list->item(row)->text());
    return rows;
}
} // namespace

class TestGrantDialog : public QObject {
    Q_OBJECT
private slots:
    void offersCarersOnlyAndSearchPicks()
    {
        GrantDialog dialog(kNow);
        auto *list = child<QListWidget>(dialog, "granteeList");
        auto *ok = child<QPushButton>(dialog, "grantOk");
        QCOMPARE(list->count(), 1); // "Loading the directory…"
        QVERIFY(!dialog.grantee());
        QVERIFY(!ok->isEnabled());

        dialog.setDirectory(directory());
        QCOMPARE(list->count(), 4);
        const QString all = visibleRows(list).join(QLatin1Char('\n'));
        QVERIFY(!all.contains(QLatin1String("WanPay")));
        QVERIFY(!all.contains(QLatin1String("Wanrong")));
        QVERIFY(!all.contains(QLatin1String("Dr Gone")));

        QTest::keyClicks(child<QLineEdit>(dialog, "granteeSearch"), QStringLiteral("cardio"));
        QCOMPARE(visibleRows(list).size(), 1);
        QCOMPARE(dialog.grantee()->name, QStringLiteral("Wang Fang"));
        QVERIFY(ok->isEnabled());
        child<QLineEdit>(dialog, "granteeSearch")->setText(QStringLiteral("nobody"));
        QVERIFY(visibleRows(list).isEmpty());
        QVERIFY(!dialog.grantee()); // a hidden pick does not count
        QVERIFY(!ok->isEnabled());
    }

    void scopeNeedsACategory()
    {
        GrantDialog dialog(kNow);
        dialog.setDirectory(directory());
        child<QListWidget>(dialog, "granteeList")->setCurrentRow(0);
        auto *ok = child<QPushButton>(dialog, "grantOk");
        QCOMPARE(dialog.scope().kind, consent::AccessScope::Kind::All);
        QVERIFY(ok->isEnabled());
        child<QRadioButton>(dialog, "scopeCategories")->setChecked(true);
        QVERIFY(!ok->isEnabled());
        child<QCheckBox>(dialog, "categoryVaccination")->setChecked(true);
        child<QCheckBox>(dialog, "categoryLaboratory")->setChecked(true);
        QVERIFY(ok->isEnabled());
        const consent::AccessScope scope = dialog.scope();
        QCOMPARE(scope.kind, consent::AccessScope::Kind::Categories);
        // Sorted, as the chain requires.
        QCOMPARE(scope.categories,
                 QList({chain::RecordCategory::Laboratory, chain::RecordCategory::Vaccination}));
    }

    void durationsCountFromTheGrantAndStayWithinAYear()
    {
        GrantDialog dialog(kNow);
        auto *duration = child<QComboBox>(dialog, "grantDuration");
        QCOMPARE(dialog.expiry(kNow), kNow + 30 * kDay); // the default
        duration->setCurrentIndex(duration->findText(QStringLiteral("7 days")));
        QCOMPARE(dialog.expiry(kNow + 5000), kNow + 5000 + 7 * kDay);
        duration->setCurrentIndex(duration->findText(QStringLiteral("1 year")));
        QCOMPARE(dialog.expiry(kNow), kNow + GrantDialog::DefaultMaxDurationMs);

        duration->setCurrentIndex(duration->findText(QStringLiteral("Until a date…")));
        auto *until = child<QDateEdit>(dialog, "grantUntil");
        QVERIFY(until->isEnabled());
        const QDate today = QDateTime::fromMSecsSinceEpoch(kNow).date();
        until->setDate(today.addDays(10));
        const qint64 end = QDateTime(today.addDays(11), QTime(0, 0)).toMSecsSinceEpoch();
        QCOMPARE(dialog.expiry(kNow), end); // all of the chosen day
        // The date edit stops short of the chain's limit.
        until->setDate(today.addDays(5000));
        QVERIFY(until->date() < today.addDays(366));
        QVERIFY(*dialog.expiry(kNow) - kNow <= GrantDialog::DefaultMaxDurationMs);
        // A date that has passed by the time the grant is made is refused.
        until->setDate(today);
        QVERIFY(!dialog.expiry(QDateTime(today.addDays(2), QTime(0, 0)).toMSecsSinceEpoch()));
    }

    void aRequestPresetsTheGrant()
    {
        client::RequestEntry request;
        request.id.bytes.fill(0x42);
        request.requester = directory().at(1);
        request.scope.kind = consent::AccessScope::Kind::Records;
        request.scope.records = {client::Hash {}, client::Hash {}};
        request.scope.records[1].bytes.fill(1);
        request.expiry = kNow + 400 * kDay; // longer than the dialog offers, but what was asked
        request.asked = kNow - kDay;
        request.purpose = QStringLiteral("Referral");

        GrantDialog dialog(kNow);
        dialog.setRequest(request);
        dialog.setDirectory(directory()); // arriving late changes nothing
        QCOMPARE(dialog.request(), request.id);
        QCOMPARE(dialog.grantee()->name, QStringLiteral("Li Wei"));
        QVERIFY(!child<QListWidget>(dialog, "granteeList")->isEnabled());
        QVERIFY(child<QRadioButton>(dialog, "scopeRecords")->isChecked());
        QCOMPARE(dialog.scope(), request.scope);
        QVERIFY(child<QComboBox>(dialog, "grantDuration")
                    ->currentText()
                    .startsWith(QLatin1String("As asked")));
        QCOMPARE(dialog.expiry(kNow + 1000), request.expiry);
        QVERIFY(child<QPushButton>(dialog, "grantOk")->isEnabled());

        // The patient may narrow it.
        child<QRadioButton>(dialog, "scopeCategories")->setChecked(true);
        child<QCheckBox>(dialog, "categoryEncounter")->setChecked(true);
        QCOMPARE(dialog.scope().categories, QList({chain::RecordCategory::Encounter}));
    }

    void aLapsedRequestFallsBackToADuration()
    {
        client::RequestEntry request;
        request.requester = directory().at(2);
        request.expiry = kNow - kDay;
        GrantDialog dialog(kNow);
        dialog.setRequest(request);
        auto *duration = child<QComboBox>(dialog, "grantDuration");
        QCOMPARE(duration->findText(QStringLiteral("As asked"), Qt::MatchStartsWith), -1);
        QCOMPARE(dialog.expiry(kNow), kNow + 30 * kDay);
    }
};

QTEST_MAIN(TestGrantDialog)
#include "TestGrantDialog.moc"

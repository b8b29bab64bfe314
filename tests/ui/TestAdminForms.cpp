// The Administration tab's forms: enrolling an institution (kind, district from the catalog,
// never over a file), a subsidy program (ICD-10 codes checked against the catalog, amounts in
// yuan, funding no more than the balance), and the validator set with its check before sending.
#include "AdminSamples.h"
#include "WidgetLookup.h"

#include "common/Startup.h"
#include "regulator/CreateProgramDialog.h"
#include "regulator/EnrollInstitutionDialog.h"
#include "regulator/ProgramsPanel.h"
#include "regulator/ValidatorSetCheck.h"
#include "regulator/ValidatorSetModel.h"
#include "regulator/ValidatorsPanel.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace medchain;
using medchain::testing::child;
using medchain::testing::openChild;
namespace admin = medchain::testing::admin;

namespace {

void retype(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestAdminForms : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Startup::initialiseCore().ok()); // guarded memory for the passphrase
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
    }

    void enrollsAnInstitutionOnlyWithACompleteForm()
    {
        QTemporaryDir dir;
        ui::EnrollInstitutionDialog dialog;
        auto *kind = child<QComboBox>(dialog, "enrollKind");
        QCOMPARE(kind->count(), 7);
        QCOMPARE(kind->itemText(1), QStringLiteral("Clinic"));
        QCOMPARE(kind->itemText(4), QStringLiteral("Clinical-trial sponsor"));
        kind->setCurrentIndex(1);
        auto *name = child<QLineEdit>(dialog, "enrollName");
        QTest::keyClicks(name, QStringLiteral("Shushan Clinic"));
        // The keystore's place follows the name until one is chosen.
        auto *path = child<QLineEdit>(dialog, "path");
        QVERIFY2(path->text().endsWith(QStringLiteral("Shushan Clinic.mcid")),
                 qPrintable(path->text()));
        auto *problem = child<QLabel>(dialog, "enrollProblem");
        auto *accept = child<QPushButton>(dialog, "enrollAccept");

        // The district: none yet, a partial code, then one from the catalog's list.
        accept->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(problem->text().contains(QLatin1String("district")), qPrintable(problem->text()));
        auto *region = child<QComboBox>(dialog, "enrollRegion");
        QVERIFY(region->count() > 10);
        region->setEditText(QStringLiteral("34010"));
        QCOMPARE(dialog.problem(),
                 QStringLiteral("\"34010\" is not a district code: six digits, "
                                "e.g. 340104."));
        region->setCurrentIndex(region->findData(QStringLiteral("340104")));
        QCOMPARE(dialog.form().regionCode, QStringLiteral("340104"));
        QCOMPARE(child<QLabel>(dialog, "enrollRegionName")->text(),
                 QStringLiteral("Shushan District, Hefei"));
        // A code outside the catalog's province is taken, with a word of caution.
        region->setEditText(QStringLiteral("110101"));
        QVERIFY(child<QLabel>(dialog, "enrollRegionName")->text().contains(QLatin1String("check")));
        region->setEditText(QStringLiteral("340104"));

        // Never over an existing file; a passphrase typed twice.
        const QString target = dir.filePath(QStringLiteral("clinic"));
        QFile taken(target + QStringLiteral(".mcid"));
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.close();
        retype(path, target);
        QCOMPARE(dialog.keystorePath(), target + QStringLiteral(".mcid"));
        auto *first = child<QLineEdit>(dialog, "newPassphrase");
        auto *repeat = child<QLineEdit>(dialog, "repeatPassphrase");
        QTest::keyClicks(first, QStringLiteral("clinic passphrase"));
        QTest::keyClicks(repeat, QStringLiteral("clinic passphrase"));
        accept->click();
        QVERIFY2(problem->text().contains(QLatin1String("already exists")),
                 qPrintable(problem->text()));
        QVERIFY(taken.remove());
        QTest::keyClicks(repeat, QStringLiteral("!"));
        accept->click();
        QVERIFY2(problem->text().contains(QLatin1String("differ")), qPrintable(problem->text()));
        QVERIFY(first->text().isEmpty()); // typed again from the start

        QTest::keyClicks(first, QStringLiteral("clinic passphrase"));
        QTest::keyClicks(repeat, QStringLiteral("clinic passphrase"));
        QVERIFY(dialog.problem().isEmpty());
        accept->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(first->text().isEmpty() && repeat->text().isEmpty());
        const ui::InstitutionEnrollment enrollment = dialog.takeEnrollment();
        QCOMPARE(enrollment.form.kind, chain::InstitutionKind::Clinic);
        QCOMPARE(enrollment.form.name, QStringLiteral("Shushan Clinic"));
        QCOMPARE(enrollment.form.regionCode, QStringLiteral("340104"));
        QCOMPARE(enrollment.keystorePath, target + QStringLiteral(".mcid"));
        QVERIFY(enrollment.passphrase && !enrollment.passphrase->isEmpty());
    }

    void enrollFormTabsFromItsFieldsToTheKeystoreAndButtons()
    {
        // The keystore's fields and the buttons are made before the institution's own.
        ui::EnrollInstitutionDialog dialog;
        QStringList order;
        QWidget *at = child<QComboBox>(dialog, "enrollKind");
        for (int step = 0; step < 40 && order.size() < 9; ++step, at = at->nextInFocusChain())
            if ((at->focusPolicy() & Qt::TabFocus) && !at->objectName().isEmpty())
                order.append(at->objectName());
        QCOMPARE(order,
                 (QStringList {QStringLiteral("enrollKind"), QStringLiteral("enrollName"),
                               QStringLiteral("enrollRegion"), QStringLiteral("path"),
                               QStringLiteral("browse"), QStringLiteral("newPassphrase"),
                               QStringLiteral("repeatPassphrase"), QStringLiteral("enrollAccept"),
                               QStringLiteral("enrollCancel")}));
    }

    void programCodesCheckedAgainstTheCatalog()
    {
        QVERIFY(ui::CreateProgramDialog::isKnownCode(QStringLiteral("E11.9")));
        QVERIFY(ui::CreateProgramDialog::isKnownCode(QStringLiteral("E11"))); // a category
        QVERIFY(ui::CreateProgramDialog::isKnownCode(QStringLiteral("J10"))); // by subdivisions
        QVERIFY(!ui::CreateProgramDialog::isKnownCode(QStringLiteral("X99")));
        QVERIFY(!ui::CreateProgramDialog::isKnownCode(QStringLiteral("E11.")));
        const auto parsed
            = ui::CreateProgramDialog::parseCodes(QStringLiteral(" e11, E10;J10.1  e11，x99 FOO"));
        QCOMPARE(
            parsed.codes,
            (QStringList {QStringLiteral("E11"), QStringLiteral("E10"), QStringLiteral("J10.1"),
                          QStringLiteral("X99"), QStringLiteral("FOO")}));
        QCOMPARE(parsed.unknown, (QStringList {QStringLiteral("X99"), QStringLiteral("FOO")}));
    }

    void createsAProgramFundedFromTheBalance()
    {
        ui::ProgramsPanel panel;
        panel.show();
        QList<client::ProgramForm> asked;
        connect(&panel, &ui::ProgramsPanel::programRequested, &panel,
                [&asked](const client::ProgramForm &form) { asked.append(form); });
        panel.setPrograms({}, 100'000); // ¥1,000.00
        child<QPushButton>(panel, "createProgram")->click();
        ui::CreateProgramDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openChild<ui::CreateProgramDialog>(
                         panel, QStringLiteral("createProgramDialog"))));
        QVERIFY(
            child<QLabel>(*dialog, "programBalance")->text().contains(QStringLiteral("¥1,000.00")));
        auto *problem = child<QLabel>(*dialog, "programProblem");
        auto *accept = child<QPushButton>(*dialog, "programAccept");
        auto *codes = child<QLineEdit>(*dialog, "programCodes");
        auto *check = child<QLabel>(*dialog, "programCodesCheck");

        accept->click();
        QVERIFY(problem->text().startsWith(QLatin1String("Name the program")));
        QTest::keyClicks(child<QLineEdit>(*dialog, "programName"), QStringLiteral("Diabetes"));
        auto *category = child<QComboBox>(*dialog, "programCategory");
        QCOMPARE(category->itemText(0), QStringLiteral("Any category"));
        category->setCurrentIndex(category->findText(QStringLiteral("Encounter")));

        // Unknown codes are an error as they are typed, and on accepting.
        QTest::keyClicks(codes, QStringLiteral("E11 X99"));
        QVERIFY(check->text().contains(QLatin1String("X99")));
        QVERIFY(check->styleSheet().contains(QLatin1String("#b00020")));
        accept->click();
        QVERIFY2(problem->text().startsWith(QLatin1String("Not in the ICD-10 catalog: X99.")),
                 qPrintable(problem->text()));
        retype(codes, QStringLiteral("e11, E10"));
        QVERIFY(check->styleSheet().isEmpty());
        QVERIFY(check->text().contains(QLatin1String("E10")));

        // Amounts: one payment, a cap below it, funding above the balance.
        auto *amount = child<QLineEdit>(*dialog, "programAmount");
        auto *cap = child<QLineEdit>(*dialog, "programCap");
        auto *funding = child<QLineEdit>(*dialog, "programFunding");
        accept->click();
        QVERIFY2(problem->text().startsWith(QLatin1String("Amount per record:")),
                 qPrintable(problem->text()));
        QTest::keyClicks(amount, QStringLiteral("20"));
        QTest::keyClicks(cap, QStringLiteral("10"));
        accept->click();
        QVERIFY2(problem->text().contains(QLatin1String("less than one payment")),
                 qPrintable(problem->text()));
        retype(cap, QStringLiteral("100"));
        QTest::keyClicks(funding, QStringLiteral("1,000.01"));
        accept->click();
        QVERIFY2(problem->text().contains(QLatin1String("the authority's balance")),
                 qPrintable(problem->text()));
        QVERIFY(asked.isEmpty());

        retype(funding, QStringLiteral("500.50"));
        accept->click();
        QCOMPARE(asked.size(), 1);
        const client::ProgramForm &form = asked.first();
        QCOMPARE(form.name, QStringLiteral("Diabetes"));
        QCOMPARE(form.category, std::optional(chain::RecordCategory::Encounter));
        QCOMPARE(form.codes, (QStringList {QStringLiteral("E11"), QStringLiteral("E10")}));
        QCOMPARE(form.amountPerEvent, wallet::Amount(2'000));
        QCOMPARE(form.capPerPatient, wallet::Amount(10'000));
        QCOMPARE(form.funding, wallet::Amount(50'050));
    }

    void theValidatorSetIsCheckedBeforeItIsSent()
    {
        ui::ValidatorsPanel panel;
        panel.show();
        QList<QList<identity::Validator>> sent;
        connect(&panel, &ui::ValidatorsPanel::validatorsRequested, &panel,
                [&sent](const QList<identity::Validator> &set) { sent.append(set); });
        const client::AdminDirectory directory = admin::directory();
        panel.setDirectory(directory.validators, directory.nodes);
        panel.setHealth(admin::health());
        auto *apply = child<QPushButton>(panel, "applyValidators");
        QVERIFY(!apply->isEnabled()); // nothing changed
        // Only active nodes outside the set are offered.
        auto *candidate = child<QComboBox>(panel, "validatorCandidate");
        QCOMPARE(candidate->count(), 1);
        QVERIFY(candidate->itemText(0).startsWith(QLatin1String("node-d")));

        child<QPushButton>(panel, "addValidator")->click();
        QCOMPARE(candidate->count(), 0);
        QVERIFY(apply->isEnabled());
        auto *changes = child<QLabel>(panel, "validatorChanges");
        QVERIFY2(changes->text().contains(QLatin1String("Adds node-d with power 1.")),
                 qPrintable(changes->text()));
        // node-b signed nothing for 20 blocks and is no peer: said, but 3 of 4 power is up.
        QVERIFY(changes->text().contains(QLatin1String("node-b neither sign(s) blocks")));
        QVERIFY(changes->text().contains(QLatin1String("at least 3 of the 4 voting power")));
        apply->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = openChild<QMessageBox>(panel, QStringLiteral("validatorConfirm"))));
        QVERIFY(box->text().contains(QLatin1String("Adds node-d")));
        QVERIFY(!box->text().contains(QLatin1String("would stop making blocks")));
        QCOMPARE(child<QPushButton>(*box, "confirmYes")->text(), QStringLiteral("&Apply"));
        child<QPushButton>(*box, "confirmYes")->click();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().size(), 4);

        // Removing the one validator signing leaves a third of the power up: the network would
        // stop, and the confirmation says so.
        child<QPushButton>(panel, "resetValidators")->click();
        auto *table = child<QTableView>(panel, "validatorSetTable");
        table->selectRow(0);
        child<QPushButton>(panel, "removeValidator")->click();
        QVERIFY2(changes->text().contains(QLatin1String("node-a sign(s) blocks now")),
                 qPrintable(changes->text()));
        QVERIFY(changes->styleSheet().contains(QLatin1String("#b00020")));
        apply->click();
        QTRY_VERIFY((box = openChild<QMessageBox>(panel, QStringLiteral("validatorConfirm"))));
        QVERIFY(box->text().contains(QLatin1String("would stop making blocks")));
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QCOMPARE(child<QPushButton>(*box, "confirmYes")->text(), QStringLiteral("Apply &anyway"));
        child<QPushButton>(*box, "confirmNo")->click();
        QCOMPARE(sent.size(), 1);

        // A power changed through the spin box of the selected row.
        child<QPushButton>(panel, "resetValidators")->click();
        table->selectRow(1);
        auto *power = child<QSpinBox>(panel, "validatorPower");
        QCOMPARE(power->value(), 1);
        power->setValue(3);
        QCOMPARE(panel.model()->proposed().at(1).power, quint64(3));
        QVERIFY(
            changes->text().contains(QLatin1String("Changes the power of node-b from 1 to 3.")));

        // An empty set cannot be sent.
        while (panel.model()->rowCount() > 0) {
            table->selectRow(0);
            child<QPushButton>(panel, "removeValidator")->click();
        }
        QVERIFY(!apply->isEnabled());
        QVERIFY(changes->text().contains(QLatin1String("cannot be empty")));
    }

    void withoutHealthTheCheckSaysSo()
    {
        const client::AdminDirectory directory = admin::directory();
        const ui::ValidatorSetReview review = ui::ValidatorSetCheck::review(
            directory.validators, directory.validators.mid(1), directory.nodes, std::nullopt);
        QCOMPARE(review.changes, QStringList {QStringLiteral("Removes node-a.")});
        QVERIFY(!review.mayStop);
        QCOMPARE(review.warnings.size(), 1);
        QVERIFY(review.warnings.first().contains(QLatin1String("not been read yet")));
        QCOMPARE(ui::ValidatorSetCheck::quorum(3), quint64(3));
        QCOMPARE(ui::ValidatorSetCheck::quorum(4), quint64(3));
        QCOMPARE(ui::ValidatorSetCheck::quorum(100), quint64(67));
    }
};

QTEST_MAIN(TestAdminForms)
#include "TestAdminForms.moc"

#include "regulator/CreateProgramDialog.h"

#include "common/MedicalCatalog.h"
#include "demo/Catalog.h"
#include "patient/Icd10Titles.h"
#include "patient/RecordFormat.h"
#include "patient/WalletText.h"
#include "patient/WalletValidation.h"
#include "regulator/ProgramModel.h"
#include "regulator/SurveillanceText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {

constexpr chain::RecordCategory kCategories[] = {
    chain::RecordCategory::Encounter,   chain::RecordCategory::Laboratory,
    chain::RecordCategory::Imaging,     chain::RecordCategory::Prescription,
    chain::RecordCategory::Vaccination,
};

/// The program's name is a certificate-like short name on chain (at most 200 bytes of UTF-8).
constexpr int kMaxNameLength = 64;

QLineEdit *field(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

/// "E11 Type 2 diabetes mellitus": a category by its own title, a code by the catalog's.
QString describe(const QString &code)
{
    return code.size() == 3 ? SurveillanceText::category(code) : Icd10Titles::describe(code);
}

/// What WalletValidation reads in text ("1,234.50", "¥8"); 0 for nothing, zero or nonsense.
wallet::Amount amountIn(const QString &text)
{
    const auto amount = WalletValidation::amount(text, wallet::MaxAmount, QString());
    return amount ? amount.value() : 0;
}

} // namespace

CreateProgramDialog::CreateProgramDialog(wallet::Amount balance, QWidget *parent)
    : QDialog(parent), m_balance(balance)
{
    setObjectName(QStringLiteral("createProgramDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_name = field(QStringLiteral("programName"), this);
    m_name->setMaxLength(kMaxNameLength);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("programCategory"));
    m_codes = field(QStringLiteral("programCodes"), this);
    m_codesCheck = new QLabel(this);
    m_codesCheck->setObjectName(QStringLiteral("programCodesCheck"));
    m_codesCheck->setWordWrap(true);
    m_amount = field(QStringLiteral("programAmount"), this);
    m_cap = field(QStringLiteral("programCap"), this);
    m_funding = field(QStringLiteral("programFunding"), this);
    m_balanceText = new QLabel(this);
    m_balanceText->setObjectName(QStringLiteral("programBalance"));
    m_balanceText->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("programProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setVisible(false);

    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_categoryLabel = new QLabel(this);
    m_categoryLabel->setBuddy(m_category);
    m_codesLabel = new QLabel(this);
    m_codesLabel->setBuddy(m_codes);
    m_amountLabel = new QLabel(this);
    m_amountLabel->setBuddy(m_amount);
    m_capLabel = new QLabel(this);
    m_capLabel->setBuddy(m_cap);
    m_fundingLabel = new QLabel(this);
    m_fundingLabel->setBuddy(m_funding);

    m_buttons = new QDialogButtonBox(this);
    m_accept = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("programAccept"));
    m_accept->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("programCancel"));

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_categoryLabel, m_category);
    form->addRow(m_codesLabel, m_codes);
    form->addRow(QString(), m_codesCheck);
    form->addRow(m_amountLabel, m_amount);
    form->addRow(m_capLabel, m_cap);
    form->addRow(m_fundingLabel, m_funding);
    form->addRow(QString(), m_balanceText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_name, m_category);
    setTabOrder(m_category, m_codes);
    setTabOrder(m_codes, m_amount);
    setTabOrder(m_amount, m_cap);
    setTabOrder(m_cap, m_funding);
    setTabOrder(m_funding, m_accept);
    setTabOrder(m_accept, m_cancel);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateProgramDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateProgramDialog::reject);
    connect(m_codes, &QLineEdit::textChanged, this, &CreateProgramDialog::showCodes);

    fillCategories();
    retranslateUi();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 46, sizeHint().height());
}

CreateProgramDialog::Codes CreateProgramDialog::parseCodes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;\\x{ff0c}\\x{3001}]+"));
    Codes parsed;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString code = part.toUpper();
        if (parsed.codes.contains(code))
            continue;
        parsed.codes.append(code);
        if (!isKnownCode(code))
            parsed.unknown.append(code);
    }
    return parsed;
}

bool CreateProgramDialog::isKnownCode(const QString &code)
{
    const demo::Catalog *catalog = medicalCatalog();
    if (!catalog) {
        // Without the catalog (a packaging error) the chain's own rule is all there is to check.
        static const QRegularExpression icd10(QStringLiteral("^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$"));
        return icd10.match(code).hasMatch();
    }
    if (catalog->icd10(code))
        return true;
    static const QRegularExpression category(QStringLiteral("^[A-Z][0-9]{2}$"));
    return category.match(code).hasMatch() && !SurveillanceText::categoryTitle(code).isEmpty();
}

client::ProgramForm CreateProgramDialog::form() const
{
    client::ProgramForm form;
    form.name = m_name->text().trimmed();
    if (const int category = m_category->currentData().toInt(); category != 0)
        form.category = chain::RecordCategory(category);
    form.codes = parseCodes(m_codes->text()).codes;
    form.amountPerEvent = amountIn(m_amount->text());
    form.capPerPatient = amountIn(m_cap->text());
    form.funding = amountIn(m_funding->text());
    return form;
}

std::pair<QString, QWidget *> CreateProgramDialog::check() const
{
    if (m_name->text().trimmed().isEmpty())
        return {tr("Name the program as patients will see it in their wallet."), m_name};
    const Codes codes = parseCodes(m_codes->text());
    if (!codes.unknown.isEmpty())
        return {tr("Not in the ICD-10 catalog: %1. Use codes such as E11.9, or three-character "
                   "categories such as E11.")
                    .arg(codes.unknown.join(QStringLiteral(", "))),
                m_codes};
    if (quint64(codes.codes.size()) > chain::limits::MaxProgramCodes)
        return {tr("A program takes at most %1 codes; use three-character categories to cover "
                   "several.")
                    .arg(chain::limits::MaxProgramCodes),
                m_codes};
    const auto amount = WalletValidation::amount(m_amount->text(), wallet::MaxAmount,
                                                 tr("the most one payment may be"));
    if (!amount)
        return {tr("Amount per record: %1").arg(amount.error()), m_amount};
    if (const QString cap = m_cap->text().trimmed();
        !cap.isEmpty() && wallet::parseYuan(cap) != std::optional<wallet::Amount>(0)) {
        const auto parsed
            = WalletValidation::amount(cap, wallet::MaxAmount, tr("the most one payment may be"));
        if (!parsed)
            return {tr("Cap per patient: %1").arg(parsed.error()), m_cap};
        if (parsed.value() < amount.value())
            return {tr("The cap per patient is less than one payment (%1). Raise it, or leave it "
                       "empty for no cap.")
                        .arg(WalletText::yuan(amount.value())),
                    m_cap};
    }
    const auto funding
        = WalletValidation::amount(m_funding->text(), m_balance, tr("the authority's balance"));
    if (!funding)
        return {tr("Funding: %1").arg(funding.error()), m_funding};
    return {QString(), nullptr};
}

QString CreateProgramDialog::problem() const
{
    return check().first;
}

void CreateProgramDialog::accept()
{
    const auto [why, field] = check();
    if (!why.isEmpty()) {
        m_problem->setText(why);
        m_problem->setVisible(true);
        field->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
        return;
    }
    QDialog::accept();
}

void CreateProgramDialog::showCodes()
{
    const Codes codes = parseCodes(m_codes->text());
    m_codesCheck->setStyleSheet(codes.unknown.isEmpty() ? QString()
                                                        : QStringLiteral("color: #b00020;"));
    if (!codes.unknown.isEmpty()) {
        m_codesCheck->setText(
            tr("Not in the ICD-10 catalog: %1").arg(codes.unknown.join(QStringLiteral(", "))));
        return;
    }
    if (codes.codes.isEmpty()) {
        m_codesCheck->setText(tr("No codes: every record of an enrolled patient qualifies."));
        return;
    }
    QStringList described;
    for (const QString &code : codes.codes)
        described.append(describe(code));
    m_codesCheck->setText(described.join(QLatin1Char('\n')));
}

void CreateProgramDialog::fillCategories()
{
    const int current = m_category->currentIndex();
    m_category->clear();
    m_category->addItem(ProgramModel::categoryText(std::nullopt), 0);
    for (const chain::RecordCategory category : kCategories)
        m_category->addItem(RecordFormat::category(category), int(category));
    m_category->setCurrentIndex(current < 0 ? 0 : current);
}

void CreateProgramDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillCategories();
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void CreateProgramDialog::retranslateUi()
{
    setWindowTitle(tr("Create a Subsidy Program"));
    m_intro->setText(tr("The program pays each enrolled patient a fixed amount for every "
                        "qualifying record, from its pool, until the pool or the patient's cap "
                        "runs out."));
    m_nameLabel->setText(tr("&Name:"));
    m_categoryLabel->setText(tr("Record &kind:"));
    m_codesLabel->setText(tr("ICD-10 c&odes:"));
    m_codes->setPlaceholderText(tr("e.g. E10, E11 (empty: any diagnosis)"));
    m_amountLabel->setText(tr("&Amount per record (¥):"));
    m_capLabel->setText(tr("Ca&p per patient (¥):"));
    m_cap->setPlaceholderText(tr("empty: no cap"));
    m_fundingLabel->setText(tr("&Funding (¥):"));
    m_balanceText->setText(tr("The authority's account holds %1; the funding moves from it into "
                              "the program's pool.")
                               .arg(WalletText::yuan(m_balance)));
    m_accept->setText(tr("&Create"));
    m_cancel->setText(tr("Cancel"));
    showCodes();
}

} // namespace medchain::ui

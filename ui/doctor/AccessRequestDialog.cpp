#include "doctor/AccessRequestDialog.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {
constexpr qint64 kDay = 24 * 60 * 60 * 1000;

const QList<chain::RecordCategory> kCategories {
    chain::RecordCategory::Encounter, chain::RecordCategory::Laboratory,
    chain::RecordCategory::Imaging, chain::RecordCategory::Prescription,
    chain::RecordCategory::Vaccination};
} // namespace

AccessRequestDialog::AccessRequestDialog(const client::Party &patient, QWidget *parent)
    : QDialog(parent), m_patient(patient)
{
    setObjectName(QStringLiteral("requestAccessDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_scopeBox = new QGroupBox(this);
    m_scopeAll = new QRadioButton(m_scopeBox);
    m_scopeAll->setObjectName(QStringLiteral("requestScopeAll"));
    m_scopeAll->setChecked(true);
    m_scopeCategories = new QRadioButton(m_scopeBox);
    m_scopeCategories->setObjectName(QStringLiteral("requestScopeCategories"));
    auto *scopeLayout = new QVBoxLayout(m_scopeBox);
    scopeLayout->addWidget(m_scopeAll);
    scopeLayout->addWidget(m_scopeCategories);
    auto *categoryRow = new QHBoxLayout;
    categoryRow->setContentsMargins(fontMetrics().height() * 2, 0, 0, 0);
    for (const chain::RecordCategory category : kCategories) {
        auto *box = new QCheckBox(m_scopeBox);
        box->setObjectName(QStringLiteral("requestCategory%1").arg(int(category)));
        box->setEnabled(false);
        categoryRow->addWidget(box);
        m_categories.append(box);
        connect(box, &QCheckBox::toggled, this, &AccessRequestDialog::updateState);
    }
    categoryRow->addStretch(1);
    scopeLayout->addLayout(categoryRow);

    m_duration = new QComboBox(this);
    m_duration->setObjectName(QStringLiteral("requestDuration"));
    m_durationLabel = new QLabel(this);
    m_durationLabel->setBuddy(m_duration);
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("requestPurpose"));
    m_purpose->setMaxLength(200);
    m_purposeLabel = new QLabel(this);
    m_purposeLabel->setBuddy(m_purpose);
    auto *form = new QFormLayout;
    form->addRow(m_durationLabel, m_duration);
    form->addRow(m_purposeLabel, m_purpose);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("requestProblem"));
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("requestOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_scopeBox);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_scopeCategories, &QRadioButton::toggled, this, [this](bool on) {
        for (QCheckBox *box : std::as_const(m_categories))
            box->setEnabled(on);
        updateState();
    });
    connect(m_purpose, &QLineEdit::textChanged, this, &AccessRequestDialog::updateState);

    setTabOrder(m_scopeAll, m_scopeCategories);
    setTabOrder(m_scopeCategories, m_categories.first());
    for (qsizetype i = 1; i < m_categories.size(); ++i)
        setTabOrder(m_categories.at(i - 1), m_categories.at(i));
    setTabOrder(m_categories.last(), m_duration);
    setTabOrder(m_duration, m_purpose);
    setTabOrder(m_purpose, m_buttons);
    retranslateUi();
    m_duration->setCurrentIndex(m_duration->findData(30 * kDay));
    m_purpose->setFocus();
}

consent::AccessScope AccessRequestDialog::scope() const
{
    consent::AccessScope scope;
    if (m_scopeCategories->isChecked()) {
        scope.kind = consent::AccessScope::Kind::Categories;
        for (qsizetype i = 0; i < kCategories.size(); ++i)
            if (m_categories.at(i)->isChecked())
                scope.categories.append(kCategories.at(i)); // kCategories is sorted
    }
    return scope;
}

qint64 AccessRequestDialog::expiry(qint64 now) const
{
    return now + m_duration->currentData().toLongLong();
}

QString AccessRequestDialog::purpose() const
{
    return m_purpose->text().trimmed();
}

QString AccessRequestDialog::problem() const
{
    const consent::AccessScope chosen = scope();
    if (chosen.kind == consent::AccessScope::Kind::Categories && chosen.categories.isEmpty())
        return tr("Tick at least one kind of record.");
    if (purpose().isEmpty())
        return tr("Say why you need access: the patient reads this before answering.");
    return {};
}

void AccessRequestDialog::updateState()
{
    const QString missing = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
    m_problem->setText(missing);
}

void AccessRequestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AccessRequestDialog::retranslateUi()
{
    setWindowTitle(tr("Request access"));
    m_intro->setText(tr("Ask %1 for access to their records. The request is recorded on the "
                        "chain; the patient sees it with your purpose and decides.")
                         .arg(PartyText::display(m_patient)));
    m_scopeBox->setTitle(tr("What you ask to read"));
    m_scopeAll->setText(tr("&All records"));
    m_scopeCategories->setText(tr("Only records of these &kinds:"));
    for (qsizetype i = 0; i < kCategories.size(); ++i)
        m_categories.at(i)->setText(RecordFormat::category(kCategories.at(i)));
    m_durationLabel->setText(tr("For how &long:"));
    const qint64 chosen = m_duration->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_duration);
        m_duration->clear();
        m_duration->addItem(tr("7 days"), 7 * kDay);
        m_duration->addItem(tr("30 days"), 30 * kDay);
        m_duration->addItem(tr("90 days"), 90 * kDay);
        m_duration->addItem(tr("1 year"), 365 * kDay);
        m_duration->setCurrentIndex(qMax(0, m_duration->findData(chosen)));
    }
    m_purposeLabel->setText(tr("&Purpose:"));
    m_purpose->setPlaceholderText(tr("Follow-up of hypertension, referral from …"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send request"));
    updateState();
}

} // namespace medchain::ui

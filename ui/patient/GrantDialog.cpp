#include "patient/GrantDialog.h"

#include "patient/GrantText.h"
#include "patient/PartyText.h"
#include "patient/RecordFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {
constexpr qint64 kDay = GrantText::DayMs;
// Combo data that is not a duration.
constexpr qint64 kUntilDate = -1;
constexpr qint64 kAsRequested = -2;
constexpr int kPartyIndexRole = Qt::UserRole;

const QList<chain::RecordCategory> kCategories {
    chain::RecordCategory::Encounter, chain::RecordCategory::Laboratory,
    chain::RecordCategory::Imaging, chain::RecordCategory::Prescription,
    chain::RecordCategory::Vaccination};

QString categoryObjectName(chain::RecordCategory category)
{
    switch (category) {
    case chain::RecordCategory::Encounter:
        return QStringLiteral("categoryEncounter");
    case chain::RecordCategory::Laboratory:
        return QStringLiteral("categoryLaboratory");
    case chain::RecordCategory::Imaging:
        return QStringLiteral("categoryImaging");
    case chain::RecordCategory::Prescription:
        return QStringLiteral("categoryPrescription");
    case chain::RecordCategory::Vaccination:
        return QStringLiteral("categoryVaccination");
    }
    return QString();
}

/// The first moment after date, in local time: a grant "until 1 May" lasts all of 1 May.
qint64 endOfDay(const QDate &date)
{
    return QDateTime(date.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
}
} // namespace

GrantDialog::GrantDialog(qint64 now, QWidget *parent) : QDialog(parent), m_now(now)
{
    setObjectName(QStringLiteral("grantDialog"));

    m_granteeLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("granteeSearch"));
    m_search->setClearButtonEnabled(true);
    m_granteeLabel->setBuddy(m_search);
    m_grantees = new QListWidget(this);
    m_grantees->setObjectName(QStringLiteral("granteeList"));

    m_scopeBox = new QGroupBox(this);
    m_scopeAll = new QRadioButton(m_scopeBox);
    m_scopeAll->setObjectName(QStringLiteral("scopeAll"));
    m_scopeAll->setChecked(true);
    m_scopeCategories = new QRadioButton(m_scopeBox);
    m_scopeCategories->setObjectName(QStringLiteral("scopeCategories"));
    m_scopeRecords = new QRadioButton(m_scopeBox);
    m_scopeRecords->setObjectName(QStringLiteral("scopeRecords"));
    m_scopeRecords->hide(); // only a request can list records
    auto *scopeLayout = new QVBoxLayout(m_scopeBox);
    scopeLayout->addWidget(m_scopeAll);
    scopeLayout->addWidget(m_scopeCategories);
    auto *categoryRow = new QHBoxLayout;
    categoryRow->setContentsMargins(fontMetrics().height() * 2, 0, 0, 0);
    for (const chain::RecordCategory category : kCategories) {
        auto *box = new QCheckBox(m_scopeBox);
        box->setObjectName(categoryObjectName(category));
        box->setEnabled(false);
        categoryRow->addWidget(box);
        m_categories.append(box);
        connect(box, &QCheckBox::toggled, this, &GrantDialog::updateState);
    }
    categoryRow->addStretch(1);
    scopeLayout->addLayout(categoryRow);
    scopeLayout->addWidget(m_scopeRecords);

    m_durationBox = new QGroupBox(this);
    m_duration = new QComboBox(m_durationBox);
    m_duration->setObjectName(QStringLiteral("grantDuration"));
    m_until = new QDateEdit(m_durationBox);
    m_until->setObjectName(QStringLiteral("grantUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_now).toLocalTime().date();
    // The last day whose end is still within the longest grant.
    m_until->setDateRange(today,
                          QDateTime::fromMSecsSinceEpoch(m_now + m_maxDuration).date().addDays(-1));
    m_until->setDate(today.addDays(30));
    auto *durationLayout = new QHBoxLayout(m_durationBox);
    durationLayout->addWidget(m_duration, 1);
    durationLayout->addWidget(m_until, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("grantSummary"));
    m_summary->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("grantOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_granteeLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_grantees, 1);
    layout->addWidget(m_scopeBox);
    layout->addWidget(m_durationBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &GrantDialog::filterGrantees);
    connect(m_grantees, &QListWidget::currentRowChanged, this, &GrantDialog::updateState);
    connect(m_scopeCategories, &QRadioButton::toggled, this, [this](bool on) {
        for (QCheckBox *box : std::as_const(m_categories))
            box->setEnabled(on);
        updateState();
    });
    connect(m_scopeAll, &QRadioButton::toggled, this, &GrantDialog::updateState);
    connect(m_scopeRecords, &QRadioButton::toggled, this, &GrantDialog::updateState);
    connect(m_duration, &QComboBox::currentIndexChanged, this, [this] {
        m_until->setEnabled(m_duration->currentData().toLongLong() == kUntilDate);
        updateState();
    });
    connect(m_until, &QDateEdit::dateChanged, this, &GrantDialog::updateState);

    setTabOrder(m_search, m_grantees);
    setTabOrder(m_grantees, m_scopeAll);
    retranslateUi();
    m_duration->setCurrentIndex(m_duration->findData(30 * kDay));
    m_until->setEnabled(false);
    m_search->setFocus();
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40, sizeHint().height());
}

void GrantDialog::setDirectory(const QList<client::Party> &parties)
{
    if (m_request)
        return; // the requester is the only grantee
    m_parties.clear();
    // Payment gateways and fund managers handle money, not care: no reason to read records.
    const auto handlesMoney = [](const client::Party &party) {
        return party.kind == chain::InstitutionKind::PaymentGateway
            || party.kind == chain::InstitutionKind::FundManager;
    };
    for (const client::Party &party : parties)
        if (!party.revoked && !handlesMoney(party)
            && (party.role == chain::Role::Practitioner || party.role == chain::Role::Institution))
            m_parties.append(party);
    m_directoryLoaded = true;
    fillGrantees();
}

void GrantDialog::setRequest(const client::RequestEntry &request)
{
    m_request = request.id;
    m_parties = {request.requester};
    m_directoryLoaded = true;
    m_search->hide();
    fillGrantees();
    m_grantees->setCurrentRow(0);
    m_grantees->setEnabled(false);
    m_grantees->setMaximumHeight(m_grantees->sizeHintForRow(0) * 2);

    switch (request.scope.kind) {
    case consent::AccessScope::Kind::All:
        m_scopeAll->setChecked(true);
        break;
    case consent::AccessScope::Kind::Categories:
        m_scopeCategories->setChecked(true);
        for (int i = 0; i < kCategories.size(); ++i)
            m_categories[i]->setChecked(request.scope.categories.contains(kCategories[i]));
        break;
    case consent::AccessScope::Kind::Records:
        m_requestedScope = request.scope;
        m_scopeRecords->show();
        m_scopeRecords->setChecked(true);
        break;
    }
    // A lapsed request's end date cannot be granted; the default duration stands instead.
    if (request.expiry > m_now) {
        m_requestedExpiry = request.expiry;
        fillDurations();
        m_duration->setCurrentIndex(m_duration->findData(kAsRequested));
    }
    retranslateUi();
}

std::optional<client::Party> GrantDialog::grantee() const
{
    const QListWidgetItem *item = m_grantees->currentItem();
    if (!item || item->isHidden())
        return std::nullopt;
    const int index = item->data(kPartyIndexRole).toInt();
    if (index < 0 || index >= m_parties.size())
        return std::nullopt;
    return m_parties[index];
}

consent::AccessScope GrantDialog::scope() const
{
    if (m_scopeRecords->isChecked() && m_requestedScope)
        return *m_requestedScope;
    consent::AccessScope scope;
    if (m_scopeCategories->isChecked()) {
        scope.kind = consent::AccessScope::Kind::Categories;
        for (int i = 0; i < kCategories.size(); ++i)
            if (m_categories[i]->isChecked())
                scope.categories.append(kCategories[i]); // kCategories is sorted
    }
    return scope;
}

std::optional<qint64> GrantDialog::expiry(qint64 now) const
{
    const qint64 choice = m_duration->currentData().toLongLong();
    qint64 end = 0;
    if (choice == kAsRequested && m_requestedExpiry)
        return m_requestedExpiry; // the chain allowed it when asked, so it allows it now
    if (choice == kUntilDate)
        end = endOfDay(m_until->date());
    else if (choice > 0)
        end = now + choice;
    if (end <= now || end - now > m_maxDuration)
        return std::nullopt;
    return end;
}

void GrantDialog::fillDurations()
{
    const qint64 current = m_duration->currentData().toLongLong();
    const QSignalBlocker blocker(m_duration);
    m_duration->clear();
    if (m_requestedExpiry)
        m_duration->addItem(tr("As asked: until %1").arg(RecordFormat::date(*m_requestedExpiry)),
                            kAsRequested);
    m_duration->addItem(tr("1 day"), kDay);
    m_duration->addItem(tr("7 days"), 7 * kDay);
    m_duration->addItem(tr("30 days"), 30 * kDay);
    m_duration->addItem(tr("90 days"), 90 * kDay);
    m_duration->addItem(tr("1 year"), 365 * kDay);
    m_duration->addItem(tr("Until a date…"), kUntilDate);
    const int index = m_duration->findData(current);
    m_duration->setCurrentIndex(index >= 0 ? index : m_duration->findData(30 * kDay));
}

void GrantDialog::fillGrantees()
{
    const std::optional<client::Party> selected = grantee();
    const QSignalBlocker blocker(m_grantees);
    m_grantees->clear();
    if (!m_directoryLoaded) {
        auto *item = new QListWidgetItem(tr("Loading the directory…"), m_grantees);
        item->setFlags(Qt::NoItemFlags);
        item->setData(kPartyIndexRole, -1);
        return;
    }
    for (int i = 0; i < m_parties.size(); ++i) {
        const client::Party &party = m_parties[i];
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(PartyText::display(party), PartyText::description(party)),
            m_grantees);
        item->setData(kPartyIndexRole, i);
        item->setToolTip(PartyText::fullId(party.id));
        if (selected && selected->id == party.id)
            m_grantees->setCurrentItem(item);
    }
    filterGrantees(m_search->text());
}

void GrantDialog::filterGrantees(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int row = 0; row < m_grantees->count(); ++row) {
        QListWidgetItem *item = m_grantees->item(row);
        bool matches = true;
        for (const QString &word : words)
            matches = matches && item->text().contains(word, Qt::CaseInsensitive);
        item->setHidden(!matches);
    }
    // Narrowing to a single party picks it, so search then Enter grants.
    QListWidgetItem *only = nullptr;
    int visible = 0;
    for (int row = 0; row < m_grantees->count(); ++row)
        if (!m_grantees->item(row)->isHidden()
            && m_grantees->item(row)->flags() != Qt::NoItemFlags) {
            ++visible;
            only = m_grantees->item(row);
        }
    if (visible == 1)
        m_grantees->setCurrentItem(only);
    updateState();
}

void GrantDialog::updateState()
{
    QString problem;
    const std::optional<client::Party> party = grantee();
    const std::optional<qint64> end = expiry(m_now);
    const consent::AccessScope chosen = scope();
    if (!party)
        problem = m_directoryLoaded ? tr("Pick who may read your records.")
                                    : tr("Loading the directory…");
    else if (chosen.kind == consent::AccessScope::Kind::Categories && chosen.categories.isEmpty())
        problem = tr("Tick at least one kind of record.");
    else if (!end)
        problem = tr("Pick an end date within a year from today.");
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    m_summary->setText(tr("%1 may read: %2, until %3. You can revoke this at any time; what "
                          "they have already read stays read.")
                           .arg(PartyText::display(*party), GrantText::scope(chosen),
                                RecordFormat::dateTime(*end)));
}

void GrantDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GrantDialog::retranslateUi()
{
    setWindowTitle(m_request ? tr("Answer an access request") : tr("Grant access"));
    m_granteeLabel->setText(m_request ? tr("Who asks:") : tr("&Who may read your records:"));
    m_search->setPlaceholderText(tr("Search by name, institution or specialty"));
    m_scopeBox->setTitle(tr("What they may read"));
    m_scopeAll->setText(tr("&All my records"));
    m_scopeCategories->setText(tr("Only records of these &kinds:"));
    if (m_requestedScope)
        m_scopeRecords->setText(
            tr("The records they asked for (%1)").arg(GrantText::scope(*m_requestedScope)));
    for (int i = 0; i < kCategories.size(); ++i)
        m_categories[i]->setText(RecordFormat::category(kCategories[i]));
    m_durationBox->setTitle(tr("For how &long"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Grant access"));
    fillDurations();
    fillGrantees();
    updateState();
}

} // namespace medchain::ui

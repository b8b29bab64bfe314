#include "institution/IssueInvoiceForm.h"

#include "client/WalletReads.h"
#include "identity/Enrollment.h"
#include "institution/DeskInput.h"
#include "patient/ConfirmBox.h"
#include "patient/PartyText.h"
#include "patient/WalletText.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {
constexpr int kFoundIndexRole = Qt::UserRole;

/// What a clerk may type around an amount: a yuan sign, digit grouping, spaces.
QString bareAmount(const QString &typed)
{
    QString out;
    for (const QChar c : typed)
        if (!c.isSpace() && c != QLatin1Char(',') && c != QChar(0x00A5) && c != QChar(0xFFE5))
            out.append(c);
    return out;
}

QString matchText(const client::Party &patient)
{
    const QString name = PartyText::display(patient);
    return patient.regionCode.isEmpty()
        ? name
        : IssueInvoiceForm::tr("%1 · region %2").arg(name, patient.regionCode);
}
} // namespace

IssueInvoiceForm::IssueInvoiceForm(client::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("issueInvoiceForm"));
    m_box = new QGroupBox(this);
    m_search = new QLineEdit(m_box);
    m_search->setObjectName(QStringLiteral("invoicePatientSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel = new QLabel(m_box);
    m_searchLabel->setBuddy(m_search);
    m_matches = new QListWidget(m_box);
    m_matches->setObjectName(QStringLiteral("invoicePatientMatches"));
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 6);
    m_searchNote = new QLabel(m_box);
    m_searchNote->setObjectName(QStringLiteral("invoiceSearchNote"));
    m_searchNote->setWordWrap(true);
    m_fee = new QComboBox(m_box);
    m_fee->setObjectName(QStringLiteral("invoiceFeeType"));
    m_feeLabel = new QLabel(m_box);
    m_feeLabel->setBuddy(m_fee);
    m_amount = new QLineEdit(m_box);
    m_amount->setObjectName(QStringLiteral("invoiceAmount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amountLabel = new QLabel(m_box);
    m_amountLabel->setBuddy(m_amount);
    m_issue = new QPushButton(m_box);
    m_issue->setObjectName(QStringLiteral("issueInvoice"));
    m_status = new QLabel(m_box);
    m_status->setObjectName(QStringLiteral("invoiceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(m_searchLabel, m_search);
    form->addRow(QString(), m_matches);
    form->addRow(QString(), m_searchNote);
    form->addRow(m_feeLabel, m_fee);
    form->addRow(m_amountLabel, m_amount);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_issue);
    buttons->addWidget(m_status, 1);
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addLayout(form);
    boxLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    setTabOrder(m_search, m_matches);
    setTabOrder(m_matches, m_fee);
    setTabOrder(m_fee, m_amount);
    setTabOrder(m_amount, m_issue);

    connect(m_search, &QLineEdit::returnPressed, this, &IssueInvoiceForm::search);
    connect(m_matches, &QListWidget::currentRowChanged, this, &IssueInvoiceForm::updateEnabled);
    connect(m_matches, &QListWidget::itemActivated, this,
            [this] { m_fee->setFocus(Qt::TabFocusReason); });
    connect(m_amount, &QLineEdit::returnPressed, this, &IssueInvoiceForm::issue);
    connect(m_issue, &QPushButton::clicked, this, &IssueInvoiceForm::issue);
    connect(&m_session, &client::Session::actionFinished, this,
            &IssueInvoiceForm::onActionFinished);

    retranslateUi();
    updateEnabled();
}

std::optional<client::Party> IssueInvoiceForm::selectedPatient() const
{
    const QListWidgetItem *item = m_matches->currentItem();
    if (!item)
        return std::nullopt;
    const int found = item->data(kFoundIndexRole).toInt();
    return found >= 0 && found < m_found.size() ? std::optional(m_found.at(found).patient)
                                                : std::nullopt;
}

void IssueInvoiceForm::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void IssueInvoiceForm::search()
{
    QString query = m_search->text().trimmed();
    // A national ID typed in groups: pseudonyms and hex ids never hold spaces.
    if (query.contains(QLatin1Char(' ')))
        query = identity::Enrollment::normalisedNationalId(query);
    if (query.isEmpty()) {
        m_searchNote->setText(tr("Type a patient's identity, pseudonym or national ID first."));
        return;
    }
    m_lastQuery = query;
    const int number = ++m_searches;
    m_searchNote->setText(tr("Searching…"));
    m_session.findPatients(query, this,
                           [this, number, query](const QList<client::PatientEntry> &found) {
                               if (number == m_searches)
                                   showMatches(query, found);
                           });
}

void IssueInvoiceForm::showMatches(const QString &query, const QList<client::PatientEntry> &found)
{
    m_found = found;
    m_matches->clear();
    for (int i = 0; i < found.size(); ++i) {
        auto *item = new QListWidgetItem(matchText(found.at(i).patient), m_matches);
        item->setData(kFoundIndexRole, i);
        item->setToolTip(tr("Identity %1").arg(PartyText::fullId(found.at(i).patient.id)));
    }
    if (found.isEmpty()) {
        m_searchNote->setText(tr("No registered patient matches “%1”.").arg(query));
    } else if (found.size() == 1) {
        m_matches->setCurrentRow(0);
        // A national ID is not left on screen once it has found its patient.
        m_search->setText(found.first().patient.name);
        m_searchNote->setText(tr("Found %1.").arg(PartyText::display(found.first().patient)));
        m_fee->setFocus(Qt::OtherFocusReason);
    } else {
        m_searchNote->setText(
            tr("%n patients match: pick one with the arrow keys.", nullptr, int(found.size())));
        m_matches->setFocus(Qt::OtherFocusReason);
    }
    updateEnabled();
}

void IssueInvoiceForm::issue()
{
    if (isBusy())
        return;
    const std::optional<client::Party> patient = selectedPatient();
    if (!patient) {
        showStatus(tr("Find the patient first: type their identity, pseudonym or national ID "
                      "and press Enter."),
                   true);
        m_search->setFocus(Qt::OtherFocusReason);
        return;
    }
    const std::optional<wallet::Amount> amount = wallet::parseYuan(bareAmount(m_amount->text()));
    if (!amount || *amount <= 0) {
        showStatus(amount ? tr("An invoice must be for more than %1.").arg(WalletText::yuan(0))
                          : tr("Type the amount in yuan, for example 25 or 12.50."),
                   true);
        m_amount->setFocus(Qt::OtherFocusReason);
        m_amount->selectAll();
        return;
    }
    const auto fee = wallet::FeeType(m_fee->currentData().toInt());
    const QString money = WalletText::yuan(*amount);
    const QString who = PartyText::display(*patient);
    showStatus(QString(), false);
    askToConfirm(this, QStringLiteral("confirmIssueInvoice"), tr("Issue an Invoice"),
                 tr("Issue this invoice?\n\nPatient: %1\nFee: %2\nAmount: %3\n\nThe patient "
                    "sees it in their wallet and pays it from there.")
                     .arg(who, client::WalletReads::feeTypeText(fee), money),
                 tr("&Issue %1").arg(money),
                 [this, party = *patient, fee, value = *amount] { send(party, fee, value); });
}

void IssueInvoiceForm::send(const client::Party &patient, wallet::FeeType fee,
                            wallet::Amount amount)
{
    if (isBusy())
        return;
    m_pendingText = tr("%1 (%2) for %3")
                        .arg(WalletText::yuan(amount), client::WalletReads::feeTypeText(fee),
                             PartyText::display(patient));
    m_pending = m_session.issueInvoice(patient.id, fee, amount);
    showStatus(tr("Issuing %1… (waiting for the chain)").arg(m_pendingText), false);
    updateEnabled();
}

void IssueInvoiceForm::onActionFinished(client::Session::ActionId id, bool ok,
                                        const QString &message)
{
    if (m_pending != id)
        return;
    m_pending.reset();
    if (ok) {
        showStatus(tr("Invoice issued: %1.").arg(m_pendingText), false);
        m_amount->clear();
        emit invoiceIssued();
    } else {
        showStatus(tr("The invoice of %1 was not issued: %2").arg(m_pendingText, message), true);
    }
    updateEnabled();
}

void IssueInvoiceForm::showStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

void IssueInvoiceForm::updateEnabled()
{
    m_issue->setEnabled(!isBusy());
    m_matches->setVisible(m_matches->count() > 0);
}

void IssueInvoiceForm::fillFeeTypes()
{
    const int chosen = m_fee->currentIndex();
    m_fee->clear();
    for (const auto fee : {wallet::FeeType::Registration, wallet::FeeType::RecordManagement,
                           wallet::FeeType::OnlineConsultation})
        m_fee->addItem(client::WalletReads::feeTypeText(fee), int(fee));
    m_fee->setCurrentIndex(qMax(0, chosen));
}

void IssueInvoiceForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IssueInvoiceForm::retranslateUi()
{
    m_box->setTitle(tr("New invoice"));
    m_searchLabel->setText(tr("&Patient:"));
    m_search->setPlaceholderText(tr("patient id, pseudonym or national ID, then Enter"));
    m_feeLabel->setText(tr("Fee &type:"));
    fillFeeTypes();
    m_amountLabel->setText(tr("&Amount (¥):"));
    m_amount->setPlaceholderText(tr("e.g. 25.00"));
    m_issue->setText(tr("Iss&ue invoice…"));
    m_issue->setToolTip(tr("Issue the invoice to the patient (Ctrl+Return)"));
    if (m_lastQuery.isEmpty())
        m_searchNote->setText(tr("Press Enter to search the chain."));
}

} // namespace medchain::ui

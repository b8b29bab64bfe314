#include "institution/InvoicesPage.h"

#include "client/Session.h"
#include "common/ReloadThrottle.h"
#include "institution/IssueInvoiceForm.h"
#include "institution/IssuedInvoiceModel.h"
#include "patient/TableSetup.h"
#include "patient/WalletText.h"

#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace medchain::ui {

InvoicesPage::InvoicesPage(client::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("invoicesPage"));
    m_model = new IssuedInvoiceModel(this);
    m_throttle = new ReloadThrottle(this, [this] { load(); });
    m_form = new IssueInvoiceForm(m_session, this);
    m_issuedBox = new QGroupBox(this);
    m_table = new QTableView(m_issuedBox);
    m_table->setObjectName(QStringLiteral("issuedInvoices"));
    setUpTable(m_table, m_model);
    m_summary = new QLabel(m_issuedBox);
    m_summary->setObjectName(QStringLiteral("issuedSummary"));
    m_summary->setWordWrap(true);
    auto *issuedLayout = new QVBoxLayout(m_issuedBox);
    issuedLayout->addWidget(m_table, 1);
    issuedLayout->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_issuedBox, 1);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_form, &IssueInvoiceForm::issue);
    }
    connect(m_form, &IssueInvoiceForm::invoiceIssued, m_throttle, &ReloadThrottle::loadNow);
    connect(&m_session, &client::Session::chainChanged, this, &InvoicesPage::reload);
    connect(&m_session, &client::Session::failed, this, [this](const QString &reason) {
        m_failure = tr("The invoices could not be read: %1").arg(reason);
        updateSummary();
        if (!std::exchange(m_loaded, true))
            emit loaded();
    });

    retranslateUi();
    m_throttle->loadNow();
}

void InvoicesPage::setMinimumReloadInterval(int ms)
{
    m_throttle->setMinimumInterval(ms);
}

void InvoicesPage::focusSearch()
{
    m_form->focusSearch();
}

void InvoicesPage::reload()
{
    m_throttle->request();
}

void InvoicesPage::load()
{
    m_session.loadIssuedInvoices(
        this, [this](const QList<client::InvoiceEntry> &invoices) { showInvoices(invoices); });
}

void InvoicesPage::showInvoices(const QList<client::InvoiceEntry> &invoices)
{
    m_throttle->finished();
    const QModelIndex current = m_table->currentIndex();
    const QByteArray selected
        = current.isValid() ? current.data(IssuedInvoiceModel::IdRole).toByteArray() : QByteArray();
    m_model->setInvoices(invoices);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (!selected.isEmpty()
            && m_model->index(row, 0).data(IssuedInvoiceModel::IdRole).toByteArray() == selected)
            m_table->selectRow(row);
    updateSummary();
    if (!std::exchange(m_loaded, true))
        emit loaded();
}

void InvoicesPage::updateSummary()
{
    if (!m_failure.isEmpty()) {
        m_summary->setText(m_failure);
        return;
    }
    const int all = m_model->rowCount();
    if (all == 0) {
        m_summary->setText(m_loaded ? tr("No invoices issued yet.") : tr("Loading…"));
        return;
    }
    m_summary->setText(tr("%n invoice(s); open: %1, %2 unpaid.", nullptr, all)
                           .arg(m_model->openCount())
                           .arg(WalletText::yuan(m_model->openTotal())));
}

void InvoicesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void InvoicesPage::retranslateUi()
{
    m_issuedBox->setTitle(tr("Issued invoices (newest first)"));
    updateSummary();
}

} // namespace medchain::ui

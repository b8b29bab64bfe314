#include "patient/AccessPage.h"

#include "client/Session.h"
#include "patient/AccessLogModel.h"
#include "patient/AccessRequestModel.h"
#include "patient/AccessRowFilter.h"
#include "patient/ConfirmBox.h"
#include "patient/GrantDialog.h"
#include "patient/GrantListModel.h"
#include "patient/GrantText.h"
#include "patient/PartyText.h"
#include "patient/PendingActions.h"
#include "patient/TableSetup.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QPushButton *button(const QString &objectName, QWidget *parent)
{
    auto *made = new QPushButton(parent);
    made->setObjectName(objectName);
    return made;
}
} // namespace

AccessPage::AccessPage(client::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("accessPage"));

    m_grantModel = new GrantListModel(this);
    m_grantFilter = new AccessRowFilter(GrantListModel::ActiveRole, this);
    m_grantFilter->setSourceModel(m_grantModel);
    m_requestModel = new AccessRequestModel(this);
    m_logModel = new AccessLogModel(this);
    m_logFilter = new AccessRowFilter(AccessLogModel::EmergencyRole, this);
    m_logFilter->setSourceModel(m_logModel);

    // Who may read.
    m_grantBox = new QGroupBox(this);
    m_grantView = new QTableView(m_grantBox);
    m_grantView->setObjectName(QStringLiteral("grantList"));
    setUpTable(m_grantView, m_grantFilter);
    m_grantButton = button(QStringLiteral("grantAccess"), m_grantBox);
    m_revokeButton = button(QStringLiteral("revokeGrant"), m_grantBox);
    m_activeOnly = new QCheckBox(m_grantBox);
    m_activeOnly->setObjectName(QStringLiteral("activeGrantsOnly"));
    auto *grantButtons = new QHBoxLayout;
    grantButtons->addWidget(m_grantButton);
    grantButtons->addWidget(m_revokeButton);
    grantButtons->addStretch(1);
    grantButtons->addWidget(m_activeOnly);
    auto *grantLayout = new QVBoxLayout(m_grantBox);
    grantLayout->addWidget(m_grantView, 1);
    grantLayout->addLayout(grantButtons);

    // Who asks.
    m_requestBox = new QGroupBox(this);
    m_requestView = new QTableView(m_requestBox);
    m_requestView->setObjectName(QStringLiteral("requestList"));
    setUpTable(m_requestView, m_requestModel);
    m_noRequests = new QLabel(m_requestBox);
    m_noRequests->setObjectName(QStringLiteral("noRequests"));
    m_noRequests->hide();
    m_acceptButton = button(QStringLiteral("acceptRequest"), m_requestBox);
    m_declineButton = button(QStringLiteral("declineRequest"), m_requestBox);
    auto *requestButtons = new QHBoxLayout;
    requestButtons->addWidget(m_acceptButton);
    requestButtons->addWidget(m_declineButton);
    requestButtons->addStretch(1);
    auto *requestLayout = new QVBoxLayout(m_requestBox);
    requestLayout->addWidget(m_noRequests);
    requestLayout->addWidget(m_requestView, 1);
    requestLayout->addLayout(requestButtons);

    // Who read.
    m_logBox = new QGroupBox(this);
    m_emergencyNotice = new QLabel(m_logBox);
    m_emergencyNotice->setObjectName(QStringLiteral("emergencyNotice"));
    m_emergencyNotice->setWordWrap(true);
    m_emergencyNotice->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: #7a0b0b; padding: 4px; }")
            .arg(AccessLogModel::emergencyBackground().name()));
    m_emergencyNotice->hide();
    m_logView = new QTableView(m_logBox);
    m_logView->setObjectName(QStringLiteral("accessLog"));
    setUpTable(m_logView, m_logFilter);
    m_emergencyOnly = new QCheckBox(m_logBox);
    m_emergencyOnly->setObjectName(QStringLiteral("emergencyOnly"));
    auto *logLayout = new QVBoxLayout(m_logBox);
    logLayout->addWidget(m_emergencyNotice);
    logLayout->addWidget(m_logView, 1);
    logLayout->addWidget(m_emergencyOnly);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accessStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actions = new PendingActions(m_session, m_status, this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_grantBox);
    splitter->addWidget(m_requestBox);
    splitter->addWidget(m_logBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_grantButton, &QPushButton::clicked, this, [this] { openGrantDialog(nullptr); });
    connect(m_revokeButton, &QPushButton::clicked, this, &AccessPage::revokeSelected);
    connect(m_acceptButton, &QPushButton::clicked, this, &AccessPage::acceptSelected);
    connect(m_declineButton, &QPushButton::clicked, this, &AccessPage::declineSelected);
    connect(m_activeOnly, &QCheckBox::toggled, m_grantFilter, &AccessRowFilter::setFiltering);
    connect(m_emergencyOnly, &QCheckBox::toggled, m_logFilter, &AccessRowFilter::setFiltering);
    connect(m_grantView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccessPage::updateButtons);
    connect(m_requestView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccessPage::updateButtons);
    connect(m_grantModel, &QAbstractItemModel::dataChanged, this, &AccessPage::updateButtons);
    connect(m_requestModel, &QAbstractItemModel::dataChanged, this, &AccessPage::updateButtons);
    connect(m_grantFilter, &QAbstractItemModel::layoutChanged, this, &AccessPage::updateButtons);
    connect(m_activeOnly, &QCheckBox::toggled, this, &AccessPage::updateButtons);
    // Enter or a double click on a request answers it; Delete on a grant revokes it.
    connect(m_requestView, &QTableView::activated, this, &AccessPage::acceptSelected);
    auto *revokeKey = new QShortcut(QKeySequence::Delete, m_grantView);
    revokeKey->setContext(Qt::WidgetShortcut);
    connect(revokeKey, &QShortcut::activated, this, [this] {
        if (m_revokeButton->isEnabled())
            revokeSelected();
    });
    connect(&m_session, &client::Session::chainChanged, this, &AccessPage::reload);
    connect(&m_session, &client::Session::failed, this, [this](const QString &reason) {
        m_status->setText(tr("Your records could not be opened: %1").arg(reason));
        markLoaded();
    });

    setTabOrder(m_grantView, m_grantButton);
    setTabOrder(m_grantButton, m_revokeButton);
    setTabOrder(m_revokeButton, m_activeOnly);
    setTabOrder(m_activeOnly, m_requestView);
    setTabOrder(m_requestView, m_acceptButton);
    setTabOrder(m_acceptButton, m_declineButton);
    setTabOrder(m_declineButton, m_logView);
    setTabOrder(m_logView, m_emergencyOnly);

    retranslateUi();
    updateButtons();
    reload();
}

void AccessPage::reload()
{
    if (m_loading) {
        m_reloadWanted = true;
        return;
    }
    m_loading = true;
    m_session.loadConsent(this, [this](const client::ConsentSnapshot &snapshot) {
        m_loading = false;
        showSnapshot(snapshot);
        if (m_reloadWanted) {
            m_reloadWanted = false;
            reload();
        }
    });
}

void AccessPage::showSnapshot(const client::ConsentSnapshot &snapshot)
{
    // Keep the selected rows selected across the reload.
    const QByteArray grant = selectedGrant() ? selectedGrant()->id.toByteArray() : QByteArray();
    const QByteArray request
        = selectedRequest() ? selectedRequest()->id.toByteArray() : QByteArray();
    const qint64 now = nowMs();
    m_grantModel->setGrants(snapshot.grants, now);
    m_requestModel->setRequests(snapshot.requests, now);
    m_logModel->setEntries(snapshot.accessLog);

    const auto reselect = [](QTableView *view, int role, const QByteArray &id) {
        QAbstractItemModel *model = view->model();
        for (int row = 0; !id.isEmpty() && row < model->rowCount(); ++row)
            if (model->index(row, 0).data(role).toByteArray() == id) {
                view->selectRow(row);
                return;
            }
        if (model->rowCount() > 0)
            view->selectRow(0);
    };
    reselect(m_grantView, GrantListModel::IdRole, grant);
    reselect(m_requestView, AccessRequestModel::IdRole, request);
    retranslateUi(); // the counts in the titles and notices
    m_noRequests->setVisible(m_requestModel->rowCount() == 0);
    updateButtons();
    markLoaded();
}

void AccessPage::markLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    emit loaded();
}

const client::GrantEntry *AccessPage::selectedGrant() const
{
    const QModelIndex current = m_grantView->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_grantModel->grantAt(m_grantFilter->mapToSource(current).row());
}

const client::RequestEntry *AccessPage::selectedRequest() const
{
    const QModelIndex current = m_requestView->selectionModel()->currentIndex();
    return current.isValid() ? m_requestModel->requestAt(current.row()) : nullptr;
}

void AccessPage::updateButtons()
{
    const client::GrantEntry *grant = selectedGrant();
    const bool revocable = grant && !grant->revoked
        && !m_grantModel->index(m_grantModel->rowOf(grant->id), 0)
                .data(GrantListModel::PendingRole)
                .toBool();
    m_revokeButton->setEnabled(revocable);
    const client::RequestEntry *request = selectedRequest();
    const bool answerable = request
        && !m_requestModel->index(m_requestModel->rowOf(request->id), 0)
                .data(AccessRequestModel::PendingRole)
                .toBool();
    m_acceptButton->setEnabled(answerable);
    m_declineButton->setEnabled(answerable);
}

void AccessPage::openGrantDialog(const client::RequestEntry *request)
{
    auto *dialog = new GrantDialog(nowMs(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (request)
        dialog->setRequest(*request);
    else
        m_session.loadDirectory(dialog, [dialog](const QList<client::Party> &parties) {
            dialog->setDirectory(parties);
        });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::optional<client::Party> grantee = dialog->grantee();
        const std::optional<qint64> expiry = dialog->expiry(nowMs());
        if (!grantee || !expiry)
            return; // OK is disabled until both are chosen
        const std::optional<client::Hash> answered = dialog->request();
        const QString who = PartyText::display(*grantee);
        const client::Session::ActionId id
            = m_session.grantAccess(grantee->id, dialog->scope(), *expiry, answered);
        if (answered)
            m_requestModel->setPending(*answered, true);
        m_actions->track(id, tr("Granting access to %1… (waiting for the chain)").arg(who),
                         tr("Access was not granted to %1").arg(who),
                         [this, answered](bool ok, const QString &) {
                             if (answered)
                                 m_requestModel->setPending(*answered, false);
                             if (ok)
                                 reload();
                         });
    });
    dialog->open();
}

void AccessPage::revokeSelected()
{
    const client::GrantEntry *grant = selectedGrant();
    if (!grant || grant->revoked)
        return;
    const client::Hash id = grant->id;
    const QString who = PartyText::display(grant->grantee);
    askToConfirm(this, QStringLiteral("confirmRevoke"), tr("Revoke access"),
                 tr("Stop %1 from reading %2?\n\nRecords added from now on will not be shared "
                    "with them. What they have already read cannot be taken back.")
                     .arg(who, GrantText::scope(grant->scope)),
                 tr("&Revoke"), [this, id, who] {
                     m_grantModel->setPending(id, true);
                     const client::Session::ActionId action = m_session.revokeGrant(id);
                     m_actions->track(
                         action, tr("Revoking the access of %1… (waiting for the chain)").arg(who),
                         tr("The access of %1 was not revoked").arg(who),
                         [this, id](bool ok, const QString &) {
                             m_grantModel->setPending(id, false);
                             if (ok)
                                 reload();
                         });
                 });
}

void AccessPage::acceptSelected()
{
    if (const client::RequestEntry *request = selectedRequest();
        request && m_acceptButton->isEnabled())
        openGrantDialog(request);
}

void AccessPage::declineSelected()
{
    const client::RequestEntry *request = selectedRequest();
    if (!request)
        return;
    const client::Hash id = request->id;
    const QString who = PartyText::display(request->requester);
    askToConfirm(
        this, QStringLiteral("confirmDecline"), tr("Decline the request"),
        tr("Decline the request of %1 to read %2?").arg(who, GrantText::scope(request->scope)),
        tr("&Decline"), [this, id, who] {
            m_requestModel->setPending(id, true);
            const client::Session::ActionId action = m_session.declineRequest(id);
            m_actions->track(action,
                             tr("Declining the request of %1… (waiting for the chain)").arg(who),
                             tr("The request of %1 was not declined").arg(who),
                             [this, id](bool ok, const QString &) {
                                 m_requestModel->setPending(id, false);
                                 if (ok)
                                     reload();
                             });
        });
}

void AccessPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_grantModel->retranslate();
        m_requestModel->retranslate();
        m_logModel->retranslate();
    }
    QWidget::changeEvent(event);
}

void AccessPage::retranslateUi()
{
    m_grantBox->setTitle(tr("Who may read your records"));
    m_grantButton->setText(tr("&Grant access…"));
    m_grantButton->setToolTip(tr("Let a doctor or institution read some or all of your records"));
    m_revokeButton->setText(tr("Re&voke…"));
    m_revokeButton->setToolTip(tr("Stop the selected grantee from reading new records"));
    m_activeOnly->setText(tr("Show active grants &only"));

    const int requests = m_requestModel->rowCount();
    m_requestBox->setTitle(requests > 0 ? tr("Requests waiting for your answer (%1)").arg(requests)
                                        : tr("Requests waiting for your answer"));
    m_noRequests->setText(tr("Nobody is waiting for an answer from you."));
    m_acceptButton->setText(tr("A&ccept…"));
    m_declineButton->setText(tr("&Decline…"));

    m_logBox->setTitle(tr("Who read your records"));
    m_emergencyOnly->setText(tr("Show &emergency access only"));
    const int emergencies = m_logModel->emergencyCount();
    m_emergencyNotice->setText(
        tr("Your records were opened in an emergency %n time(s), without your grant. Each is "
           "marked EMERGENCY below with the reason given; the regulator was told too.",
           nullptr, emergencies));
    m_emergencyNotice->setVisible(emergencies > 0);
}

} // namespace medchain::ui

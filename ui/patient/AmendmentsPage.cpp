#include "patient/AmendmentsPage.h"

#include "client/Session.h"
#include "patient/AmendmentListModel.h"
#include "patient/ConfirmBox.h"
#include "patient/PartyText.h"
#include "patient/PendingActions.h"
#include "patient/RecordDiff.h"
#include "patient/RecordFormat.h"
#include "patient/RecordHtml.h"
#include "patient/TableSetup.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace medchain::ui {

AmendmentsPage::AmendmentsPage(client::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("amendmentsPage"));
    m_model = new AmendmentListModel(this);
    buildUi();
    m_pending = new PendingActions(session, m_status, this);
    retranslateUi();
    connect(&m_session, &client::Session::chainChanged, this, &AmendmentsPage::reload);
    reload();
}

AmendmentsPage::~AmendmentsPage() = default;

int AmendmentsPage::pendingCount() const
{
    return m_model->rowCount();
}

void AmendmentsPage::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("amendmentList"));
    setUpTable(m_list, m_model); // a handful of rows: columns fit their text

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("amendmentHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_compare = new QTextBrowser(this);
    m_compare->setObjectName(QStringLiteral("amendmentCompare"));
    m_compare->setOpenLinks(false);

    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmAmendment"));
    m_reject = new QPushButton(this);
    m_reject->setObjectName(QStringLiteral("rejectAmendment"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("amendmentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_confirm);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_compare, 1);
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);

    setTabOrder(m_list, m_compare);
    setTabOrder(m_compare, m_reject);
    setTabOrder(m_reject, m_confirm);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AmendmentsPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AmendmentsPage::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AmendmentsPage::updateButtons);
    connect(m_confirm, &QPushButton::clicked, this, &AmendmentsPage::confirmSelected);
    connect(m_reject, &QPushButton::clicked, this, &AmendmentsPage::rejectSelected);
}

void AmendmentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AmendmentsPage::retranslateUi()
{
    m_intro->setText(tr("A doctor can correct a record only with your consent. Compare each "
                        "proposed amendment with the version in force, then confirm it (it "
                        "replaces that version) or reject it (the record stays as it is)."));
    m_confirm->setText(tr("&Confirm…"));
    m_confirm->setToolTip(tr("Accept the amendment: it becomes the version in force"));
    m_reject->setText(tr("Re&ject"));
    m_reject->setToolTip(tr("Refuse the amendment: the record stays as it is"));
    m_model->retranslate();
    showSelected();
}

void AmendmentsPage::reload()
{
    if (m_loading) {
        m_reloadWanted = true;
        return;
    }
    m_loading = true;
    m_session.loadPendingAmendments(
        this, [this](const QList<client::PendingAmendment> &amendments) { onLoaded(amendments); });
}

void AmendmentsPage::onLoaded(const QList<client::PendingAmendment> &amendments)
{
    m_loading = false;
    const std::optional<client::PendingAmendment> before = selected();
    m_model->setAmendments(amendments);
    // Keep the amendment the patient was reading selected, else take the first.
    const int row = before ? m_model->rowOf(before->id) : -1;
    if (!m_list->currentIndex().isValid() || row >= 0) {
        const QModelIndex index = m_model->index(qMax(row, 0), 0);
        if (index.isValid())
            m_list->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    showSelected();
    if (m_model->rowCount() != m_lastCount) {
        m_lastCount = m_model->rowCount();
        emit pendingCountChanged(m_lastCount);
    }
    if (!m_loaded) {
        m_loaded = true;
        emit loaded();
    } else {
        emit reloaded();
    }
    if (std::exchange(m_reloadWanted, false))
        reload();
}

void AmendmentsPage::showSelected()
{
    updateButtons();
    const std::optional<client::PendingAmendment> amendment = selected();
    if (!amendment) {
        m_heading->setText(m_model->rowCount() == 0
                               ? tr("No amendments are waiting for your answer.")
                               : QString());
        m_compare->clear();
        return;
    }
    m_heading->setText(tr("%1 proposes to amend your record of %2 at %3 (proposed %4).")
                           .arg(PartyText::display(amendment->author),
                                RecordFormat::date(amendment->encounterTime),
                                RecordFormat::party(amendment->institution),
                                RecordFormat::dateTime(amendment->proposed)));
    const int scroll = m_compare->verticalScrollBar()->value();
    m_compare->setHtml(
        RecordHtml::comparison(RecordDiff::compare(amendment->before, amendment->after)));
    m_compare->verticalScrollBar()->setValue(scroll);
}

void AmendmentsPage::updateButtons()
{
    const std::optional<client::PendingAmendment> amendment = selected();
    const bool answerable = amendment && !m_model->isAnswering(amendment->id);
    m_confirm->setEnabled(answerable);
    m_reject->setEnabled(answerable);
}

void AmendmentsPage::confirmSelected()
{
    const std::optional<client::PendingAmendment> amendment = selected();
    if (!amendment || m_model->isAnswering(amendment->id))
        return;
    const client::Hash id = amendment->id;
    askToConfirm(this, QStringLiteral("confirmAmendmentBox"), tr("Confirm amendment"),
                 tr("Confirm the amendment %1 proposed to your record of %2? The amended "
                    "version replaces the one in force; the original stays in the record's "
                    "history.")
                     .arg(RecordFormat::party(amendment->author),
                          RecordFormat::date(amendment->encounterTime)),
                 tr("&Confirm amendment"), [this, id] {
                     if (m_model->rowOf(id) >= 0 && !m_model->isAnswering(id))
                         answer(id, true);
                 });
}

void AmendmentsPage::rejectSelected()
{
    const std::optional<client::PendingAmendment> amendment = selected();
    if (amendment && !m_model->isAnswering(amendment->id))
        answer(amendment->id, false);
}

void AmendmentsPage::answer(const client::Hash &amendment, bool confirm)
{
    const client::Session::ActionId action = m_session.answerAmendment(amendment, confirm);
    m_model->setAnswer(amendment, confirm);
    updateButtons();
    m_pending->track(action,
                     confirm ? tr("Confirming the amendment…") : tr("Rejecting the amendment…"),
                     confirm ? tr("The amendment could not be confirmed")
                             : tr("The amendment could not be rejected"),
                     [this, amendment](bool ok, const QString &message) {
                         m_model->clearAnswer(amendment);
                         updateButtons();
                         emit answerFinished(amendment.toByteArray(), ok, message);
                         reload();
                     });
}

std::optional<client::PendingAmendment> AmendmentsPage::selected() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->amendment(index.row());
}

} // namespace medchain::ui

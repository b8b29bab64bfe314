#include "institution/StaffPage.h"

#include "common/PartyTableModel.h"
#include "common/ReloadThrottle.h"
#include "institution/EnrollPractitionerDialog.h"
#include "patient/TableSetup.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace medchain::ui {

StaffPage::StaffPage(client::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("staffPage"));
    m_model = new PartyTableModel(PartyTableModel::staffColumns(), this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_throttle = new ReloadThrottle(this, [this] { load(); });

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("staffFilter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterLabel = new QLabel(this);
    m_filterLabel->setBuddy(m_filterEdit);
    m_enroll = new QPushButton(this);
    m_enroll->setObjectName(QStringLiteral("enrollPractitioner"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    setUpTable(m_table, m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(m_model->column(PartyTableModel::Name), Qt::AscendingOrder);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("staffCount"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("enrollBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("staffStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filterLabel);
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_enroll);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(m_busy, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_status);
    setTabOrder(m_filterEdit, m_enroll);
    setTabOrder(m_enroll, m_table);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_enroll, &QPushButton::clicked, this, &StaffPage::openEnrollDialog);
    connect(&m_session, &client::Session::chainChanged, this, &StaffPage::reload);
    connect(&m_session, &client::Session::actionFinished, this, &StaffPage::onActionFinished);
    connect(&m_session, &client::Session::failed, this, [this](const QString &reason) {
        showStatus(tr("The staff list could not be read: %1").arg(reason), true);
        if (!std::exchange(m_loaded, true))
            emit loaded();
    });

    retranslateUi();
    m_throttle->loadNow();
}

void StaffPage::setMinimumReloadInterval(int ms)
{
    m_throttle->setMinimumInterval(ms);
}

void StaffPage::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void StaffPage::reload()
{
    m_throttle->request();
}

void StaffPage::load()
{
    m_session.loadStaff(this, [this](const QList<client::Party> &staff) { showStaff(staff); });
}

void StaffPage::showStaff(const QList<client::Party> &staff)
{
    m_throttle->finished();
    const QModelIndex current = m_table->currentIndex();
    const QByteArray selected
        = current.isValid() ? current.data(PartyTableModel::IdRole).toByteArray() : QByteArray();
    m_model->setParties(staff);
    for (int row = 0; row < m_filter->rowCount(); ++row)
        if (!selected.isEmpty()
            && m_filter->index(row, 0).data(PartyTableModel::IdRole).toByteArray() == selected)
            m_table->selectRow(row);
    updateCount();
    if (!std::exchange(m_loaded, true))
        emit loaded();
}

void StaffPage::openEnrollDialog()
{
    if (isEnrolling())
        return;
    auto *dialog = new EnrollPractitionerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const client::PractitionerForm form = dialog->form();
        m_pendingName = form.name;
        m_pendingPath = dialog->keystorePath();
        m_pending = m_session.enrollPractitioner(form, m_pendingPath, dialog->takePassphrase());
        m_enroll->setEnabled(false);
        m_busy->setVisible(true);
        showStatus(tr("Enrolling %1: writing their keystore, then waiting for the chain…")
                       .arg(m_pendingName),
                   false);
    });
    dialog->open();
}

void StaffPage::onActionFinished(client::Session::ActionId id, bool ok, const QString &message)
{
    if (m_pending != id)
        return;
    m_pending.reset();
    m_enroll->setEnabled(true);
    m_busy->setVisible(false);
    if (ok) {
        showStatus(tr("%1 is enrolled. Their keystore is %2: hand it to them on their "
                      "workstation or a removable drive; they open it in MedChain with the "
                      "passphrase they typed.")
                       .arg(m_pendingName, QDir::toNativeSeparators(m_pendingPath)),
                   false);
        m_throttle->loadNow();
    } else {
        showStatus(tr("%1 was not enrolled: %2").arg(m_pendingName, message), true);
    }
}

void StaffPage::showStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

void StaffPage::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    const QString active
        = tr("%n active practitioner(s)", nullptr, m_model->activeCount(chain::Role::Practitioner));
    m_count->setText(shown == all ? active
                                  : tr("%1 of %2 shown; %3").arg(shown).arg(all).arg(active));
}

void StaffPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void StaffPage::retranslateUi()
{
    m_filterLabel->setText(tr("Fil&ter:"));
    m_filterEdit->setPlaceholderText(tr("Name, specialty or licence number"));
    m_enroll->setText(tr("&Enroll practitioner…"));
    m_enroll->setToolTip(tr("Enroll a practitioner of this institution and write their keystore"));
    updateCount();
}

} // namespace medchain::ui

#include "doctor/PatientLookup.h"

#include "client/Session.h"
#include "doctor/AccessRequestDialog.h"
#include "doctor/EmergencyAccessDialog.h"
#include "doctor/PatientListModel.h"
#include "patient/PendingActions.h"
#include "patient/RecordFormat.h"
#include "patient/TableSetup.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {
constexpr int kSearchDelayMs = 300;

bool isIdentityHex(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return hex.match(text).hasMatch();
}
} // namespace

PatientLookup::PatientLookup(client::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("patientLookup"));
    m_model = new PatientListModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(PatientListModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(PatientListModel::NameColumn);
    m_filter->setSortRole(PatientListModel::SortRole);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);
    m_searchNote = new QLabel(this);
    m_searchNote->setObjectName(QStringLiteral("patientSearchNote"));
    m_searchNote->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("patientList"));
    setUpTable(m_table, m_filter);
    m_table->horizontalHeader()->setSectionResizeMode(PatientListModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // a pseudonym's both ends tell patients apart
    m_request = new QPushButton(this);
    m_request->setObjectName(QStringLiteral("requestAccess"));
    m_emergency = new QPushButton(this);
    m_emergency->setObjectName(QStringLiteral("emergencyAccess"));
    m_emergency->setStyleSheet(QStringLiteral("QPushButton { color: %1; }")
                                   .arg(PatientListModel::emergencyColour().name()));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("lookupStatus"));
    m_status->setWordWrap(true);
    m_actions = new PendingActions(session, m_status, this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_request);
    buttons->addWidget(m_emergency);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_searchNote);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_request);
    setTabOrder(m_request, m_emergency);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &PatientLookup::searchChain);
    connect(m_search, &QLineEdit::textChanged, this, &PatientLookup::applySearch);
    // Enter searches the chain at once; Down moves into the list.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() == 0 || isIdentityHex(m_search->text().trimmed())) {
            m_searchTimer.stop();
            searchChain();
        } else {
            m_table->setFocus(Qt::OtherFocusReason);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PatientLookup::onCurrentChanged);
    connect(&m_session, &client::Session::failed, this, [this](const QString &reason) {
        m_status->setText(tr("Your patients could not be read: %1").arg(reason));
        if (!m_loaded) {
            m_loaded = true; // nothing more will come: the view shows the problem
            emit loaded();
        }
    });
    connect(m_request, &QPushButton::clicked, this, &PatientLookup::requestAccess);
    connect(m_emergency, &QPushButton::clicked, this, &PatientLookup::emergencyAccess);

    retranslateUi();
    updateButtons();
    reload();
}

void PatientLookup::setSearchDelay(int ms)
{
    m_searchTimer.setInterval(ms);
}

const QList<client::PatientEntry> &PatientLookup::patients() const
{
    return m_model->patients();
}

void PatientLookup::reload()
{
    if (m_loading) {
        m_reloadWanted = true;
        return;
    }
    m_loading = true;
    m_session.loadPatients(this, [this](const QList<client::PatientEntry> &patients) {
        m_loading = false;
        m_mine = patients;
        if (!m_foundFor.isEmpty())
            searchChain(); // found entries carry access state too
        showPatients(m_mine);
        if (!m_loaded) {
            m_loaded = true;
            emit loaded();
        }
        if (std::exchange(m_reloadWanted, false))
            reload();
    });
}

void PatientLookup::showPatients(const QList<client::PatientEntry> &mine)
{
    QList<client::PatientEntry> all = mine;
    for (const client::PatientEntry &found : std::as_const(m_found)) {
        const bool listed = std::any_of(all.cbegin(), all.cend(), [&](const auto &entry) {
            return entry.patient.id == found.patient.id;
        });
        if (!listed)
            all.append(found);
    }
    const std::optional<client::IdentityId> current = m_current;
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setPatients(all);
    }
    if (current) {
        const int row = m_model->rowOf(*current);
        if (row >= 0) {
            const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
            if (index.isValid() && m_table->currentIndex().row() != index.row()) {
                const QSignalBlocker blocker(m_table->selectionModel());
                m_table->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
            emit patientUpdated(m_model->patient(row));
        }
    }
    updateButtons();
}

void PatientLookup::applySearch()
{
    const QString text = m_search->text().trimmed();
    {
        // One selection change per keystroke at most, reported below.
        const QSignalBlocker blocker(m_table->selectionModel());
        m_filter->setFilterFixedString(text);
    }
    m_searchTimer.stop();
    if (text != m_foundFor) {
        m_found.clear();
        m_foundFor.clear();
        showPatients(m_mine);
    }
    onCurrentChanged();
    // Someone not among the doctor's patients: ask the chain (a name of two characters or more,
    // or an exact id).
    const bool wantChain = isIdentityHex(text) || (m_filter->rowCount() == 0 && text.size() >= 2);
    if (wantChain)
        m_searchTimer.start();
    m_searchNote->setText(wantChain ? tr("None of your patients matches; searching all patients…")
                                    : QString());
    m_searchNote->setVisible(wantChain);
}

void PatientLookup::searchChain()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    m_searching = true;
    m_session.findPatients(text, this, [this, text](const QList<client::PatientEntry> &found) {
        m_searching = false;
        if (text != m_search->text().trimmed())
            return; // the search moved on
        m_found = found;
        m_foundFor = text;
        showPatients(m_mine);
        const int shown = m_filter->rowCount();
        m_searchNote->setText(
            shown == 0 ? tr("No active patient matches “%1”.").arg(text)
                       : tr("%n patient(s) found on the chain.", nullptr, int(found.size())));
        m_searchNote->setVisible(true);
        if (!m_table->currentIndex().isValid() && shown > 0)
            m_table->selectRow(0);
    });
}

std::optional<client::PatientEntry> PatientLookup::selectedPatient() const
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return std::nullopt;
    return m_model->patient(index.row());
}

bool PatientLookup::selectPatient(const client::IdentityId &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear(); // the search hides them
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void PatientLookup::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PatientLookup::onCurrentChanged()
{
    const std::optional<client::PatientEntry> patient = selectedPatient();
    const std::optional<client::IdentityId> id
        = patient ? std::optional(patient->patient.id) : std::nullopt;
    updateButtons();
    if (id == m_current)
        return;
    m_current = id;
    emit patientSelected(patient);
}

void PatientLookup::updateButtons()
{
    const std::optional<client::PatientEntry> patient = selectedPatient();
    m_request->setEnabled(patient && !patient->granted && !patient->emergency
                          && !patient->requestPending);
    m_request->setToolTip(patient && patient->requestPending
                              ? tr("You asked already; the patient has not answered yet")
                              : tr("Ask the selected patient for access to their records"));
    m_emergency->setEnabled(patient && !patient->emergency);
}

void PatientLookup::requestAccess()
{
    const std::optional<client::PatientEntry> patient = selectedPatient();
    if (!patient || !m_request->isEnabled())
        return;
    auto *dialog = new AccessRequestDialog(patient->patient, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, party = patient->patient] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString who = RecordFormat::party(party);
        const client::Session::ActionId id = m_session.requestAccess(
            party.id, dialog->scope(), dialog->expiry(now), dialog->purpose());
        m_actions->track(
            id, tr("Asking %1 for access… (waiting for the chain)").arg(who),
            tr("The request to %1 was not sent").arg(who), [this, who](bool ok, const QString &) {
                if (!ok)
                    return;
                m_status->setText(tr("%1 has your request and will answer it.").arg(who));
                reload();
            });
    });
    dialog->open();
}

void PatientLookup::emergencyAccess()
{
    const std::optional<client::PatientEntry> patient = selectedPatient();
    if (!patient || !m_emergency->isEnabled())
        return;
    auto *dialog = new EmergencyAccessDialog(patient->patient, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, party = patient->patient] {
        const QString reason = dialog->reason();
        if (!EmergencyAccessDialog::acceptableReason(reason))
            return;
        const QString who = RecordFormat::party(party);
        const client::Session::ActionId id = m_session.emergencyAccess(party.id, reason);
        m_actions->track(
            id, tr("Declaring emergency access to %1… (waiting for the chain)").arg(who),
            tr("Emergency access to %1 was not recorded").arg(who),
            [this, who](bool ok, const QString &) {
                if (!ok)
                    return;
                m_status->setText(tr("Emergency access to %1 is recorded; the patient and the "
                                     "regulator are told.")
                                      .arg(who));
                reload();
            });
    });
    dialog->open();
}

void PatientLookup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void PatientLookup::retranslateUi()
{
    m_searchLabel->setText(tr("Find &patient (Ctrl+F):"));
    m_search->setPlaceholderText(tr("Name or identity (64 hex digits)"));
    m_request->setText(tr("Re&quest access…"));
    m_emergency->setText(tr("Emer&gency access…"));
    m_emergency->setToolTip(tr("Break-glass access with a stated reason, recorded and shown to "
                               "the patient and the regulator"));
    updateButtons();
}

} // namespace medchain::ui

#include "regulator/DirectoryPanel.h"

#include "common/PartyTableModel.h"
#include "patient/TableSetup.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace medchain::ui {

DirectoryPanel::DirectoryPanel(Kind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    setObjectName(name("Panel"));
    m_model = new PartyTableModel(PartyTableModel::directoryColumns(), this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(name("Filter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterLabel = new QLabel(this);
    m_filterLabel->setBuddy(m_filterEdit);
    if (m_kind == Kind::Institutions) {
        m_enroll = new QPushButton(this);
        m_enroll->setObjectName(QStringLiteral("enrollInstitution"));
        connect(m_enroll, &QPushButton::clicked, this, &DirectoryPanel::enrollAsked);
    }
    m_revoke = new QPushButton(this);
    m_revoke->setObjectName(name("Revoke"));
    m_table = new QTableView(this);
    m_table->setObjectName(name("Table"));
    setUpTable(m_table, m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(m_model->column(PartyTableModel::Name), Qt::AscendingOrder);
    m_count = new QLabel(this);
    m_count->setObjectName(name("Count"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filterLabel);
    top->addWidget(m_filterEdit, 1);
    if (m_enroll)
        top->addWidget(m_enroll);
    top->addWidget(m_revoke);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    setTabOrder(m_filterEdit, m_table);
    setTabOrder(m_table, m_enroll ? m_enroll : m_revoke);
    if (m_enroll)
        setTabOrder(m_enroll, m_revoke);
    if (m_kind == Kind::PractitionersAndNodes)
        buildIdRow();

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateCount();
    });
    // The selection, not the current row, is what Revoke acts on; it changes after it.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DirectoryPanel::updateButtons);
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        if (const auto party = selectedParty(); party && !party->revoked)
            emit revokeAsked(*party);
    });
    retranslateUi();
    updateButtons();
}

QString DirectoryPanel::name(const char *what) const
{
    return (m_kind == Kind::Institutions ? QStringLiteral("institution") : QStringLiteral("people"))
        + QLatin1String(what);
}

void DirectoryPanel::buildIdRow()
{
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("revokeIdField"));
    m_id->setClearButtonEnabled(true);
    m_idLabel = new QLabel(this);
    m_idLabel->setBuddy(m_id);
    m_revokeId = new QPushButton(this);
    m_revokeId->setObjectName(QStringLiteral("revokeById"));
    m_idProblem = new QLabel(this);
    m_idProblem->setObjectName(QStringLiteral("revokeIdProblem"));
    m_idProblem->setWordWrap(true);
    m_idProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_idProblem->setVisible(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_idLabel);
    row->addWidget(m_id, 1);
    row->addWidget(m_revokeId);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addLayout(row);
    layout->addWidget(m_idProblem);
    setTabOrder(m_revoke, m_id);
    setTabOrder(m_id, m_revokeId);
    connect(m_revokeId, &QPushButton::clicked, this, &DirectoryPanel::revokeTyped);
    connect(m_id, &QLineEdit::returnPressed, this, &DirectoryPanel::revokeTyped);
    connect(m_id, &QLineEdit::textChanged, this, [this] { m_idProblem->setVisible(false); });
}

std::optional<client::IdentityId> DirectoryPanel::parseIdentity(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    if (!hex.match(compact).hasMatch())
        return std::nullopt;
    return client::IdentityId::fromBytes(QByteArray::fromHex(compact.toLatin1()));
}

void DirectoryPanel::revokeTyped()
{
    if (m_busy)
        return;
    const auto id = parseIdentity(m_id->text());
    if (!id) {
        showIdProblem(tr("An identity id is 64 hexadecimal digits (0–9, a–f), as the identity's "
                         "details show it."));
        return;
    }
    emit revokeIdAsked(*id);
}

void DirectoryPanel::showIdProblem(const QString &problem)
{
    if (!m_idProblem)
        return;
    m_idProblem->setText(problem);
    m_idProblem->setVisible(!problem.isEmpty());
    m_id->setFocus(Qt::OtherFocusReason);
    m_id->selectAll();
}

void DirectoryPanel::setParties(const QList<client::Party> &parties)
{
    const std::optional<client::Party> selected = selectedParty();
    m_model->setParties(parties);
    if (selected)
        for (int row = 0; row < m_filter->rowCount(); ++row)
            if (m_filter->index(row, 0).data(PartyTableModel::IdRole).toByteArray()
                == selected->id.toByteArray())
                m_table->selectRow(row);
    updateCount();
    updateButtons();
}

void DirectoryPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

std::optional<client::Party> DirectoryPanel::selectedParty() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    const client::Party *party = m_model->partyAt(m_filter->mapToSource(current).row());
    return party ? std::optional(*party) : std::nullopt;
}

bool DirectoryPanel::selectParty(const client::IdentityId &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex shown = m_filter->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid()) {
        m_filterEdit->clear();
        shown = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(shown);
    m_table->selectRow(shown.row());
    return true;
}

void DirectoryPanel::focusTable()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void DirectoryPanel::updateButtons()
{
    const auto party = selectedParty();
    m_revoke->setEnabled(!m_busy && party && !party->revoked);
    if (m_enroll)
        m_enroll->setEnabled(!m_busy);
    if (m_revokeId)
        m_revokeId->setEnabled(!m_busy);
}

void DirectoryPanel::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    const int active = m_model->activeCount();
    const QString counted = m_kind == Kind::Institutions
        ? tr("%n institution(s), %1 active", nullptr, all).arg(active)
        : tr("%n practitioner(s) and node(s), %1 active", nullptr, all).arg(active);
    m_count->setText(shown == all ? counted : tr("%1 shown of %2").arg(shown).arg(counted));
}

void DirectoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void DirectoryPanel::retranslateUi()
{
    // Alt+letters left free by the view's tabs and menus and the Administration tab's own tabs
    // (T, D, V, G): M, E, R, O, Y.
    m_filterLabel->setText(tr("&Match:"));
    m_filterEdit->setPlaceholderText(m_kind == Kind::Institutions
                                         ? tr("Name, kind or region")
                                         : tr("Name, institution or region"));
    if (m_enroll) {
        m_enroll->setText(tr("&Enroll institution…"));
        m_enroll->setToolTip(tr("Enroll a new institution and write its keystore"));
    }
    m_revoke->setText(tr("&Revoke…"));
    m_revoke->setToolTip(tr("Revoke the selected identity, with a reason; it cannot be undone"));
    if (m_id) {
        m_idLabel->setText(tr("Any identit&y (64 hex digits):"));
        m_id->setPlaceholderText(tr("e.g. a patient's id, from their records or a grant"));
        m_revokeId->setText(tr("Rev&oke by id…"));
    }
    updateCount();
}

} // namespace medchain::ui

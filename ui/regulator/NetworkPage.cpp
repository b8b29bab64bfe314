#include "regulator/NetworkPage.h"

#include "patient/RecordFormat.h"
#include "patient/TableSetup.h"
#include "regulator/PeerModel.h"
#include "regulator/SurveillanceText.h"
#include "regulator/ValidatorHealthModel.h"

#include <QEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {

const QString kProblemStyle = QStringLiteral("color: #b00020;");

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QSortFilterProxyModel *sortedBy(QAbstractItemModel *model, int sortRole, QObject *parent)
{
    auto *sort = new QSortFilterProxyModel(parent);
    sort->setSourceModel(model);
    sort->setSortRole(sortRole);
    return sort;
}

} // namespace

NetworkPage::NetworkPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("networkPage"));
    m_validatorModel = new ValidatorHealthModel(this);
    m_peerModel = new PeerModel(this);
    m_validatorSort = sortedBy(m_validatorModel, ValidatorHealthModel::SortRole, this);
    m_peerSort = sortedBy(m_peerModel, PeerModel::SortRole, this);

    m_summary = wrappedLabel(QStringLiteral("networkSummary"), this);
    m_signing = wrappedLabel(QStringLiteral("networkSigning"), this);
    m_equivocations = wrappedLabel(QStringLiteral("networkEquivocations"), this);
    m_validatorsLabel = new QLabel(this);
    m_validators = new QTableView(this);
    m_validators->setObjectName(QStringLiteral("validatorTable"));
    setUpTable(m_validators, m_validatorSort);
    m_validators->setSortingEnabled(true);
    m_validators->sortByColumn(ValidatorHealthModel::Name, Qt::AscendingOrder);
    m_validatorsLabel->setBuddy(m_validators);
    m_peersLabel = new QLabel(this);
    m_peers = new QTableView(this);
    m_peers->setObjectName(QStringLiteral("peerTable"));
    setUpTable(m_peers, m_peerSort);
    m_peers->setSortingEnabled(true);
    m_peers->sortByColumn(PeerModel::Name, Qt::AscendingOrder);
    m_peersLabel->setBuddy(m_peers);
    m_peerNote = wrappedLabel(QStringLiteral("peerNote"), this);
    m_peerNote->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_signing);
    layout->addWidget(m_equivocations);
    layout->addWidget(m_validatorsLabel);
    layout->addWidget(m_validators, 3);
    layout->addWidget(m_peersLabel);
    layout->addWidget(m_peers, 2);
    layout->addWidget(m_peerNote);
    setTabOrder(m_validators, m_peers);
    retranslateUi();
}

void NetworkPage::showHealth(const client::NetworkHealth &health)
{
    m_health = health;
    m_hasHealth = true;
    m_problem.clear();
    // A reload every few seconds must not lose the row the keyboard is on.
    const QByteArray current
        = m_validators->currentIndex().data(ValidatorHealthModel::IdRole).toByteArray();
    m_validatorModel->setHealth(health);
    m_peerModel->setPeers(health.peers, health.height);
    for (int row = 0; row < m_validatorSort->rowCount(); ++row)
        if (m_validatorSort->index(row, 0).data(ValidatorHealthModel::IdRole).toByteArray()
            == current)
            m_validators->setCurrentIndex(m_validatorSort->index(row, 0));
    updateSummary();
}

void NetworkPage::showProblem(const QString &message)
{
    m_problem = message;
    updateSummary();
}

void NetworkPage::focusTable()
{
    m_validators->setFocus(Qt::ShortcutFocusReason);
    if (!m_validators->currentIndex().isValid() && m_validatorSort->rowCount() > 0)
        m_validators->setCurrentIndex(m_validatorSort->index(0, 0));
}

void NetworkPage::updateSummary()
{
    m_summary->setStyleSheet(m_problem.isEmpty() ? QString() : kProblemStyle);
    if (!m_problem.isEmpty())
        m_summary->setText(tr("The network's state could not be read: %1").arg(m_problem));
    else if (!m_hasHealth)
        m_summary->setText(tr("Reading the network's state…"));
    else if (m_health.height == 0)
        m_summary->setText(tr("This replica holds no blocks yet."));
    else
        m_summary->setText(tr("This replica is at block %1, committed %2.")
                               .arg(SurveillanceText::count(qint64(m_health.height)),
                                    RecordFormat::dateTime(m_health.tipTime)));
    m_summary->setToolTip(
        m_hasHealth && m_health.height > 0
            ? tr("Block hash %1").arg(QString::fromLatin1(m_health.tipHash.toByteArray().toHex()))
            : QString());

    if (!m_hasHealth) {
        m_signing->clear();
        m_equivocations->clear();
        m_peerNote->clear();
        return;
    }
    using State = ValidatorHealthModel::State;
    const quint64 total = m_validatorModel->totalPower();
    const quint64 signing = m_validatorModel->power(State::Signing);
    const bool live = 3 * signing > 2 * total;
    m_signing->setText(
        tr("%1 of %n validator(s) signing recently, with %2 of %3 voting power.", nullptr,
           m_validatorModel->rowCount())
            .arg(m_validatorModel->count(State::Signing))
            .arg(SurveillanceText::count(qint64(signing)), SurveillanceText::count(qint64(total)))
        + QLatin1Char(' ')
        + (live ? tr("Blocks need more than two thirds of the power: the network can go on.")
                : tr("Blocks need more than two thirds of the power: the network may stop.")));
    m_signing->setStyleSheet(live ? QString() : kProblemStyle);

    const int equivocations = int(m_health.equivocations);
    m_equivocations->setText(equivocations == 0
                                 ? tr("No double votes recorded on chain.")
                                 : tr("%n double vote(s) recorded on chain: a validator signed "
                                      "two different blocks at one height.",
                                      nullptr, equivocations));
    m_equivocations->setStyleSheet(equivocations > 0 ? kProblemStyle : QString());

    m_peerNote->setText(m_health.peers.isEmpty()
                            ? tr("No peers connected: this node runs alone, or cannot reach "
                                 "the network.")
                            : QString());
    m_peerNote->setVisible(m_health.peers.isEmpty());
}

void NetworkPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_validatorModel->retranslate();
        m_peerModel->retranslate();
    }
    QWidget::changeEvent(event);
}

void NetworkPage::retranslateUi()
{
    m_validatorsLabel->setText(
        tr("&Validators of the current set (red: silent or behind; see the tooltip):"));
    m_peersLabel->setText(tr("Connected p&eers of this node:"));
    updateSummary();
}

} // namespace medchain::ui

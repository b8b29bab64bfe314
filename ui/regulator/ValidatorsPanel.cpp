#include "regulator/ValidatorsPanel.h"

#include "patient/ConfirmBox.h"
#include "patient/RecordFormat.h"
#include "patient/TableSetup.h"
#include "regulator/ValidatorSetModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace medchain::ui {

ValidatorsPanel::ValidatorsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("validatorsPanel"));
    m_model = new ValidatorSetModel(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("validatorSetTable"));
    setUpTable(m_table, m_model);
    m_candidate = new QComboBox(this);
    m_candidate->setObjectName(QStringLiteral("validatorCandidate"));
    m_candidate->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_candidateLabel = new QLabel(this);
    m_candidateLabel->setBuddy(m_candidate);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addValidator"));
    m_power = new QSpinBox(this);
    m_power->setObjectName(QStringLiteral("validatorPower"));
    m_power->setRange(1, MaxPower);
    m_powerLabel = new QLabel(this);
    m_powerLabel->setBuddy(m_power);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeValidator"));
    m_changes = new QLabel(this);
    m_changes->setObjectName(QStringLiteral("validatorChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("resetValidators"));
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applyValidators"));

    auto *edit = new QHBoxLayout;
    edit->addWidget(m_powerLabel);
    edit->addWidget(m_power);
    edit->addWidget(m_remove);
    edit->addStretch(1);
    edit->addWidget(m_candidateLabel);
    edit->addWidget(m_candidate, 1);
    edit->addWidget(m_add);
    auto *send = new QHBoxLayout;
    send->addStretch(1);
    send->addWidget(m_reset);
    send->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(edit);
    layout->addWidget(m_changes);
    layout->addLayout(send);
    setTabOrder(m_table, m_power);
    setTabOrder(m_power, m_remove);
    setTabOrder(m_remove, m_candidate);
    setTabOrder(m_candidate, m_add);
    setTabOrder(m_add, m_reset);
    setTabOrder(m_reset, m_apply);

    // The selection, not the current row, is what the buttons act on; it changes after it.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ValidatorsPanel::showSelectedPower);
    connect(m_power, &QSpinBox::valueChanged, this, [this](int power) {
        if (m_model->setPower(selectedRow(), quint64(power)))
            updateState();
    });
    connect(m_add, &QPushButton::clicked, this, &ValidatorsPanel::addCandidate);
    connect(m_remove, &QPushButton::clicked, this, &ValidatorsPanel::removeSelected);
    connect(m_reset, &QPushButton::clicked, this, &ValidatorsPanel::resetSet);
    connect(m_apply, &QPushButton::clicked, this, &ValidatorsPanel::apply);
    retranslateUi();
}

void ValidatorsPanel::setDirectory(const QList<identity::Validator> &current,
                                   const QList<client::Party> &nodes)
{
    m_model->setCurrent(current, nodes);
    fillCandidates();
    showSelectedPower();
}

void ValidatorsPanel::setHealth(const client::NetworkHealth &health)
{
    m_health = health;
    m_model->setHealth(health);
    updateState();
}

void ValidatorsPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

ValidatorSetReview ValidatorsPanel::review() const
{
    return ValidatorSetCheck::review(m_model->current(), m_model->proposed(), m_model->nodes(),
                                     m_health);
}

void ValidatorsPanel::focusTable()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
}

int ValidatorsPanel::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row())
        ? current.row()
        : -1;
}

void ValidatorsPanel::fillCandidates()
{
    const QVariant chosen = m_candidate->currentData();
    m_candidate->clear();
    for (const client::Party &node : m_model->nodes())
        if (!node.revoked && !m_model->contains(node.id))
            m_candidate->addItem(node.institution.isEmpty()
                                     ? RecordFormat::party(node)
                                     : tr("%1 — %2", "node — its institution")
                                           .arg(RecordFormat::party(node), node.institution),
                                 node.id.toByteArray());
    if (const int index = m_candidate->findData(chosen); index >= 0)
        m_candidate->setCurrentIndex(index);
    updateState();
}

void ValidatorsPanel::showSelectedPower()
{
    const int row = selectedRow();
    const QSignalBlocker quiet(m_power);
    if (row >= 0)
        m_power->setValue(int(m_model->proposed().at(row).power));
    updateState();
}

void ValidatorsPanel::addCandidate()
{
    if (m_busy || m_candidate->currentIndex() < 0)
        return;
    const auto node = client::IdentityId::fromBytes(m_candidate->currentData().toByteArray());
    if (!node || !m_model->add(*node, 1))
        return;
    fillCandidates();
    m_table->selectRow(m_model->rowOf(*node));
    m_power->setFocus(Qt::OtherFocusReason);
}

void ValidatorsPanel::removeSelected()
{
    const int row = selectedRow();
    if (m_busy || !m_model->remove(row))
        return;
    fillCandidates();
    if (m_model->rowCount() > 0)
        m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    showSelectedPower();
}

void ValidatorsPanel::resetSet()
{
    m_model->reset();
    fillCandidates();
    showSelectedPower();
}

void ValidatorsPanel::apply()
{
    if (m_busy || !m_model->isChanged() || m_model->proposed().isEmpty())
        return;
    const ValidatorSetReview said = review();
    QString text = tr("Send this validator set? It replaces the whole set from the next block on.")
        + QStringLiteral("\n\n") + said.changes.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + said.quorum;
    for (const QString &warning : said.warnings)
        text += QStringLiteral("\n\n") + tr("Warning: %1").arg(warning);
    const QList<identity::Validator> validators = m_model->proposed();
    QMessageBox *box
        = askToConfirm(this, QStringLiteral("validatorConfirm"), tr("Apply the Validator Set"),
                       text, said.mayStop ? tr("Apply &anyway") : tr("&Apply"),
                       [this, validators] { emit validatorsRequested(validators); });
    if (!said.warnings.isEmpty())
        box->setIcon(QMessageBox::Warning);
}

void ValidatorsPanel::updateState()
{
    const bool selected = selectedRow() >= 0;
    m_power->setEnabled(!m_busy && selected);
    m_remove->setEnabled(!m_busy && selected);
    m_add->setEnabled(!m_busy && m_candidate->count() > 0
                      && quint64(m_model->rowCount()) < chain::limits::MaxValidators);
    m_candidate->setEnabled(m_candidate->count() > 0);
    const bool changed = m_model->isChanged();
    m_reset->setEnabled(!m_busy && changed);
    m_apply->setEnabled(!m_busy && changed && m_model->rowCount() > 0);

    if (m_model->rowCount() == 0) {
        m_changes->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_changes->setText(tr("The set cannot be empty: without validators no block is ever "
                              "made again. Add a node, or reset."));
        return;
    }
    const ValidatorSetReview said = review();
    QStringList lines;
    if (changed)
        lines.append(said.changes);
    else
        lines.append(tr("This is the set on chain."));
    lines.append(said.quorum);
    if (changed)
        lines.append(said.warnings);
    m_changes->setStyleSheet(changed && said.mayStop ? QStringLiteral("color: #b00020;")
                                                     : QString());
    m_changes->setText(lines.join(QLatin1Char('\n')));
}

void ValidatorsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        fillCandidates();
    }
    QWidget::changeEvent(event);
}

void ValidatorsPanel::retranslateUi()
{
    m_intro->setText(tr("The validators make and sign the blocks. Each has a voting power; a block "
                        "needs the signatures of validators holding more than two thirds of it, "
                        "so the set keeps going while less than a third is down."));
    m_candidateLabel->setText(tr("N&ode to add:"));
    m_add->setText(tr("Add to s&et"));
    m_powerLabel->setText(tr("Po&wer of the selected:"));
    m_remove->setText(tr("Re&move"));
    m_reset->setText(tr("&Reset"));
    m_reset->setToolTip(tr("Back to the set on chain"));
    m_apply->setText(tr("Appl&y validator set…"));
    updateState();
}

} // namespace medchain::ui

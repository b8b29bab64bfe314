#include "regulator/ProgramsPanel.h"

#include "patient/TableSetup.h"
#include "patient/WalletText.h"
#include "regulator/CreateProgramDialog.h"
#include "regulator/ProgramModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace medchain::ui {

ProgramsPanel::ProgramsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("programsPanel"));
    m_model = new ProgramModel(this);
    m_sort = new QSortFilterProxyModel(this);
    m_sort->setSourceModel(m_model);
    m_sort->setSortRole(ProgramModel::SortRole);
    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("authorityBalance"));
    m_balance->setWordWrap(true);
    m_create = new QPushButton(this);
    m_create->setObjectName(QStringLiteral("createProgram"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("programTable"));
    setUpTable(m_table, m_sort);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProgramModel::Name, Qt::AscendingOrder);

    auto *top = new QHBoxLayout;
    top->addWidget(m_balance, 1);
    top->addWidget(m_create);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    setTabOrder(m_create, m_table);
    connect(m_create, &QPushButton::clicked, this, &ProgramsPanel::openCreateDialog);
    retranslateUi();
}

void ProgramsPanel::setPrograms(const QList<client::ProgramEntry> &programs, wallet::Amount balance)
{
    m_model->setPrograms(programs);
    m_balanceFen = balance;
    m_hasBalance = true;
    retranslateUi();
    setBusy(m_busy);
}

void ProgramsPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_create->setEnabled(!busy && m_hasBalance);
}

void ProgramsPanel::focusTable()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void ProgramsPanel::openCreateDialog()
{
    if (m_busy || !m_hasBalance)
        return;
    auto *dialog = new CreateProgramDialog(m_balanceFen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { emit programRequested(dialog->form()); });
    dialog->open();
}

void ProgramsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void ProgramsPanel::retranslateUi()
{
    m_balance->setText(m_hasBalance
                           ? tr("The authority's account holds %1, which funds new programs.")
                                 .arg(WalletText::yuan(m_balanceFen))
                           : QString());
    m_create->setText(tr("C&reate program…"));
    m_create->setToolTip(tr("A subsidy program paid from the authority's account"));
}

} // namespace medchain::ui

#include "doctor/EncounterSection.h"

#include "doctor/PatientListModel.h"

#include <QAbstractItemView>
#include <QBrush>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace medchain::ui {

EncounterSection::EncounterSection(const QString &name, QWidget *parent) : QGroupBox(parent)
{
    setObjectName(name + QStringLiteral("Section"));
    m_inputRow = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(name + QStringLiteral("Add"));
    m_add->setAutoDefault(false);
    m_add->setFocusPolicy(Qt::NoFocus); // Enter in the fields adds
    m_remove = new QPushButton(this);
    m_remove->setObjectName(name + QStringLiteral("Remove"));
    m_remove->setAutoDefault(false);
    m_remove->setFocusPolicy(Qt::NoFocus); // Delete in the list removes
    m_list = new QListWidget(this);
    m_list->setObjectName(name + QStringLiteral("List"));
    m_list->setMaximumHeight(fontMetrics().height() * 6);
    m_problem = new QLabel(this);
    m_problem->setObjectName(name + QStringLiteral("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(PatientListModel::emergencyColour().name()));
    m_problem->hide();

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    listRow->addLayout(listButtons);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addLayout(m_inputRow, 1);
    top->addWidget(m_add);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addLayout(listRow);

    connect(m_add, &QPushButton::clicked, this, &EncounterSection::addInput);
    connect(m_remove, &QPushButton::clicked, this, &EncounterSection::removeCurrent);
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_list);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &EncounterSection::removeCurrent);
    retranslateSection();
}

int EncounterSection::count() const
{
    return m_list->count();
}

bool EncounterSection::addInput()
{
    const QString problem = addFromInput();
    setProblem(problem);
    if (!problem.isEmpty())
        return false;
    clearInput();
    refresh(int(lines().size()) - 1);
    emit changed();
    return true;
}

void EncounterSection::clear()
{
    clearItems();
    clearInput();
    refresh();
    setProblem({});
    emit changed();
}

void EncounterSection::refresh(int row)
{
    m_list->clear();
    for (const Line &line : lines()) {
        auto *item = new QListWidgetItem(
            line.warning.isEmpty() ? line.text : tr("⚠ %1").arg(line.text), m_list);
        if (!line.warning.isEmpty()) {
            item->setForeground(QBrush(PatientListModel::emergencyColour()));
            item->setToolTip(line.warning);
        }
    }
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
}

void EncounterSection::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void EncounterSection::addOnEnter(QLineEdit *edit)
{
    connect(edit, &QLineEdit::returnPressed, this, [this, edit] {
        // Enter in an open completion popup picks the entry; the next Enter adds it.
        if (edit->completer() && edit->completer()->popup()
            && edit->completer()->popup()->isVisible())
            return;
        addInput();
    });
}

void EncounterSection::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    removeItem(row);
    refresh(qMin(row, int(lines().size()) - 1));
    emit changed();
}

void EncounterSection::retranslateSection()
{
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add to the list (Enter)"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected line (Delete)"));
}

void EncounterSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateSection();
        refresh(m_list->currentRow());
    }
    QGroupBox::changeEvent(event);
}

} // namespace medchain::ui

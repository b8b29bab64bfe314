#include "common/ShortcutListDialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace medchain::ui {

QString ShortcutListDialog::keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

QDialog *ShortcutListDialog::show(QWidget *parent, const Rows &rows)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("keyboardShortcutList"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Does")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    for (int row = 0; row < int(rows.size()); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(dialog->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44,
                   dialog->fontMetrics().height() * 22);
    dialog->open();
    table->setFocus();
    return dialog;
}

} // namespace medchain::ui

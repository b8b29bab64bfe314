#include "doctor/KeyboardShortcuts.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableWidget>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {
QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}
} // namespace

QList<QPair<QString, QString>> KeyboardShortcuts::list()
{
    return {
        {keys(QKeySequence::Find), tr("Find a patient by name or identity")},
        {tr("Enter (in the search field)"), tr("Search all patients on the chain")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_1)), tr("Show the patient's history")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_N)), tr("New encounter for the selected patient")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_2)), tr("Show the encounter form")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_3)), tr("Show the amendments you proposed")},
        {tr("Enter (in the history)"), tr("Open the selected record (the read is receipted)")},
        {tr("Enter (in a form field)"), tr("Add the diagnosis, prescription, exam or fee typed")},
        {keys(QKeySequence::Delete), tr("Remove the selected line of the form")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_Return)), tr("Sign and submit the form")},
        {keys(QKeySequence(Qt::Key_Escape)), tr("Cancel the form")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_Slash)), tr("This list")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_L)), tr("Lock the session")},
        {keys(QKeySequence::HelpContents), tr("About MedChain")},
    };
}

QDialog *KeyboardShortcuts::show(QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    const QList<QPair<QString, QString>> rows = list();
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
    dialog->resize(dialog->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40,
                   dialog->fontMetrics().height() * 24);
    dialog->open();
    return dialog;
}

} // namespace medchain::ui

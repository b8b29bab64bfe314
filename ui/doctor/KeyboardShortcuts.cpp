#include "doctor/KeyboardShortcuts.h"

#include "common/ShortcutListDialog.h"

#include <QKeySequence>

namespace medchain::ui {

QList<QPair<QString, QString>> KeyboardShortcuts::list()
{
    return {
        {ShortcutListDialog::keys(QKeySequence::Find), tr("Find a patient by name or identity")},
        {tr("Enter (in the search field)"), tr("Search all patients on the chain")},
        {ShortcutListDialog::keys(QKeySequence(Qt::CTRL | Qt::Key_1)),
         tr("Show the patient's history")},
        {ShortcutListDialog::keys(QKeySequence(Qt::CTRL | Qt::Key_N)),
         tr("New encounter for the selected patient")},
        {ShortcutListDialog::keys(QKeySequence(Qt::CTRL | Qt::Key_2)),
         tr("Show the encounter form")},
        {ShortcutListDialog::keys(QKeySequence(Qt::CTRL | Qt::Key_3)),
         tr("Show the amendments you proposed")},
        {tr("Enter (in the history)"), tr("Open the selected record (the read is receipted)")},
        {tr("Enter (in a form field)"), tr("Add the diagnosis, prescription, exam or fee typed")},
        {ShortcutListDialog::keys(QKeySequence::Delete),
         tr("Remove the selected line of the form")},
        {ShortcutListDialog::keys(QKeySequence(Qt::CTRL | Qt::Key_Return)),
         tr("Sign and submit the form")},
        {ShortcutListDialog::keys(QKeySequence(Qt::Key_Escape)), tr("Cancel the form")},
        {ShortcutListDialog::keys(QKeySequence(Qt::CTRL | Qt::Key_Slash)), tr("This list")},
        {ShortcutListDialog::keys(QKeySequence(Qt::CTRL | Qt::Key_L)), tr("Lock the session")},
        {ShortcutListDialog::keys(QKeySequence::HelpContents), tr("About MedChain")},
    };
}

QDialog *KeyboardShortcuts::show(QWidget *parent)
{
    return ShortcutListDialog::show(parent, list());
}

} // namespace medchain::ui

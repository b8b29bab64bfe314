#include "institution/DeskShortcuts.h"

#include "common/ShortcutListDialog.h"

namespace medchain::ui {

QList<QPair<QString, QString>> DeskShortcuts::list()
{
    return {
        {ShortcutListDialog::keys(QKeySequence(Qt::CTRL | Qt::Key_1)), tr("Register a patient")},
        {ShortcutListDialog::keys(QKeySequence(Qt::CTRL | Qt::Key_2)), tr("Show the staff")},
        {ShortcutListDialog::keys(QKeySequence(Qt::CTRL | Qt::Key_3)), tr("Show the invoices")},
        {ShortcutListDialog::keys(importRequest()),
         tr("Import a patient's registration request file")},
        {tr("Enter (in the national ID)"), tr("Go on to the region code")},
        {tr("Enter (in the region code)"), tr("Register the patient")},
        {ShortcutListDialog::keys(QKeySequence(Qt::CTRL | Qt::Key_Return)),
         tr("Register the patient, or issue the invoice")},
        {ShortcutListDialog::keys(QKeySequence::Find),
         tr("Filter the staff, or find a patient to invoice")},
        {tr("Enter (in the patient search)"), tr("Search the chain for the patient")},
        {ShortcutListDialog::keys(QKeySequence(Qt::CTRL | Qt::Key_Slash)), tr("This list")},
        {ShortcutListDialog::keys(QKeySequence(Qt::CTRL | Qt::Key_L)), tr("Lock the session")},
        {ShortcutListDialog::keys(QKeySequence::HelpContents), tr("About MedChain")},
    };
}

} // namespace medchain::ui

#include "regulator/RegulatorShortcuts.h"

#include "common/ShortcutListDialog.h"

namespace medchain::ui {

QList<QPair<QString, QString>> RegulatorShortcuts::list()
{
    const auto keys
        = [](const QKeySequence &sequence) { return ShortcutListDialog::keys(sequence); };
    return {
        {keys(QKeySequence(Qt::CTRL | Qt::Key_1)), tr("Show the surveillance tab")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_2)), tr("Show the outbreak alerts")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_3)), tr("Show the break-glass accesses")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_4)), tr("Show the records that break a rule")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_5)), tr("Trace a record by its id")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_6)), tr("Show the validators and peers")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_7)),
         tr("Show the institutions, practitioners, validators and subsidy programs")},
        {tr("Enter (in By region)"), tr("Show the regions within the chosen one")},
        {keys(QKeySequence(Qt::Key_Backspace)), tr("Go up one region")},
        {tr("Enter (in By disease)"), tr("Narrow down to the chosen chapter or category")},
        {keys(QKeySequence(Qt::ALT | Qt::Key_D)), tr("Choose the disease chapter")},
        {keys(QKeySequence(Qt::ALT | Qt::Key_C)), tr("Count every category of the chapter again")},
        {tr("Enter (in the alerts)"), tr("Show the alert's district and disease around its day")},
        {tr("Enter (in the findings)"), tr("Trace the finding's record")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_Slash)), tr("This list")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_L)), tr("Lock the session")},
        {keys(QKeySequence::HelpContents), tr("About MedChain")},
    };
}

} // namespace medchain::ui

#include "regulator/AdministrationPage.h"

#include "patient/ConfirmBox.h"
#include "regulator/DirectoryPanel.h"
#include "regulator/ProgramsPanel.h"
#include "regulator/RevokeDialog.h"
#include "regulator/ValidatorsPanel.h"

#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace medchain::ui {

AdministrationPage::AdministrationPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("administrationPage"));
    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("administrationSections"));
    m_institutions = new DirectoryPanel(DirectoryPanel::Kind::Institutions, m_sections);
    m_people = new DirectoryPanel(DirectoryPanel::Kind::PractitionersAndNodes, m_sections);
    m_validators = new ValidatorsPanel(m_sections);
    m_programs = new ProgramsPanel(m_sections);
    m_sections->addTab(m_institutions, QString());
    m_sections->addTab(m_people, QString());
    m_sections->addTab(m_validators, QString());
    m_sections->addTab(m_programs, QString());
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("adminBusy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(fontMetrics().height() / 2);
    m_busyBar->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("adminStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sections, 1);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_status);

    connect(m_institutions, &DirectoryPanel::enrollAsked, this,
            &AdministrationPage::openEnrollDialog);
    for (DirectoryPanel *panel : {m_institutions, m_people})
        connect(panel, &DirectoryPanel::revokeAsked, this, &AdministrationPage::askToRevoke);
    connect(m_people, &DirectoryPanel::revokeIdAsked, this, &AdministrationPage::revokeId);
    connect(m_validators, &ValidatorsPanel::validatorsRequested, this,
            &AdministrationPage::validatorsRequested);
    connect(m_programs, &ProgramsPanel::programRequested, this,
            &AdministrationPage::programRequested);
    retranslateUi();
    setBusy(false);
}

client::Party AdministrationPage::partyOf(const client::IdentityId &id) const
{
    for (const QList<client::Party> *list :
         {&m_directory.institutions, &m_directory.practitioners, &m_directory.nodes})
        for (const client::Party &party : *list)
            if (party.id == id)
                return party;
    client::Party unknown;
    unknown.id = id;
    return unknown;
}

void AdministrationPage::showDirectory(const client::AdminDirectory &directory)
{
    m_directory = directory;
    m_hasDirectory = true;
    m_institutions->setParties(directory.institutions);
    m_people->setParties(directory.practitioners + directory.nodes);
    m_validators->setDirectory(directory.validators, directory.nodes);
    m_programs->setPrograms(directory.programs, directory.balance);
}

void AdministrationPage::showHealth(const client::NetworkHealth &health)
{
    m_validators->setHealth(health);
}

void AdministrationPage::showProblem(const QString &message)
{
    showStatus(tr("The directory could not be read: %1").arg(message), true);
}

void AdministrationPage::actionStarted(const QString &what)
{
    setBusy(true);
    showStatus(what, false);
}

void AdministrationPage::actionFinished(bool ok, const QString &message)
{
    setBusy(false);
    showStatus(message, !ok);
}

void AdministrationPage::openEnrollDialog()
{
    if (m_busy)
        return;
    auto *dialog = new EnrollInstitutionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { emit enrollRequested(dialog->takeEnrollment()); });
    dialog->open();
}

void AdministrationPage::revokeId(const client::IdentityId &id)
{
    const client::Party who = partyOf(id);
    if (who.revoked) {
        m_people->showIdProblem(tr("%1 is revoked already.").arg(RevokeDialog::describe(who)));
        return;
    }
    askToRevoke(who);
}

void AdministrationPage::askToRevoke(const client::Party &who)
{
    if (m_busy || who.revoked)
        return;
    auto *dialog = new RevokeDialog(who, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const client::Party party = dialog->who();
        const QString reason = dialog->reason();
        QMessageBox *box = askToConfirm(
            this, QStringLiteral("revokeConfirm"), tr("Revoke for Good"),
            tr("Revoke %1?\n\nReason: %2\n\nThis cannot be undone: the identity can never sign "
               "again, and it would have to be enrolled anew, with new keys.")
                .arg(RevokeDialog::describe(party), reason),
            tr("&Revoke"), [this, party, reason] { emit revokeRequested(party, reason); });
        box->setIcon(QMessageBox::Warning);
    });
    dialog->open();
}

void AdministrationPage::focusTable()
{
    if (auto *panel = qobject_cast<DirectoryPanel *>(m_sections->currentWidget()))
        panel->focusTable();
    else if (m_sections->currentWidget() == m_validators)
        m_validators->focusTable();
    else
        m_programs->focusTable();
}

void AdministrationPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_institutions->setBusy(busy);
    m_people->setBusy(busy);
    m_validators->setBusy(busy);
    m_programs->setBusy(busy);
}

void AdministrationPage::showStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

void AdministrationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdministrationPage::retranslateUi()
{
    // The view's tabs and menus hold most letters; these four are free while this tab shows.
    m_sections->setTabText(Institutions, tr("Ins&titutions"));
    m_sections->setTabText(PractitionersAndNodes, tr("Practitioners && no&des"));
    m_sections->setTabText(Validators, tr("&Validators"));
    m_sections->setTabText(Programs, tr("Subsidy pro&grams"));
}

} // namespace medchain::ui

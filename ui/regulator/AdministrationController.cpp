#include "regulator/AdministrationController.h"

#include "common/ReloadThrottle.h"
#include "patient/WalletText.h"
#include "regulator/AdministrationPage.h"
#include "regulator/RevokeDialog.h"

#include <QDir>

namespace medchain::ui {

AdministrationController::AdministrationController(client::Session &session,
                                                   AdministrationPage &page)
    : QObject(&page), m_session(session), m_page(page)
{
    m_throttle = new ReloadThrottle(&m_page, [this] { load(); });
    connect(&m_session, &client::Session::chainChanged, this, [this] { m_throttle->request(); });
    connect(&m_session, &client::Session::actionFinished, this,
            &AdministrationController::finished);
    connect(&m_session, &client::Session::failed, &m_page, &AdministrationPage::showProblem);
    connect(&m_page, &AdministrationPage::enrollRequested, this, &AdministrationController::enroll);
    connect(&m_page, &AdministrationPage::revokeRequested, this, &AdministrationController::revoke);
    connect(&m_page, &AdministrationPage::validatorsRequested, this,
            &AdministrationController::changeValidators);
    connect(&m_page, &AdministrationPage::programRequested, this,
            &AdministrationController::createProgram);
    m_throttle->request();
}

void AdministrationController::setMinimumInterval(int ms)
{
    m_throttle->setMinimumInterval(ms);
}

bool AdministrationController::isLoading() const
{
    return m_throttle->isLoading();
}

void AdministrationController::load()
{
    // The health only serves the validator set's check; it follows the directory.
    m_session.loadAdministration(this, [this](const client::AdminDirectory &directory) {
        m_page.showDirectory(directory);
        m_session.loadNetworkHealth(this, [this](const client::NetworkHealth &health) {
            m_page.showHealth(health);
            m_throttle->finished();
        });
    });
}

void AdministrationController::start(client::Session::ActionId id, const QString &what,
                                     std::function<QString(bool, const QString &)> outcome)
{
    m_pending = Pending {id, std::move(outcome)};
    m_page.actionStarted(what);
}

void AdministrationController::enroll(const InstitutionEnrollment &request)
{
    if (m_pending || !request.passphrase)
        return;
    const QString name = request.form.name;
    const QString path = QDir::toNativeSeparators(request.keystorePath);
    start(m_session.enrollInstitution(request.form, request.keystorePath,
                                      std::move(*request.passphrase)),
          tr("Enrolling %1: writing its keystore, then waiting for the chain…").arg(name),
          [name, path](bool ok, const QString &message) {
              return ok ? tr("%1 is enrolled. Its keystore is %2: hand it to the institution on "
                             "a removable drive, never by e-mail; it opens with the passphrase "
                             "typed here.")
                              .arg(name, path)
                        : tr("%1 was not enrolled: %2").arg(name, message);
          });
}

void AdministrationController::revoke(const client::Party &who, const QString &reason)
{
    if (m_pending)
        return;
    const QString described = RevokeDialog::describe(who);
    start(m_session.revokeIdentity(who.id, reason), tr("Revoking %1…").arg(described),
          [described](bool ok, const QString &message) {
              return ok ? tr("%1 is revoked.").arg(described)
                        : tr("%1 was not revoked: %2").arg(described, message);
          });
}

void AdministrationController::changeValidators(const QList<identity::Validator> &validators)
{
    if (m_pending)
        return;
    start(m_session.setValidators(validators), tr("Sending the new validator set…"),
          [](bool ok, const QString &message) {
              return ok ? tr("The new validator set is on chain; it makes the blocks from the "
                             "next one on.")
                        : tr("The validator set was not changed: %1").arg(message);
          });
}

void AdministrationController::createProgram(const client::ProgramForm &form)
{
    if (m_pending)
        return;
    const QString name = form.name;
    const QString funding = WalletText::yuan(form.funding);
    start(m_session.createProgram(form), tr("Creating the program %1…").arg(name),
          [name, funding](bool ok, const QString &message) {
              return ok ? tr("The program %1 is created with %2 in its pool.").arg(name, funding)
                        : tr("The program %1 was not created: %2").arg(name, message);
          });
}

void AdministrationController::finished(client::Session::ActionId id, bool ok,
                                        const QString &message)
{
    if (!m_pending || m_pending->id != id)
        return;
    const Pending done = *std::exchange(m_pending, std::nullopt);
    m_page.actionFinished(ok, done.outcome(ok, message));
    m_throttle->loadNow();
}

} // namespace medchain::ui

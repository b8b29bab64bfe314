#include "client/Session.h"

#include "client/ReaderThread.h"
#include "client/SessionActions.h"

#include <QDateTime>
#include <QFile>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <deque>
#include <set>
#include <utility>

namespace medchain::client {

namespace {
constexpr int kActionTimeoutMs = 60'000;
} // namespace

/// The queue of actions: one at a time, so each is signed with the nonces its predecessor left.
class Session::Actions {
public:
    struct Pending {
        ActionId id = 0;
        ActionBuilder build;
        std::function<void()> refused;
    };
    std::deque<Pending> queue;
    ActionId nextId = 1;
    ActionId running = 0;
    std::function<void()> runningRefused;
    std::set<Hash> waiting; // the running action's transactions not yet committed
    QTimer *timeout = nullptr;
};

Session::Session(node::NodeClient &node, const QString &folder, crypto::SecureBuffer passphrase,
                 identity::UnlockedIdentity me, QObject *parent)
    : QObject(parent),
      m_actions(std::make_unique<Actions>()),
      m_node(node),
      m_me(std::move(me)),
      m_name(m_me.info.label),
      m_folder(folder)
{
    m_actions->timeout = new QTimer(this);
    m_actions->timeout->setSingleShot(true);
    m_actions->timeout->setInterval(kActionTimeoutMs);
    connect(m_actions->timeout, &QTimer::timeout, this, [this] {
        finishAction(Outcome::TimedOut,
                     tr("The network has not committed this within a minute. Check the "
                        "connection in the status bar and try again."));
    });
    connect(&m_node, &node::NodeClient::blockCommitted, this,
            [this](const chain::ChainTip &tip) { emit chainChanged(tip.height); });
    connect(&m_node, &node::NodeClient::syncStatusChanged, this, &Session::syncStatusChanged);
    connect(&m_node, &node::NodeClient::transactionRejected, this,
            [this](const Hash &hash, const QString &reason, const QString &) {
                if (m_actions->waiting.count(hash) != 0)
                    finishAction(Outcome::Refused, reason);
            });
    connect(&m_node, &node::NodeClient::transactionCommitted, this,
            [this](const Hash &hash, quint64) {
                if (m_actions->waiting.erase(hash) != 0 && m_actions->waiting.empty())
                    finishAction(Outcome::Committed, QString());
            });

    m_reader = std::make_unique<ReaderThread>(folder, std::move(passphrase),
                                              [this](const Result<void> &opened) {
                                                  // On the reader thread: the session outlives its
                                                  // reader, so `this` is valid here, but its
                                                  // members are touched only back on the session's
                                                  // thread.
                                                  QMetaObject::invokeMethod(
                                                      this,
                                                      [this, opened] {
                                                          if (!opened) {
                                                              emit failed(opened.error());
                                                              return;
                                                          }
                                                          emit ready();
                                                      },
                                                      Qt::QueuedConnection);
                                              });
    if (m_name.isEmpty())
        readInto<QString>(
            this,
            [id = identity()](const chain::Ledger &ledger) {
                const auto info = ledger.state().identity(id);
                return info ? info->name : QString();
            },
            [this](const QString &name) { m_name = name; });
}

Session::~Session()
{
    // The reader uses the keys: it stops before they are wiped.
    m_reader.reset();
}

const IdentityId &Session::identity() const
{
    return m_me.info.identity;
}

chain::Role Session::role() const
{
    return m_me.info.role;
}

QString Session::displayName() const
{
    return m_name;
}

node::SyncStatus Session::syncStatus() const
{
    return m_node.syncStatus();
}

void Session::post(Job job)
{
    m_reader->post(std::move(job));
}

void Session::deliver(const QPointer<QObject> &context, std::function<void()> call)
{
    // Back on the session's thread, then to the view if it still exists.
    QMetaObject::invokeMethod(
        this,
        [context, call = std::move(call)] {
            if (context)
                call();
        },
        Qt::QueuedConnection);
}

Session::ActionId Session::registerPatient(const QByteArray &request, const QString &nationalId,
                                           const QString &regionCode)
{
    return queueAction(
        SessionActions::registration(m_me.keys, m_me.extraSecret, request, nationalId, regionCode));
}

template <typename Form, typename Builder>
Session::ActionId Session::queueEnrollment(Builder builder, const Form &form, const QString &path,
                                           crypto::SecureBuffer passphrase)
{
    // Set on the reader thread once the keystore is written. A refused enrollment leaves no
    // keystore of an identity that is not on chain; one that timed out keeps it (it may yet
    // commit, and its keys are nowhere else).
    auto written = std::make_shared<std::atomic_bool>(false);
    return queueAction(
        builder(m_me.keys, m_me.extraSecret, form, path, std::move(passphrase), written),
        [path, written] {
            if (written->load())
                QFile::remove(path);
        });
}

Session::ActionId Session::enrollPractitioner(const PractitionerForm &form,
                                              const QString &keystorePath,
                                              crypto::SecureBuffer passphrase)
{
    return queueEnrollment(&SessionActions::practitionerEnrollment, form, keystorePath,
                           std::move(passphrase));
}

Session::ActionId Session::enrollInstitution(const InstitutionForm &form,
                                             const QString &keystorePath,
                                             crypto::SecureBuffer passphrase)
{
    return queueEnrollment(&SessionActions::institutionEnrollment, form, keystorePath,
                           std::move(passphrase));
}

Session::ActionId Session::revokeIdentity(const IdentityId &identity, const QString &reason)
{
    return queueAction(SessionActions::single(identity::RevokeIdentity {identity, reason}));
}

Session::ActionId Session::setValidators(const QList<identity::Validator> &validators)
{
    return queueAction(SessionActions::validatorChange(validators));
}

Session::ActionId Session::createProgram(const ProgramForm &form)
{
    return queueAction(SessionActions::program(form));
}

Session::ActionId Session::issueInvoice(const IdentityId &patient, wallet::FeeType feeType,
                                        Amount amount, std::optional<Hash> encounter)
{
    return queueAction(
        SessionActions::single(wallet::IssueInvoice {patient, feeType, amount, encounter}));
}

Session::ActionId Session::addRecord(const IdentityId &patient, chain::RecordCategory category,
                                     qint64 encounterTime, const records::RecordContent &content,
                                     const QList<Hash> &claims)
{
    return queueAction(SessionActions::record(m_me.keys, m_me.extraSecret, patient, category,
                                              encounterTime, content, claims));
}

Session::ActionId Session::proposeAmendment(const Hash &record,
                                            const records::RecordContent &content,
                                            const QString &reason)
{
    return queueAction(
        SessionActions::amendment(m_me.keys, m_me.extraSecret, record, content, reason));
}

Session::ActionId Session::requestAccess(const IdentityId &patient,
                                         const consent::AccessScope &scope, qint64 expiry,
                                         const QString &purpose)
{
    return queueAction(
        SessionActions::single(consent::RequestAccess {patient, scope, expiry, purpose}));
}

Session::ActionId Session::emergencyAccess(const IdentityId &patient, const QString &reason)
{
    return queueAction(SessionActions::single(consent::EmergencyAccess {patient, reason}));
}

Session::ActionId Session::grantAccess(const IdentityId &grantee, const consent::AccessScope &scope,
                                       qint64 expiry, std::optional<Hash> request)
{
    return queueAction(SessionActions::grant(m_me.keys, grantee, scope, expiry, request));
}

Session::ActionId Session::revokeGrant(const Hash &grant)
{
    return queueAction(SessionActions::single(consent::RevokeGrant {grant}));
}

Session::ActionId Session::declineRequest(const Hash &request)
{
    return queueAction(SessionActions::single(consent::DeclineRequest {request}));
}

Session::ActionId Session::answerAmendment(const Hash &amendment, bool confirm)
{
    return queueAction(SessionActions::single(records::AnswerAmendment {amendment, confirm}));
}

Session::ActionId Session::payInvoice(const Hash &invoice)
{
    wallet::PayInvoice body;
    body.invoice = invoice;
    return queueAction(SessionActions::single(body));
}

Session::ActionId Session::withdraw(const IdentityId &gateway, Amount amount,
                                    const QString &reference)
{
    return queueAction(SessionActions::single(wallet::Withdraw {gateway, amount, reference}));
}

Session::ActionId Session::subscribe(const Hash &fund, Amount amount)
{
    wallet::Subscribe body;
    body.fund = fund;
    body.amount = amount;
    return queueAction(SessionActions::single(body));
}

Session::ActionId Session::redeem(const Hash &fund, Amount amount)
{
    wallet::Redeem body;
    body.fund = fund;
    body.amount = amount;
    return queueAction(SessionActions::single(body));
}

Session::ActionId Session::queueAction(ActionBuilder build, std::function<void()> refused)
{
    const ActionId id = m_actions->nextId++;
    m_actions->queue.push_back({id, std::move(build), std::move(refused)});
    startNextAction();
    return id;
}

void Session::startNextAction()
{
    if (m_actions->running != 0 || m_actions->queue.empty())
        return;
    Actions::Pending next = std::move(m_actions->queue.front());
    m_actions->queue.pop_front();
    m_actions->running = next.id;
    m_actions->runningRefused = std::move(next.refused);
    readInto<Result<QList<QByteArray>>>(
        this,
        [build = std::move(next.build),
         &keys = m_me.keys](const chain::Ledger &ledger) -> Result<QList<QByteArray>> {
            auto bodies = build(ledger);
            if (!bodies)
                return bodies.failure();
            return SessionActions::sign(ledger, keys, bodies.value(),
                                        QDateTime::currentMSecsSinceEpoch());
        },
        [this](const Result<QList<QByteArray>> &transactions) {
            if (!transactions) {
                finishAction(Outcome::Refused, transactions.error());
                return;
            }
            for (const QByteArray &transaction : transactions.value())
                m_actions->waiting.insert(crypto::sha256(transaction));
            m_actions->timeout->start();
            for (const QByteArray &transaction : transactions.value())
                m_node.submit(transaction);
        });
}

void Session::finishAction(Outcome outcome, const QString &message)
{
    const ActionId id = m_actions->running;
    if (id == 0)
        return;
    m_actions->running = 0;
    m_actions->waiting.clear();
    m_actions->timeout->stop();
    if (auto refused = std::exchange(m_actions->runningRefused, {});
        refused && outcome == Outcome::Refused)
        refused();
    emit actionFinished(id, outcome == Outcome::Committed, message);
    startNextAction();
}

} // namespace medchain::client

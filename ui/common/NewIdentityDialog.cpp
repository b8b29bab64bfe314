#include "common/NewIdentityDialog.h"

#include "common/Background.h"
#include "common/NewPassphraseFields.h"
#include "common/SaveFileField.h"
#include "identity/Enrollment.h"
#include "identity/RegistrationRequest.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace medchain::ui {

NewIdentityDialog::NewIdentityDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newIdentityDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_keystore = new SaveFileField(this);
    m_keystore->setObjectName(QStringLiteral("keystoreFile"));
    m_keystore->setPath(QDir(documents).filePath(QStringLiteral("medchain-identity.mcid")));
    m_request = new SaveFileField(this);
    m_request->setObjectName(QStringLiteral("requestFile"));
    m_request->setPath(QDir(documents).filePath(QStringLiteral("medchain-registration.mcreq")));
    m_keystoreLabel = new QLabel(this);
    m_keystoreLabel->setBuddy(m_keystore);
    m_requestLabel = new QLabel(this);
    m_requestLabel->setBuddy(m_request);
    m_passphrase = new NewPassphraseFields(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("newIdentityMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: deriving the keystore's key takes about a second
    m_progress->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));

    auto *form = new QFormLayout;
    form->addRow(m_keystoreLabel, m_keystore);
    form->addRow(m_requestLabel, m_request);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_intro);
    column->addLayout(form);
    column->addWidget(m_passphrase);
    column->addWidget(m_message);
    column->addWidget(m_progress);
    column->addStretch(1);
    column->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_done)
            accept();
        else
            create();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_passphrase->setFocus();
    retranslateUi();
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 50, sizeHint().height());
}

QString NewIdentityDialog::message() const
{
    return m_message->text();
}

void NewIdentityDialog::create()
{
    if (m_busy || m_done)
        return;
    const QString keystore = m_keystore->path();
    const QString request = m_request->path();
    QString problem;
    if (keystore.isEmpty() || request.isEmpty())
        problem = tr("Choose where to save the keystore and the request.");
    else if (keystore == request)
        problem = tr("The keystore and the request need two different files.");
    else if (QFile::exists(keystore))
        problem = tr("%1 already exists. Choose another file: an existing keystore is never "
                     "replaced.")
                      .arg(QDir::toNativeSeparators(keystore));
    else
        problem = m_passphrase->problem();
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    setBusy(true);
    m_message->setText(tr("Making your keys…"));
    runInBackground(
        this,
        [keystore, request, passphrase = m_passphrase->take()] {
            return identity::RegistrationRequest::createIdentity(
                keystore, request, passphrase, crypto::Argon2id::paramsForNewKeys(), QString(),
                QDateTime::currentMSecsSinceEpoch());
        },
        [this, keystore, request](const Result<chain::IdentityId> &made) {
            setBusy(false);
            if (!made) {
                m_message->setText(made.error());
                return;
            }
            showDone(made.value());
            emit created(made.value(), keystore, request);
        });
}

void NewIdentityDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QWidget *field : std::initializer_list<QWidget *> {m_keystore, m_request, m_passphrase})
        field->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void NewIdentityDialog::showDone(const chain::IdentityId &identity)
{
    m_done = true;
    for (QWidget *field : std::initializer_list<QWidget *> {m_keystore, m_request, m_passphrase})
        field->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    m_message->setText(
        tr("<p>Your identity <b>%1</b> is made.</p><p>Take <b>%2</b> (it holds only public "
           "keys) and your identity card to a hospital's registration desk. Once they have "
           "registered you, open <b>%3</b> with File ▸ Open Keystore… and your passphrase.</p>"
           "<p>Keep the keystore and your passphrase safe: nobody, not even the hospital, can "
           "recover them.</p>")
            .arg(identity::Enrollment::patientPseudonym(identity).toHtmlEscaped(),
                 QDir::toNativeSeparators(m_request->path()).toHtmlEscaped(),
                 QDir::toNativeSeparators(m_keystore->path()).toHtmlEscaped()));
    retranslateUi();
}

void NewIdentityDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewIdentityDialog::retranslateUi()
{
    setWindowTitle(tr("New Patient Identity"));
    m_intro->setText(tr("Your keys are made on this computer and never leave it. MedChain "
                        "writes your keystore, locked by your passphrase, and a small "
                        "registration request for the hospital's desk."));
    m_keystoreLabel->setText(tr("&Keystore:"));
    m_requestLabel->setText(tr("Re&quest for the desk:"));
    m_keystore->setFilter(tr("MedChain keystores (*.mcid)"));
    m_request->setFilter(tr("Registration requests (*.mcreq)"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_done ? tr("Close") : tr("&Create"));
}

} // namespace medchain::ui

#include "institution/RegisterPatientPage.h"

#include "identity/Enrollment.h"
#include "identity/RegistrationRequest.h"
#include "institution/DeskInput.h"
#include "institution/DeskShortcuts.h"
#include "patient/RecordFormat.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {
const QString kRegionSetting = QStringLiteral("desk/region");
const QString kFolderSetting = QStringLiteral("desk/requestFolder");

QLabel *selectableLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel *hintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

RegisterPatientPage::RegisterPatientPage(client::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("registerPatientPage"));
    buildUi();
    connect(&m_session, &client::Session::actionFinished, this,
            &RegisterPatientPage::onActionFinished);
    retranslateUi();
    showRequest();
}

void RegisterPatientPage::buildUi()
{
    m_requestBox = new QGroupBox(this);
    m_import = new QPushButton(m_requestBox);
    m_import->setObjectName(QStringLiteral("importRequest"));
    m_file = selectableLabel(QStringLiteral("requestFile"), m_requestBox);
    m_pseudonym = selectableLabel(QStringLiteral("requestPseudonym"), m_requestBox);
    QFont large = m_pseudonym->font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    large.setBold(true);
    m_pseudonym->setFont(large);
    m_identity = selectableLabel(QStringLiteral("requestIdentity"), m_requestBox);
    m_identity->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (QLabel *fixed : {m_pseudonym, m_identity})
        fixed->setWordWrap(false); // the id breaks where groupedHex says, not where it fits
    m_created = selectableLabel(QStringLiteral("requestCreated"), m_requestBox);
    m_requestProblemText = selectableLabel(QStringLiteral("requestProblem"), m_requestBox);
    m_requestProblemText->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_pseudonymLabel = new QLabel(m_requestBox);
    m_identityLabel = new QLabel(m_requestBox);
    m_createdLabel = new QLabel(m_requestBox);
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_import);
    importRow->addWidget(m_file, 1);
    auto *requestForm = new QFormLayout;
    requestForm->addRow(m_pseudonymLabel, m_pseudonym);
    requestForm->addRow(m_identityLabel, m_identity);
    requestForm->addRow(m_createdLabel, m_created);
    auto *requestLayout = new QVBoxLayout(m_requestBox);
    requestLayout->addLayout(importRow);
    requestLayout->addLayout(requestForm);
    requestLayout->addWidget(m_requestProblemText);

    m_documentBox = new QGroupBox(this);
    m_nationalId = new QLineEdit(m_documentBox);
    m_nationalId->setObjectName(QStringLiteral("nationalId"));
    m_nationalId->setMaxLength(40); // room for spaces typed between groups of digits
    m_nationalIdLabel = new QLabel(m_documentBox);
    m_nationalIdLabel->setBuddy(m_nationalId);
    m_nationalIdHint = hintLabel(m_documentBox);
    m_region = new QLineEdit(m_documentBox);
    m_region->setObjectName(QStringLiteral("regionCode"));
    m_region->setMaxLength(16);
    m_region->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9-]{0,16}")), m_region));
    m_region->setText(QSettings().value(kRegionSetting).toString());
    m_regionLabel = new QLabel(m_documentBox);
    m_regionLabel->setBuddy(m_region);
    m_regionHint = hintLabel(m_documentBox);
    // The hints go under the fields: a wrapping label inside a form row takes odd heights.
    auto *documentForm = new QFormLayout;
    documentForm->addRow(m_nationalIdLabel, m_nationalId);
    documentForm->addRow(m_regionLabel, m_region);
    auto *documentLayout = new QVBoxLayout(m_documentBox);
    documentLayout->addLayout(documentForm);
    documentLayout->addWidget(m_nationalIdHint);
    documentLayout->addWidget(m_regionHint);

    m_register = new QPushButton(this);
    m_register->setObjectName(QStringLiteral("registerPatient"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("registerBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_status = selectableLabel(QStringLiteral("registerStatus"), this);
    m_busy->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_register);
    buttons->addWidget(m_busy);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_requestBox);
    layout->addWidget(m_documentBox);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    setTabOrder(m_import, m_nationalId);
    setTabOrder(m_nationalId, m_region);
    setTabOrder(m_region, m_register);

    connect(m_import, &QPushButton::clicked, this, &RegisterPatientPage::chooseRequestFile);
    connect(m_register, &QPushButton::clicked, this, &RegisterPatientPage::submit);
    connect(m_nationalId, &QLineEdit::returnPressed, this,
            [this] { m_region->setFocus(Qt::TabFocusReason); });
    connect(m_region, &QLineEdit::returnPressed, this, &RegisterPatientPage::submit);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &RegisterPatientPage::submit);
    }
}

void RegisterPatientPage::chooseRequestFile()
{
    if (isBusy())
        return;
    QSettings settings;
    const QString folder
        = settings
              .value(kFolderSetting,
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import Registration Request"), folder,
                                       tr("Registration requests (*.mcreq);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kFolderSetting, QFileInfo(path).absolutePath());
    importRequest(path);
}

void RegisterPatientPage::importRequest(const QString &path)
{
    if (isBusy())
        return;
    m_request.reset();
    m_requestProblem.clear();
    m_alreadyRegistered = false;
    m_status->clear();
    auto bytes = identity::RegistrationRequest::readFile(path);
    if (!bytes) {
        m_requestProblem = bytes.error();
    } else if (auto request = identity::RegistrationRequest::decode(bytes.value()); !request) {
        m_requestProblem = tr("%1 cannot be used: %2 Ask the patient to make a new request on "
                              "their device.")
                               .arg(QFileInfo(path).fileName(), request.error());
    } else {
        m_request = Request {bytes.value(), request->identity, request->created, path};
    }
    showRequest();
    if (m_request) {
        checkNotRegistered();
        m_nationalId->setFocus(Qt::OtherFocusReason);
    }
}

std::optional<client::IdentityId> RegisterPatientPage::requestIdentity() const
{
    return m_request ? std::optional(m_request->identity) : std::nullopt;
}

void RegisterPatientPage::checkNotRegistered()
{
    // Cheap to ask, and saves the clerk typing an ID the chain would refuse anyway.
    const client::IdentityId id = m_request->identity;
    m_session.findPatients(QString::fromLatin1(id.toByteArray().toHex()), this,
                           [this, id](const QList<client::PatientEntry> &found) {
                               if (!m_request || m_request->identity != id)
                                   return;
                               for (const client::PatientEntry &entry : found)
                                   if (entry.patient.id == id)
                                       m_alreadyRegistered = true;
                               showRequest();
                           });
}

void RegisterPatientPage::showRequest()
{
    const QString none = tr("—");
    if (m_request) {
        m_file->setText(QFileInfo(m_request->path).fileName());
        m_file->setToolTip(m_request->path);
        m_pseudonym->setText(identity::Enrollment::patientPseudonym(m_request->identity));
        m_identity->setText(DeskInput::groupedHex(m_request->identity));
        m_created->setText(RecordFormat::dateTime(m_request->created));
    } else {
        m_file->setText(m_requestProblem.isEmpty() ? tr("No request imported yet.") : QString());
        m_file->setToolTip(QString());
        m_pseudonym->setText(none);
        m_identity->setText(none);
        m_created->setText(none);
    }
    if (m_alreadyRegistered)
        m_requestProblemText->setText(
            tr("These keys are already registered: %1 is on the chain. The patient can open "
               "their keystore in MedChain now.")
                .arg(m_pseudonym->text()));
    else
        m_requestProblemText->setText(m_requestProblem);
    m_requestProblemText->setVisible(!m_requestProblemText->text().isEmpty());
    updateEnabled();
}

void RegisterPatientPage::clearRequest()
{
    m_request.reset();
    m_requestProblem.clear();
    m_alreadyRegistered = false;
    m_nationalId->setText(QString());
    showRequest();
}

void RegisterPatientPage::submit()
{
    if (isBusy() || !m_request || m_alreadyRegistered)
        return;
    const QString nationalId = identity::Enrollment::normalisedNationalId(m_nationalId->text());
    if (const QString problem = DeskInput::nationalIdProblem(nationalId); !problem.isEmpty()) {
        showStatus(problem, true);
        m_nationalId->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString region = m_region->text().trimmed();
    if (const QString problem = DeskInput::regionCodeProblem(region); !problem.isEmpty()) {
        showStatus(problem, true);
        m_region->setFocus(Qt::OtherFocusReason);
        return;
    }
    QSettings().setValue(kRegionSetting, region);
    m_pendingPseudonym = identity::Enrollment::patientPseudonym(m_request->identity);
    m_pending = m_session.registerPatient(m_request->bytes, nationalId, region);
    // The ID has done its job: not kept on screen, nor in the field's undo history (setText
    // clears it; clear() would not).
    m_nationalId->setText(QString());
    showStatus(tr("Registering %1… (waiting for the chain)").arg(m_pendingPseudonym), false);
    updateEnabled();
}

void RegisterPatientPage::onActionFinished(client::Session::ActionId id, bool ok,
                                           const QString &message)
{
    if (m_pending != id)
        return;
    m_pending.reset();
    if (ok) {
        const client::IdentityId patient = m_request->identity;
        showStatus(tr("%1 is registered. The patient can now open their keystore in MedChain on "
                      "their own device (File ▸ Open Keystore…) with the passphrase they chose.")
                       .arg(m_pendingPseudonym),
                   false);
        clearRequest();
        m_import->setFocus(Qt::OtherFocusReason);
        emit patientRegistered(patient);
    } else {
        showStatus(tr("%1 was not registered: %2").arg(m_pendingPseudonym, message), true);
        updateEnabled();
        m_nationalId->setFocus(Qt::OtherFocusReason);
    }
}

void RegisterPatientPage::updateEnabled()
{
    const bool busy = isBusy();
    const bool usable = m_request && !m_alreadyRegistered;
    m_import->setEnabled(!busy);
    m_nationalId->setEnabled(usable && !busy);
    m_region->setEnabled(usable && !busy);
    m_register->setEnabled(usable && !busy);
    m_busy->setVisible(busy);
}

void RegisterPatientPage::showStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

void RegisterPatientPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showRequest();
    }
    QWidget::changeEvent(event);
}

void RegisterPatientPage::retranslateUi()
{
    m_requestBox->setTitle(tr("Registration request from the patient's device"));
    m_import->setText(tr("Im&port request file…"));
    m_import->setToolTip(
        tr("The .mcreq file the patient's MedChain wrote when they made their identity (%1)")
            .arg(DeskShortcuts::importRequest().toString(QKeySequence::NativeText)));
    m_pseudonymLabel->setText(tr("Patient:"));
    m_identityLabel->setText(tr("Identity:"));
    m_identityLabel->setToolTip(tr("Read these digits to the patient: their MedChain shows the "
                                   "same on the screen where they made the request."));
    m_createdLabel->setText(tr("Request made:"));
    m_documentBox->setTitle(tr("Identity document (checked in person)"));
    m_nationalIdLabel->setText(tr("&National ID:"));
    m_nationalId->setPlaceholderText(tr("Resident ID card or passport number"));
    m_nationalIdHint->setText(
        tr("Type it from the card in front of you. The chain keeps only a salted hash of it, "
           "so no one can register the same person twice; the number itself is not stored."));
    m_regionLabel->setText(tr("Region &code:"));
    m_region->setPlaceholderText(tr("e.g. 340104"));
    m_regionHint->setText(tr("The patient's region (administrative division code); the last "
                             "one used is kept for the next patient."));
    m_register->setText(tr("Re&gister"));
    m_register->setToolTip(tr("Register this patient on the chain (Ctrl+Return)"));
}

} // namespace medchain::ui

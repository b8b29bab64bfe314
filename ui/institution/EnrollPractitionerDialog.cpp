#include "institution/EnrollPractitionerDialog.h"

#include "common/NewPassphraseFields.h"
#include "common/SaveFileField.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {
QLineEdit *field(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

/// name as a file name on every platform: no separators or characters Windows refuses.
QString fileNameFor(const QString &name)
{
    static const QString kRefused = QStringLiteral("/\\:*?\"<>|");
    QString out;
    for (const QChar c : name.trimmed())
        out.append(c.isPrint() && !kRefused.contains(c) ? c : QLatin1Char('-'));
    return out.isEmpty() ? QStringLiteral("practitioner") : out;
}
} // namespace

EnrollPractitionerDialog::EnrollPractitionerDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("enrollPractitionerDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_name = field(QStringLiteral("enrollName"), this);
    m_licence = field(QStringLiteral("enrollLicence"), this);
    m_specialty = field(QStringLiteral("enrollSpecialty"), this);
    m_path = new SaveFileField(this);
    m_path->setObjectName(QStringLiteral("enrollKeystore"));
    m_passphraseNote = new QLabel(this);
    m_passphraseNote->setWordWrap(true);
    m_passphrase = new NewPassphraseFields(this);
    m_passphrase->setObjectName(QStringLiteral("enrollPassphrase"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("enrollProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setVisible(false);

    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_licenceLabel = new QLabel(this);
    m_licenceLabel->setBuddy(m_licence);
    m_specialtyLabel = new QLabel(this);
    m_specialtyLabel->setBuddy(m_specialty);
    m_pathLabel = new QLabel(this);
    m_pathLabel->setBuddy(m_path->edit());

    m_buttons = new QDialogButtonBox(this);
    m_accept = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("enrollAccept"));
    m_accept->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("enrollCancel"));

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_licenceLabel, m_licence);
    form->addRow(m_specialtyLabel, m_specialty);
    form->addRow(m_pathLabel, m_path);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_passphraseNote);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_name, m_licence);
    setTabOrder(m_licence, m_specialty);
    setTabOrder(m_specialty, m_path);
    setTabOrder(m_path, m_passphrase);
    setTabOrder(m_passphrase, m_accept);
    setTabOrder(m_accept, m_cancel);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrollPractitionerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrollPractitionerDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &EnrollPractitionerDialog::suggestPath);
    connect(m_path, &SaveFileField::changed, this, [this] {
        if (!m_suggesting)
            m_pathChosen = true;
    });

    retranslateUi();
    suggestPath();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 44, sizeHint().height());
}

EnrollPractitionerDialog::~EnrollPractitionerDialog()
{
    m_passphrase->clear();
}

client::PractitionerForm EnrollPractitionerDialog::form() const
{
    return {m_name->text().trimmed(), m_licence->text().trimmed(), m_specialty->text().trimmed()};
}

QString EnrollPractitionerDialog::keystorePath() const
{
    const QString typed = m_path->path();
    if (typed.isEmpty() || !QFileInfo(typed).suffix().isEmpty())
        return typed;
    return typed + QStringLiteral(".mcid");
}

crypto::SecureBuffer EnrollPractitionerDialog::takePassphrase()
{
    return std::move(m_passphraseUtf8);
}

void EnrollPractitionerDialog::suggestPath()
{
    if (m_pathChosen)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_suggesting = true;
    m_path->setPath(
        QDir(documents).filePath(fileNameFor(m_name->text()) + QStringLiteral(".mcid")));
    m_suggesting = false;
}

QString EnrollPractitionerDialog::problem() const
{
    const client::PractitionerForm typed = form();
    if (typed.name.isEmpty())
        return tr("Type the practitioner's name as on their licence.");
    if (typed.licenceNumber.isEmpty())
        return tr("Type the practitioner's licence number.");
    const QString path = keystorePath();
    if (path.isEmpty())
        return tr("Choose where to save the practitioner's keystore.");
    if (!QDir::isAbsolutePath(path))
        return tr("Give the keystore's full path, or choose it with Browse.");
    const QFileInfo file(path);
    if (file.exists())
        return tr("%1 already exists. Choose another file: a keystore is never written over "
                  "another.")
            .arg(QDir::toNativeSeparators(path));
    if (!file.absoluteDir().exists())
        return tr("The folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(file.absolutePath()));
    if (const QString passphrase = m_passphrase->problem(); !passphrase.isEmpty())
        return tr("%1 The practitioner types it again, twice.").arg(passphrase);
    return QString();
}

QWidget *EnrollPractitionerDialog::problemField() const
{
    const client::PractitionerForm typed = form();
    if (typed.name.isEmpty())
        return m_name;
    if (typed.licenceNumber.isEmpty())
        return m_licence;
    const QString path = keystorePath();
    const QFileInfo file(path);
    if (path.isEmpty() || !QDir::isAbsolutePath(path) || file.exists()
        || !file.absoluteDir().exists())
        return m_path->edit();
    return m_passphrase->first();
}

void EnrollPractitionerDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        QWidget *wrong = problemField();
        if (wrong == m_passphrase->first())
            m_passphrase->clear(); // typed again from the start, by the practitioner
        else if (auto *edit = qobject_cast<QLineEdit *>(wrong))
            edit->selectAll();
        m_problem->setText(why);
        m_problem->setVisible(true);
        wrong->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_passphraseUtf8 = m_passphrase->take();
    QDialog::accept();
}

void EnrollPractitionerDialog::done(int result)
{
    m_passphrase->clear();
    QDialog::done(result);
}

void EnrollPractitionerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EnrollPractitionerDialog::retranslateUi()
{
    setWindowTitle(tr("Enroll a Practitioner"));
    m_intro->setText(tr("The practitioner gets a keystore of their own: their keys, and the "
                        "network's registration key their records need. Hand it over on their "
                        "workstation or on a removable drive, never by e-mail."));
    m_nameLabel->setText(tr("&Name:"));
    m_licenceLabel->setText(tr("&Licence number:"));
    m_specialtyLabel->setText(tr("&Specialty:"));
    m_specialty->setPlaceholderText(tr("e.g. Respiratory medicine"));
    m_pathLabel->setText(tr("&Keystore file:"));
    m_path->setFilter(tr("MedChain keystores (*.mcid);;All files (*)"));
    m_passphraseNote->setText(
        tr("Turn the screen to the practitioner: they type the passphrase themselves, twice "
           "(at least %n characters). It opens their keystore; no one else should know it.",
           nullptr, NewPassphraseFields::MinLength));
    m_accept->setText(tr("&Enroll"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace medchain::ui

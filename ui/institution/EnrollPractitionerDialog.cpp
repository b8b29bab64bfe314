#include "institution/EnrollPractitionerDialog.h"

#include "common/NewPassphraseFields.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>

namespace medchain::ui {

namespace {
QLineEdit *field(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

QLabel *labelFor(QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(field);
    return label;
}
} // namespace

EnrollPractitionerDialog::EnrollPractitionerDialog(QWidget *parent)
    : EnrollDialogBase(QStringLiteral("practitioner"), parent)
{
    setObjectName(QStringLiteral("enrollPractitionerDialog"));
    m_name = field(QStringLiteral("enrollName"), this);
    m_licence = field(QStringLiteral("enrollLicence"), this);
    m_specialty = field(QStringLiteral("enrollSpecialty"), this);
    m_nameLabel = labelFor(m_name, this);
    m_licenceLabel = labelFor(m_licence, this);
    m_specialtyLabel = labelFor(m_specialty, this);
    addField(m_nameLabel, m_name);
    addField(m_licenceLabel, m_licence);
    addField(m_specialtyLabel, m_specialty);

    retranslateUi();
    suggestPathFrom(m_name);
    finishForm({m_name, m_licence, m_specialty});
}

client::PractitionerForm EnrollPractitionerDialog::form() const
{
    return {m_name->text().trimmed(), m_licence->text().trimmed(), m_specialty->text().trimmed()};
}

EnrollDialogBase::FieldProblem EnrollPractitionerDialog::fieldProblem() const
{
    const client::PractitionerForm typed = form();
    if (typed.name.isEmpty())
        return {tr("Type the practitioner's name as on their licence."), m_name};
    if (typed.licenceNumber.isEmpty())
        return {tr("Type the practitioner's licence number."), m_licence};
    return {};
}

void EnrollPractitionerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    EnrollDialogBase::changeEvent(event);
}

void EnrollPractitionerDialog::retranslateUi()
{
    setWindowTitle(tr("Enroll a Practitioner"));
    m_nameLabel->setText(tr("&Name:"));
    m_licenceLabel->setText(tr("&Licence number:"));
    m_specialtyLabel->setText(tr("&Specialty:"));
    m_specialty->setPlaceholderText(tr("e.g. Respiratory medicine"));
    setTexts({
        tr("The practitioner gets a keystore of their own: their keys, and the network's "
           "registration key their records need. Hand it over on their workstation or on a "
           "removable drive, never by e-mail."),
        tr("&Keystore file:"),
        tr("Turn the screen to the practitioner: they type the passphrase themselves, twice "
           "(at least %n characters). It opens their keystore; no one else should know it.",
           nullptr, NewPassphraseFields::MinLength),
        tr("%1 The practitioner types it again, twice."),
        tr("Choose where to save the practitioner's keystore."),
    });
}

} // namespace medchain::ui

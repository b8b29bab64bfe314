#include "regulator/EnrollInstitutionDialog.h"

#include "common/MedicalCatalog.h"
#include "common/NewPassphraseFields.h"
#include "demo/Catalog.h"
#include "patient/PartyText.h"
#include "regulator/SurveillanceText.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace medchain::ui {

namespace {

constexpr chain::InstitutionKind kKinds[] = {
    chain::InstitutionKind::Hospital,     chain::InstitutionKind::Clinic,
    chain::InstitutionKind::Laboratory,   chain::InstitutionKind::PaymentGateway,
    chain::InstitutionKind::TrialSponsor, chain::InstitutionKind::RegulatorOffice,
    chain::InstitutionKind::FundManager,
};

bool isDistrictCode(const QString &code)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    return sixDigits.match(code).hasMatch();
}

/// "Shushan District, Hefei" for a district the catalog knows; its name alone above that.
QString placeName(const QString &code)
{
    const demo::Catalog *catalog = medicalCatalog();
    if (!catalog || !catalog->region(code))
        return QString();
    const QString city = catalog->cityOf(code);
    if (city.isEmpty() || city == code)
        return SurveillanceText::regionName(code);
    return EnrollInstitutionDialog::tr("%1, %2", "district, city")
        .arg(SurveillanceText::regionName(code), SurveillanceText::regionName(city));
}

} // namespace

EnrollInstitutionDialog::EnrollInstitutionDialog(QWidget *parent)
    : EnrollDialogBase(QStringLiteral("institution"), parent)
{
    setObjectName(QStringLiteral("enrollInstitutionDialog"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("enrollKind"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("enrollName"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("enrollRegion"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_regionName = new QLabel(this);
    m_regionName->setObjectName(QStringLiteral("enrollRegionName"));
    m_regionName->setForegroundRole(QPalette::PlaceholderText);

    m_kindLabel = new QLabel(this);
    m_kindLabel->setBuddy(m_kind);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_regionLabel = new QLabel(this);
    m_regionLabel->setBuddy(m_region);
    addField(m_kindLabel, m_kind);
    addField(m_nameLabel, m_name);
    addField(m_regionLabel, m_region);
    addField(nullptr, m_regionName);

    connect(m_region, &QComboBox::currentTextChanged, this,
            &EnrollInstitutionDialog::showRegionName);

    fillKinds();
    fillRegions();
    retranslateUi();
    suggestPathFrom(m_name);
    finishForm({m_kind, m_name, m_region});
}

void EnrollInstitutionDialog::fillKinds()
{
    const int current = m_kind->currentIndex();
    m_kind->clear();
    for (const chain::InstitutionKind kind : kKinds)
        m_kind->addItem(PartyText::kind(kind), int(kind));
    m_kind->setCurrentIndex(current < 0 ? 0 : current);
}

void EnrollInstitutionDialog::fillRegions()
{
    const QString typed = m_region->currentText();
    m_region->clear();
    if (const demo::Catalog *catalog = medicalCatalog())
        for (const demo::RegionEntry &region : catalog->regions())
            if (region.level == demo::RegionLevel::District)
                m_region->addItem(
                    tr("%1 %2", "district code and place").arg(region.code, placeName(region.code)),
                    region.code);
    // Typing any part of a district's name or code finds it.
    m_region->completer()->setFilterMode(Qt::MatchContains);
    m_region->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_region->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_region->setCurrentIndex(-1);
    m_region->setEditText(typed);
}

void EnrollInstitutionDialog::showRegionName()
{
    const QString code = form().regionCode;
    if (code.isEmpty() || !isDistrictCode(code)) {
        m_regionName->setText(tr("Six digits (GB/T 2260), e.g. 340104; or type a place's name."));
        return;
    }
    const QString place = placeName(code);
    m_regionName->setText(
        place.isEmpty() ? tr("%1 is not in this program's list of places; check it.").arg(code)
                        : place);
}

client::InstitutionForm EnrollInstitutionDialog::form() const
{
    const QString region = m_region->currentText().trimmed();
    return {chain::InstitutionKind(m_kind->currentData().toInt()), m_name->text().trimmed(),
            region.section(QLatin1Char(' '), 0, 0)};
}

InstitutionEnrollment EnrollInstitutionDialog::takeEnrollment()
{
    return {form(), keystorePath(), std::make_shared<crypto::SecureBuffer>(takePassphrase())};
}

EnrollDialogBase::FieldProblem EnrollInstitutionDialog::fieldProblem() const
{
    const client::InstitutionForm typed = form();
    if (typed.name.isEmpty())
        return {tr("Type the institution's name as on its licence."), m_name};
    if (typed.regionCode.isEmpty())
        return {tr("Choose the institution's district, or type its six-digit code."), m_region};
    if (!isDistrictCode(typed.regionCode))
        return {tr("\"%1\" is not a district code: six digits, e.g. 340104.").arg(typed.regionCode),
                m_region};
    return {};
}

void EnrollInstitutionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillKinds();
        fillRegions();
        retranslateUi();
    }
    EnrollDialogBase::changeEvent(event);
}

void EnrollInstitutionDialog::retranslateUi()
{
    setWindowTitle(tr("Enroll an Institution"));
    m_kindLabel->setText(tr("&Kind:"));
    m_nameLabel->setText(tr("&Name:"));
    m_regionLabel->setText(tr("&District:"));
    m_region->lineEdit()->setPlaceholderText(tr("e.g. 340104, or a district's name"));
    setTexts({
        tr("The institution gets a keystore of its own: its keys, and the network's registration "
           "key its desk needs to register patients. Hand it over on a removable drive, never by "
           "e-mail."),
        tr("Key&store file:"),
        tr("The institution's representative types the passphrase themselves, twice (at least "
           "%n characters). It opens the institution's keystore; no one else should know it.",
           nullptr, NewPassphraseFields::MinLength),
        tr("%1 The institution's representative types it again, twice."),
        QString(), // NewKeystorePath's words
    });
    showRegionName();
}

} // namespace medchain::ui

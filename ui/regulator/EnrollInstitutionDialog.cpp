#include "regulator/EnrollInstitutionDialog.h"

#include "common/MedicalCatalog.h"
#include "common/NewPassphraseFields.h"
#include "common/SaveFileField.h"
#include "demo/Catalog.h"
#include "patient/PartyText.h"
#include "regulator/NewKeystorePath.h"
#include "regulator/SurveillanceText.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

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

EnrollInstitutionDialog::EnrollInstitutionDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("enrollInstitutionDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
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

    m_kindLabel = new QLabel(this);
    m_kindLabel->setBuddy(m_kind);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_regionLabel = new QLabel(this);
    m_regionLabel->setBuddy(m_region);
    m_pathLabel = new QLabel(this);
    m_pathLabel->setBuddy(m_path->edit());

    m_buttons = new QDialogButtonBox(this);
    m_accept = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("enrollAccept"));
    m_accept->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("enrollCancel"));

    auto *form = new QFormLayout;
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_regionLabel, m_region);
    form->addRow(QString(), m_regionName);
    form->addRow(m_pathLabel, m_path);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_passphraseNote);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_kind, m_name);
    setTabOrder(m_name, m_region);
    setTabOrder(m_region, m_path);
    setTabOrder(m_path, m_passphrase);
    setTabOrder(m_passphrase, m_accept);
    setTabOrder(m_accept, m_cancel);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrollInstitutionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrollInstitutionDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &EnrollInstitutionDialog::suggestPath);
    connect(m_region, &QComboBox::currentTextChanged, this,
            &EnrollInstitutionDialog::showRegionName);
    connect(m_path, &SaveFileField::changed, this, [this] {
        if (!m_suggesting)
            m_pathChosen = true;
    });

    fillKinds();
    fillRegions();
    retranslateUi();
    suggestPath();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 44, sizeHint().height());
}

EnrollInstitutionDialog::~EnrollInstitutionDialog()
{
    m_passphrase->clear();
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

QString EnrollInstitutionDialog::keystorePath() const
{
    return NewKeystorePath::withSuffix(m_path->path());
}

InstitutionEnrollment EnrollInstitutionDialog::takeEnrollment()
{
    return {form(), keystorePath(),
            std::make_shared<crypto::SecureBuffer>(std::move(m_passphraseUtf8))};
}

void EnrollInstitutionDialog::suggestPath()
{
    if (m_pathChosen)
        return;
    m_suggesting = true;
    m_path->setPath(NewKeystorePath::suggestion(m_name->text(), QStringLiteral("institution")));
    m_suggesting = false;
}

QString EnrollInstitutionDialog::problem() const
{
    const client::InstitutionForm typed = form();
    if (typed.name.isEmpty())
        return tr("Type the institution's name as on its licence.");
    if (typed.regionCode.isEmpty())
        return tr("Choose the institution's district, or type its six-digit code.");
    if (!isDistrictCode(typed.regionCode))
        return tr("\"%1\" is not a district code: six digits, e.g. 340104.").arg(typed.regionCode);
    if (const QString path = NewKeystorePath::problem(keystorePath()); !path.isEmpty())
        return path;
    if (const QString passphrase = m_passphrase->problem(); !passphrase.isEmpty())
        return tr("%1 The institution's representative types it again, twice.").arg(passphrase);
    return QString();
}

QWidget *EnrollInstitutionDialog::problemField() const
{
    const client::InstitutionForm typed = form();
    if (typed.name.isEmpty())
        return m_name;
    if (!isDistrictCode(typed.regionCode))
        return m_region;
    if (!NewKeystorePath::problem(keystorePath()).isEmpty())
        return m_path->edit();
    return m_passphrase->first();
}

void EnrollInstitutionDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        QWidget *wrong = problemField();
        if (wrong == m_passphrase->first())
            m_passphrase->clear(); // typed again from the start, by the representative
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

void EnrollInstitutionDialog::done(int result)
{
    m_passphrase->clear();
    QDialog::done(result);
}

void EnrollInstitutionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillKinds();
        fillRegions();
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void EnrollInstitutionDialog::retranslateUi()
{
    setWindowTitle(tr("Enroll an Institution"));
    m_intro->setText(tr("The institution gets a keystore of its own: its keys, and the network's "
                        "registration key its desk needs to register patients. Hand it over on a "
                        "removable drive, never by e-mail."));
    m_kindLabel->setText(tr("&Kind:"));
    m_nameLabel->setText(tr("&Name:"));
    m_regionLabel->setText(tr("&District:"));
    m_region->lineEdit()->setPlaceholderText(tr("e.g. 340104, or a district's name"));
    m_pathLabel->setText(tr("Key&store file:"));
    m_path->setFilter(tr("MedChain keystores (*.mcid);;All files (*)"));
    m_passphraseNote->setText(
        tr("The institution's representative types the passphrase themselves, twice (at least "
           "%n characters). It opens the institution's keystore; no one else should know it.",
           nullptr, NewPassphraseFields::MinLength));
    m_accept->setText(tr("&Enroll"));
    m_cancel->setText(tr("Cancel"));
    showRegionName();
}

} // namespace medchain::ui

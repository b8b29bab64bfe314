#include "doctor/PrescriptionSection.h"

#include "common/MedicalCatalog.h"
#include "demo/Catalog.h"
#include "demo/Dosing.h"
#include "doctor/CatalogCompleter.h"
#include "doctor/CatalogListModel.h"
#include "doctor/DiagnosisSection.h"
#include "doctor/EncounterChecks.h"
#include "doctor/PatientListModel.h"
#include "patient/RecordFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace medchain::ui {

namespace {
constexpr int kMaxDays = 365;
}

PrescriptionSection::PrescriptionSection(QWidget *parent)
    : EncounterSection(QStringLiteral("prescription"), parent)
{
    m_catalog = new CatalogListModel(CatalogListModel::drugEntries(medicalCatalog()), this);
    m_completer = new CatalogCompleter(m_catalog, this);
    m_drug = new QLineEdit(this);
    m_drug->setObjectName(QStringLiteral("drugCode"));
    m_drug->setCompleter(m_completer);
    m_drugLabel = new QLabel(this);
    m_drugLabel->setBuddy(m_drug);
    m_drugName = new QLabel(this);
    m_drugName->setObjectName(QStringLiteral("drugName"));
    m_dose = new QLineEdit(this);
    m_dose->setObjectName(QStringLiteral("drugDose"));
    m_dose->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000.000")) * 2);
    m_doseLabel = new QLabel(this);
    m_doseLabel->setBuddy(m_dose);
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("drugFrequency"));
    for (const QString &code : frequencies())
        m_frequency->addItem(code, code);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("drugDays"));
    m_days->setRange(1, kMaxDays);
    m_days->setValue(3);
    m_daysLabel = new QLabel(this);
    m_daysLabel->setBuddy(m_days);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("doseWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                 .arg(PatientListModel::emergencyColour().name()));
    m_warning->hide();

    // The drug on the first line, as wide as it can be; how to take it on the second.
    inputRow()->addWidget(m_drugLabel);
    inputRow()->addWidget(m_drug, 1);
    auto *howRow = new QHBoxLayout;
    howRow->addWidget(m_doseLabel);
    howRow->addWidget(m_dose);
    howRow->addWidget(m_frequency);
    howRow->addWidget(m_daysLabel);
    howRow->addWidget(m_days);
    howRow->addStretch(1);
    auto *column = qobject_cast<QVBoxLayout *>(layout());
    column->insertWidget(1, m_drugName);
    column->insertLayout(2, howRow);
    column->insertWidget(3, m_warning);

    addOnEnter(m_drug);
    addOnEnter(m_dose);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &PrescriptionSection::prefill);
    connect(m_drug, &QLineEdit::textChanged, this, [this] {
        // A drug named in full fills an empty dose with its usual one, as picking it does.
        const QString code = chosenCode();
        if (!code.isEmpty() && code != m_namedDrug && m_dose->text().trimmed().isEmpty())
            prefill(code);
        m_namedDrug = code;
        updateWarning();
    });
    connect(m_dose, &QLineEdit::textChanged, this, &PrescriptionSection::updateWarning);
    connect(m_frequency, &QComboBox::currentIndexChanged, this,
            &PrescriptionSection::updateWarning);
    setTabOrder(m_drug, m_dose);
    setTabOrder(m_dose, m_frequency);
    setTabOrder(m_frequency, m_days);
    retranslateSection();
}

QStringList PrescriptionSection::frequencies()
{
    QStringList codes = demo::frequencyCodes();
    codes.append(QStringLiteral("prn"));
    return codes;
}

QString PrescriptionSection::warningFor(const records::Prescription &prescription)
{
    const demo::Catalog *catalog = medicalCatalog();
    const std::optional<qint64> max
        = catalog ? catalog->maxDailyDoseMicrograms(prescription.drugCode) : std::nullopt;
    if (!max)
        return {};
    return EncounterChecks::doseWarning(prescription.doseMicrograms, prescription.frequency, *max)
        .value_or(QString());
}

void PrescriptionSection::setItems(const QList<records::Prescription> &items)
{
    m_items = items;
    refresh();
    emit changed();
}

bool PrescriptionSection::hasInput() const
{
    return !m_drug->text().trimmed().isEmpty();
}

QList<QWidget *> PrescriptionSection::inputs() const
{
    return {m_drug, m_dose, m_frequency, m_days};
}

QString PrescriptionSection::chosenCode() const
{
    return uniqueCatalogCode(*m_completer, m_drug->text());
}

void PrescriptionSection::prefill(const QString &code)
{
    const demo::Catalog *catalog = medicalCatalog();
    const demo::DrugEntry *drug = catalog ? catalog->drug(code) : nullptr;
    if (!drug)
        return;
    m_dose->setText(EncounterChecks::milligramsText(drug->doseMicrograms));
    if (!drug->frequencies.isEmpty()) {
        const int index = m_frequency->findData(drug->frequencies.first().toLower());
        if (index >= 0)
            m_frequency->setCurrentIndex(index);
    }
    m_days->setValue(qBound(1, drug->minDays, kMaxDays));
    updateWarning();
}

QString PrescriptionSection::addFromInput()
{
    const QString typed = m_drug->text().trimmed();
    if (typed.isEmpty())
        return tr("Type a drug's name or ATC code, then pick it from the list.");
    const std::optional<qint64> dose = EncounterChecks::parseMilligrams(m_dose->text());
    if (!dose)
        return tr("Enter the dose per administration in mg, such as 500 or 62.5 (at most three "
                  "decimals).");
    records::Prescription prescription;
    const QString code = chosenCode();
    if (const CatalogListModel::Entry *entry = m_catalog->find(code)) {
        prescription.drugCode = entry->code;
        prescription.drugName = CatalogListModel::title(*entry);
    } else {
        prescription.drugName = typed; // outside the catalog: no maximum-dose check
    }
    prescription.doseMicrograms = *dose;
    prescription.frequency = m_frequency->currentData().toString();
    prescription.durationDays = m_days->value();
    m_items.append(prescription);
    return {};
}

void PrescriptionSection::removeItem(int row)
{
    m_items.removeAt(row);
}

void PrescriptionSection::clearItems()
{
    m_items.clear();
}

void PrescriptionSection::clearInput()
{
    m_dose->clear();
    m_drug->clear();
    m_days->setValue(3);
    m_frequency->setCurrentIndex(0);
    updateWarning();
}

QList<EncounterSection::Line> PrescriptionSection::lines() const
{
    QList<Line> result;
    for (const records::Prescription &prescription : m_items)
        result.append({RecordFormat::prescription(prescription), warningFor(prescription)});
    return result;
}

void PrescriptionSection::updateWarning()
{
    const QString code = chosenCode();
    const CatalogListModel::Entry *entry = m_catalog->find(code);
    m_drugName->setText(entry ? tr("%1 (%2)").arg(CatalogListModel::title(*entry), entry->code)
                              : QString());
    m_drugName->setVisible(entry != nullptr);
    QString warning;
    if (const std::optional<qint64> dose = EncounterChecks::parseMilligrams(m_dose->text());
        dose && entry)
        warning = warningFor({entry->code, entry->titleEn, *dose,
                              m_frequency->currentData().toString(), m_days->value()});
    else if (!entry && !m_drug->text().trimmed().isEmpty())
        warning = tr("Not in the catalog: the maximum daily dose cannot be checked.");
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void PrescriptionSection::retranslateSection()
{
    EncounterSection::retranslateSection();
    setTitle(tr("Prescriptions"));
    m_drugLabel->setText(tr("D&rug:"));
    m_drug->setPlaceholderText(tr("Name or ATC code"));
    m_doseLabel->setText(tr("Do&se (mg):"));
    m_dose->setPlaceholderText(tr("500"));
    m_daysLabel->setText(tr("Days:"));
    for (int i = 0; i < m_frequency->count(); ++i)
        m_frequency->setItemText(i, RecordFormat::frequency(m_frequency->itemData(i).toString()));
    m_catalog->retranslate();
    updateWarning();
}

} // namespace medchain::ui

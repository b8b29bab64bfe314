// The prescriptions of an encounter: a drug completed from the catalog (ATC code, English or
// Chinese name), a dose in mg read as integer micrograms, a frequency and a course in days; a
// dose above the drug's maximum daily dose shows a WARNING, live and on its line.
#pragma once

#include "doctor/EncounterSection.h"
#include "records/RecordContent.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace medchain::ui {

class CatalogCompleter;
class CatalogListModel;

class PrescriptionSection : public EncounterSection {
    Q_OBJECT
public:
    explicit PrescriptionSection(QWidget *parent = nullptr);

    const QList<records::Prescription> &items() const { return m_items; }
    void setItems(const QList<records::Prescription> &items);
    bool hasInput() const override;
    QList<QWidget *> inputs() const override;
    /// The warning for a prescription (above the catalog's maximum daily dose), or empty.
    static QString warningFor(const records::Prescription &prescription);
    /// The frequency codes offered: demo/Dosing.h's, then "prn" (as needed).
    static QStringList frequencies();

protected:
    QString addFromInput() override;
    void removeItem(int row) override;
    void clearItems() override;
    void clearInput() override;
    QList<Line> lines() const override;
    void retranslateSection() override;

private:
    /// The drug the field names now: its code, or empty for a name outside the catalog.
    QString chosenCode() const;
    /// A drug was picked: its usual dose, frequency and course fill the fields.
    void prefill(const QString &code);
    void updateWarning();

    CatalogListModel *m_catalog = nullptr;
    CatalogCompleter *m_completer = nullptr;
    QLabel *m_drugLabel = nullptr;
    QLineEdit *m_drug = nullptr;
    QLabel *m_drugName = nullptr;
    QLabel *m_doseLabel = nullptr;
    QLineEdit *m_dose = nullptr;
    QComboBox *m_frequency = nullptr;
    QLabel *m_daysLabel = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_warning = nullptr;
    QString m_namedDrug; // the catalog drug the field named last
    QList<records::Prescription> m_items;
};

} // namespace medchain::ui

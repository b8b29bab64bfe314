// The diagnoses of an encounter: an ICD-10 code completed from the catalog by code or by its
// English or Chinese title, an optional note, in the order the doctor lists them.
#pragma once

#include "doctor/EncounterSection.h"
#include "records/RecordContent.h"

class QLabel;
class QLineEdit;

namespace medchain::ui {

class CatalogCompleter;
class CatalogListModel;

class DiagnosisSection : public EncounterSection {
    Q_OBJECT
public:
    explicit DiagnosisSection(QWidget *parent = nullptr);

    const QList<records::Diagnosis> &items() const { return m_items; }
    void setItems(const QList<records::Diagnosis> &items);
    bool hasInput() const override;
    QList<QWidget *> inputs() const override;
    CatalogCompleter *completer() const { return m_completer; }

protected:
    QString addFromInput() override;
    void removeItem(int row) override;
    void clearItems() override;
    void clearInput() override;
    QList<Line> lines() const override;
    void retranslateSection() override;

private:
    void showTitle();

    CatalogListModel *m_catalog = nullptr;
    CatalogCompleter *m_completer = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    QList<records::Diagnosis> m_items;
};

/// The catalog code that text names: the code itself (any case), or the only entry whose code or
/// title contains text; empty when none or several do. Shared by the form's code fields.
QString uniqueCatalogCode(const CatalogCompleter &completer, const QString &text);

} // namespace medchain::ui

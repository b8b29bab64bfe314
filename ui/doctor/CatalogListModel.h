// Catalog entries (ICD-10 codes, drugs, exams) as a list for completers: shown as "code — title"
// in the interface language, matched against the code and both titles.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace medchain::demo {
class Catalog;
}

namespace medchain::ui {

class CatalogListModel : public QAbstractListModel {
    Q_OBJECT
public:
    struct Entry {
        QString code; // ICD-10 code, ATC code or exam order code
        QString titleEn;
        QString titleZh;
    };

    enum Role {
        CodeRole = Qt::UserRole, // QString
        MatchRole, // QString: code, English and Chinese title; what a completer matches
        TitleRole, // QString: the title in the interface language
    };

    explicit CatalogListModel(QList<Entry> entries, QObject *parent = nullptr);

    /// The catalog's entries of one kind, in catalog order (empty without a catalog).
    static QList<Entry> icd10Entries(const demo::Catalog *catalog);
    static QList<Entry> drugEntries(const demo::Catalog *catalog);
    static QList<Entry> examEntries(const demo::Catalog *catalog);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The entry whose code is code (case-insensitively), or null.
    const Entry *find(const QString &code) const;
    /// The entry's title in the interface language (Chinese for a Chinese locale).
    static QString title(const Entry &entry);
    /// Titles follow the interface language: call on QEvent::LanguageChange.
    void retranslate();

private:
    QList<Entry> m_entries;
};

} // namespace medchain::ui

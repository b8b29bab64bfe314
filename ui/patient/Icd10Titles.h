// ICD-10 titles in the language the user reads, from the embedded catalog (:/catalog).
// The catalog is loaded once on first use and shared; the language is QLocale()'s (zh* → Chinese).
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace medchain::ui {

class Icd10Titles {
public:
    /// The language titles are shown in now: QLocale()'s, so it follows QLocale::setDefault.
    static QLocale::Language currentLanguage();

    /// The code's title in the current language; empty when the catalog does not list it.
    static QString title(const QString &code);
    static QString title(const QString &code, QLocale::Language language);

    /// "J10.1 Influenza with …": the code and its title, or the code alone when unknown.
    static QString describe(const QString &code);
    /// The codes described and joined with "; ", in the order given.
    static QString describeAll(const QStringList &codes);

    /// The code with its English and Chinese titles, lower case: what a search matches against,
    /// so a title can be found in either language whatever the interface speaks.
    static QString searchText(const QString &code);
};

} // namespace medchain::ui

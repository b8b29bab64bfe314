#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

namespace medchain {

Translations::Translations(QObject *parent) : QObject(parent) { }

Translations::~Translations()
{
    removeInstalled();
}

QList<Language> Translations::available()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QString Translations::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

bool Translations::switchTo(const QString &code)
{
    const QList<Language> languages = available();
    const bool known = std::any_of(languages.cbegin(), languages.cend(),
                                   [&](const Language &language) { return language.code == code; });
    if (!known)
        return false;
    if (code == m_current)
        return true;

    removeInstalled();
    // Before the translators: widgets that retranslate on the change read the locale too
    // (dates, ICD-10 titles in the user's language).
    QLocale::setDefault(QLocale(code));
    auto appTranslator = std::make_unique<QTranslator>();
    // The embedded catalogues come from translations/ (built by lrelease into :/i18n).
    if (appTranslator->load(QStringLiteral(":/i18n/medchain_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(appTranslator.get());
        m_appTranslator = std::move(appTranslator);
    }
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(code),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        m_qtTranslator = std::move(qtTranslator);
    }
    m_current = code;
    emit languageChanged(code);
    return true;
}

void Translations::removeInstalled()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

} // namespace medchain

// The languages MedChain speaks and the translators that make it speak one of them.
// Switching installs new translators, which sends QEvent::LanguageChange to every widget.
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace medchain {

struct Language {
    QString code; // "en", "zh_CN"
    QString nativeName; // the language's name in itself: "English", "简体中文"
};

class Translations : public QObject {
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    static QList<Language> available();
    /// The available language closest to the system locale; English when none is close.
    static QString systemDefault();

    /// Installs MedChain's and Qt's translations for code; false for an unknown code.
    bool switchTo(const QString &code);
    QString current() const { return m_current; }

signals:
    void languageChanged(const QString &code);

private:
    void removeInstalled();

    QString m_current;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace medchain

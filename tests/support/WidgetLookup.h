// Finding widgets by object name in GUI tests, the way the tests drive the views. Test support
// only.
#pragma once

#include <QAbstractButton>
#include <QLabel>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <QtGlobal>

#include <optional>

namespace medchain::testing {

/// The child of type T named name, or null with a warning naming what is missing.
template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

/// The visible dialog (or message box) named name: earlier ones may await deletion, hidden.
template <typename T> T *openChild(QWidget &parent, const QString &name)
{
    const QList<T *> found = parent.findChildren<T *>(name);
    for (T *each : found)
        if (each->isVisible())
            return each;
    return nullptr;
}

/// The mnemonic letter of text ("Re&gister" → 'G'), or nothing.
inline std::optional<QChar> mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return std::nullopt;
}

/// The texts whose Alt+letters view offers: its visible buttons' (but those named in skip) and
/// its visible labels' that have a buddy.
inline QStringList shownMnemonicTexts(const QWidget &view, const QStringList &skip = {})
{
    QStringList texts;
    for (const QAbstractButton *button : view.findChildren<QAbstractButton *>())
        if (button->isVisibleTo(&view) && !skip.contains(button->objectName()))
            texts.append(button->text());
    for (const QLabel *label : view.findChildren<QLabel *>())
        if (label->buddy() && label->isVisibleTo(&view))
            texts.append(label->text());
    return texts;
}

/// The first two of texts whose Alt+letter is the same, the main window's menus holding F, L and
/// H already ("&Find and File menu"); empty when every letter reaches one thing.
inline QString mnemonicClash(const QStringList &texts)
{
    QMap<QChar, QString> taken {{QLatin1Char('F'), QStringLiteral("File menu")},
                                {QLatin1Char('L'), QStringLiteral("Language menu")},
                                {QLatin1Char('H'), QStringLiteral("Help menu")}};
    for (const QString &text : texts) {
        const auto letter = mnemonic(text);
        if (!letter)
            continue;
        if (taken.contains(*letter))
            return QStringLiteral("%1 and %2").arg(text, taken.value(*letter));
        taken.insert(*letter, text);
    }
    return QString();
}

} // namespace medchain::testing

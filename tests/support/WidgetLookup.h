// Finding widgets by object name in GUI tests, the way the tests drive the views. Test support
// only.
#pragma once

#include <QList>
#include <QString>
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

} // namespace medchain::testing

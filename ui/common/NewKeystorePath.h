// Where a keystore made for someone else is written: a suggested file in Documents named after
// them, ".mcid" added when no suffix was typed, and why a path will not do (never over a file).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace medchain::ui {

class NewKeystorePath {
    Q_DECLARE_TR_FUNCTIONS(NewKeystorePath)
public:
    /// typed (a clean path), with ".mcid" when it has no suffix; empty stays empty.
    static QString withSuffix(const QString &typed);
    /// Documents/<name>.mcid, the name made safe as a file name on every platform (no
    /// separators or characters Windows refuses); fallback when nothing of it is left.
    static QString suggestion(const QString &name, const QString &fallback);
    /// Why no new keystore can be written at path; empty when one can.
    static QString problem(const QString &path);
};

} // namespace medchain::ui

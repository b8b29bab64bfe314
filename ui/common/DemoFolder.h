// A demo network's folder as `medchain-cli demo` and `medchain --demo` make it: network.json
// names the node folders, identities.json whom to log in as; everything opens with one passphrase.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "demo/DemoNetwork.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace medchain::ui {

class DemoFolder {
    Q_DECLARE_TR_FUNCTIONS(DemoFolder)
public:
    /// Published in the README: every demo keystore and replica opens with it.
    static constexpr char Passphrase[] = "medchain-demo";
    static crypto::SecureBuffer passphrase();

    explicit DemoFolder(QString root) : m_root(std::move(root)) { }

    QString root() const { return m_root; }
    /// Whether a whole demo is there (network.json is written once the node folders are).
    bool exists() const;
    /// The node folders, absolute, in network.json's order: the validators, then the replicas.
    Result<QStringList> nodeFolders() const;
    /// Whom to log in as, in identities.json's order.
    Result<QList<demo::DemoIdentity>> identities() const;
    /// An identity's keystore file, absolute.
    QString keystorePath(const demo::DemoIdentity &who) const;

private:
    Result<QJsonObject> readJson(const QString &name) const;

    QString m_root;
};

} // namespace medchain::ui

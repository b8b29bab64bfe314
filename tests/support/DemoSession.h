// The small demo network (SmallScenario.h) with its node running and a client::Session for one
// of its identities: what the client and GUI tests drive. Test support only.
#pragma once

#include "SmallScenario.h"

#include "client/Session.h"
#include "demo/DemoNetwork.h"
#include "identity/Keystore.h"
#include "node/NodeClient.h"

#include <QDir>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <optional>

namespace medchain::testing {

class DemoSession {
public:
    /// Creates the network (one embedded validator) from the small scenario, changed by tweak
    /// if given, and starts its node. Check ok() after.
    explicit DemoSession(const std::function<void(demo::Scenario &)> &tweak = {})
    {
        demo::Scenario scenario = demo::testing::smallScenario();
        if (tweak)
            tweak(scenario);
        auto summary
            = demo::DemoNetwork::create(m_dir.path(), scenario, demo::testing::passphrase(),
                                        crypto::Argon2Params::fastInsecureForTests());
        if (!summary) {
            m_error = summary.error();
            return;
        }
        m_summary = std::move(summary).value();
        auto node = node::NodeClient::start(nodeFolder(), demo::testing::passphrase());
        if (!node) {
            m_error = node.error();
            return;
        }
        m_node = std::move(node).value();
    }

    bool ok() const { return m_node != nullptr; }
    QString error() const { return m_error; }
    const demo::DemoSummary &summary() const { return m_summary; }
    node::NodeClient &node() { return *m_node; }
    QString nodeFolder() const
    {
        return QDir(m_dir.path()).filePath(m_summary.nodeFolders.first());
    }
    QString keystorePath(const demo::DemoIdentity &who) const
    {
        return QDir(m_dir.path()).filePath(who.keystore);
    }

    /// A session for the listed identity with role ("patient", "doctor", …), ready to read.
    std::unique_ptr<client::Session> login(const QString &role)
    {
        for (const demo::DemoIdentity &who : m_summary.identities) {
            if (who.role != role)
                continue;
            auto unlocked
                = identity::Keystore::unlock(keystorePath(who), demo::testing::passphrase());
            if (!unlocked) {
                qWarning("%s", qPrintable(unlocked.error()));
                return nullptr;
            }
            auto session = std::make_unique<client::Session>(
                *m_node, nodeFolder(), demo::testing::passphrase(), std::move(unlocked).value());
            QSignalSpy ready(session.get(), &client::Session::ready);
            if (!ready.wait(30'000))
                return nullptr;
            return session;
        }
        return nullptr;
    }

    /// Waits for session's action id to finish; its (ok, message).
    static std::pair<bool, QString> waitFor(client::Session &session, client::Session::ActionId id)
    {
        QSignalSpy finished(&session, &client::Session::actionFinished);
        for (int waited = 0; waited < 60; ++waited) {
            for (const QList<QVariant> &each : std::as_const(finished))
                if (each.at(0).value<client::Session::ActionId>() == id)
                    return {each.at(1).toBool(), each.at(2).toString()};
            finished.wait(1'000);
        }
        return {false, QStringLiteral("timed out")};
    }

private:
    QTemporaryDir m_dir;
    demo::DemoSummary m_summary;
    std::unique_ptr<node::NodeClient> m_node;
    QString m_error;
};

/// Calls a Session load and waits for its callback on the test's thread.
template <typename T, typename Load> T waitForLoad(client::Session &session, Load load)
{
    std::optional<T> result;
    QObject context;
    load(session, &context, [&result](const T &value) { result = value; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30'000))
        qFatal("a session load did not answer within 30 s");
    return *result;
}

} // namespace medchain::testing

// The registration desk's view over the small demo network, shown, active and loaded, for the
// desk's GUI tests, with the helpers they share. Test support only.
#pragma once

#include "DemoSession.h"

#include "institution/DeskView.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

namespace medchain::testing {

inline constexpr int kDeskWait = 60'000;

struct DeskViewFixture {
    std::unique_ptr<DemoSession> network;
    std::unique_ptr<client::Session> desk;
    std::unique_ptr<ui::DeskView> view;

    /// Empty when the view is up and loaded; otherwise what failed.
    QString start()
    {
        // Keystores written here (an enrolled practitioner's) derive their key in milliseconds.
        qputenv("MEDCHAIN_FAST_KDF", "1");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        network = std::make_unique<DemoSession>();
        if (!network->ok())
            return network->error();
        desk = network->login(QStringLiteral("desk"));
        if (!desk)
            return QStringLiteral("the desk could not log in");
        view = std::make_unique<ui::DeskView>(*desk);
        view->setMinimumReloadInterval(0);
        QSignalSpy loaded(view.get(), &ui::DeskView::loaded);
        view->resize(1200, 860);
        view->show();
        if (!activate())
            return QStringLiteral("the view did not become the active window");
        if (!view->isLoaded() && !loaded.wait(kDeskWait))
            return QStringLiteral("the view did not load");
        return QString();
    }

    /// Makes the view the active window again (after a dialog had the focus).
    bool activate()
    {
        view->activateWindow();
        QApplication::setActiveWindow(view.get());
        return QTest::qWaitFor([this] { return view->isActiveWindow(); });
    }

    void stop()
    {
        view.reset();
        desk.reset();
        network.reset();
    }
};

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Types text key by key, Chinese included (QTest::keyClicks takes ASCII only).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// The display texts of one column of table, top to bottom.
inline QStringList columnTexts(const QTableView *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts.append(table->model()->index(row, column).data().toString());
    return texts;
}

} // namespace medchain::testing

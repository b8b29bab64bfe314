// The view an unlocked identity works in (patient, doctor, desk, regulator), shown in the main
// window's centre. It reads and acts only through its client::Session.
#pragma once

#include <QWidget>

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class RoleView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// True once the view shows its data (see loaded()). Out of line: tests poll it through a
    /// QPointer, and GCC's -Wnull-dereference flags the inlined read.
    bool isLoaded() const;

signals:
    /// The first load has finished: screenshots and tests wait for this.
    void loaded();

protected:
    /// Views call this once their first load is on screen.
    void markLoaded()
    {
        if (m_loaded)
            return;
        m_loaded = true;
        emit loaded();
    }

private:
    bool m_loaded = false;
};

/// The view for session's role; the caller owns it.
RoleView *createRoleView(client::Session &session, QWidget *parent = nullptr);

} // namespace medchain::ui

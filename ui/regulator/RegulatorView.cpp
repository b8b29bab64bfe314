#include "regulator/RegulatorView.h"

#include "client/Session.h"
#include "common/ReloadThrottle.h"
#include "common/ShortcutListDialog.h"
#include "regulator/RegulatorDashboard.h"
#include "regulator/RegulatorShortcuts.h"
#include "regulator/SurveillanceText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace medchain::ui {

RegulatorView::RegulatorView(client::Session &session, QWidget *parent)
    : RoleView(parent), m_session(session)
{
    setObjectName(QStringLiteral("regulatorView"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("regulatorName"));
    QFont large = m_name->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    m_name->setFont(large);
    m_subtitle = new QLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("regulatorStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Created in Tab order: the tabs and their pages, then the shortcut list's button.
    m_dashboard = new RegulatorDashboard(this);
    m_shortcuts = new QPushButton(this);
    m_shortcuts->setObjectName(QStringLiteral("regulatorShortcuts"));
    m_shortcuts->setFlat(true);
    connect(m_shortcuts, &QPushButton::clicked, this, &RegulatorView::showShortcuts);

    // How far the summaries are read sits beside the tabs, where a narrow window still has room.
    m_dashboard->tabs()->setCornerWidget(m_status, Qt::TopRightCorner);
    auto *header = new QHBoxLayout;
    header->addWidget(m_name);
    header->addWidget(m_subtitle, 1, Qt::AlignBottom);
    header->addWidget(m_shortcuts);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_dashboard, 1);

    auto *list = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash), this);
    list->setContext(Qt::WidgetWithChildrenShortcut);
    connect(list, &QShortcut::activated, this, &RegulatorView::showShortcuts);

    m_throttle = new ReloadThrottle(this, [this] { load(); });
    connect(m_dashboard, &RegulatorDashboard::queryChanged, this,
            [this] { m_throttle->loadNow(); });
    connect(&m_session, &client::Session::chainChanged, this, [this] { m_throttle->request(); });
    connect(&m_session, &client::Session::ready, this, &RegulatorView::retranslateUi);
    connect(&m_session, &client::Session::failed, this, [this](const QString &reason) {
        showProblem(tr("The supervision summaries could not be read: %1").arg(reason));
    });
    retranslateUi();
    m_throttle->loadNow();
}

client::SurveillanceQuery RegulatorView::currentQuery() const
{
    return m_dashboard->currentQuery();
}

void RegulatorView::setMinimumReloadInterval(int ms)
{
    m_throttle->setMinimumInterval(ms);
}

void RegulatorView::load()
{
    const client::SurveillanceQuery asked = m_dashboard->currentQuery();
    m_session.loadSurveillance(asked, this,
                               [this, asked](const Result<client::SurveillanceSnapshot> &result) {
                                   answered(asked, result);
                               });
}

void RegulatorView::answered(const client::SurveillanceQuery &asked,
                             const Result<client::SurveillanceSnapshot> &result)
{
    // Only one query runs at a time; one asked since waits in the throttle, and its answer,
    // not this older one, is what the dashboard should show.
    const bool current = sameQuery(asked, m_dashboard->currentQuery());
    if (current) {
        if (result.ok())
            showSnapshot(result.value());
        else
            showProblem(result.error());
    }
    m_throttle->finished();
}

void RegulatorView::showSnapshot(const client::SurveillanceSnapshot &snapshot)
{
    m_shown = snapshot;
    m_problem.clear();
    m_dashboard->showSnapshot(snapshot);
    retranslateUi();
    markLoaded();
}

void RegulatorView::showProblem(const QString &message)
{
    m_problem = message;
    retranslateUi();
    // A screenshot or a test waiting for the first load gets the message instead of waiting on.
    markLoaded();
}

void RegulatorView::showShortcuts()
{
    ShortcutListDialog::show(this, RegulatorShortcuts::list());
}

void RegulatorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RoleView::changeEvent(event);
}

void RegulatorView::retranslateUi()
{
    m_name->setText(m_session.displayName());
    m_subtitle->setText(tr("Supervision dashboard"));
    m_shortcuts->setText(tr("&Keyboard shortcuts (Ctrl+/)"));
    m_status->setStyleSheet(m_problem.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    if (!m_problem.isEmpty()) {
        m_status->setText(m_problem);
        return;
    }
    if (!m_shown) {
        m_status->setText(tr("Reading the supervision summaries…"));
        return;
    }
    const int summaries
        = int(std::min<qint64>(m_shown->summaries, std::numeric_limits<int>::max()));
    QString text = tr("read up to block %1 · %Ln summary(ies)", nullptr, summaries)
                       .arg(SurveillanceText::count(qint64(m_shown->height)));
    if (m_shown->unreadable > 0)
        text = tr("%1 · %2 unreadable", "summaries that could not be decrypted")
                   .arg(text, SurveillanceText::count(m_shown->unreadable));
    m_status->setText(text);
    m_status->setToolTip(
        m_shown->unreadable > 0
            ? tr("Summaries not sealed to this identity's key, or damaged, are not counted.")
            : QString());
}

} // namespace medchain::ui

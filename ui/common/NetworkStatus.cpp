#include "common/NetworkStatus.h"

#include "node/NodeClient.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace medchain::ui {

namespace {
// QProgressBar counts in int; heights are 64-bit. Both ends are scaled alike.
int scaled(quint64 value, quint64 target)
{
    constexpr quint64 kSteps = 10'000;
    return target == 0 ? 0 : int(value * kSteps / target);
}
} // namespace

NetworkStatus::NetworkStatus(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("networkStatus"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("networkStatusText"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->hide();
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_progress);
    row->addWidget(m_label);
    retranslateUi();
}

void NetworkStatus::setNoNetwork()
{
    m_state = State::NoNetwork;
    retranslateUi();
}

void NetworkStatus::setStarting()
{
    m_state = State::Starting;
    retranslateUi();
}

void NetworkStatus::setStatus(const node::SyncStatus &status)
{
    m_state = State::Running;
    m_peers = status.peers;
    m_height = status.height;
    m_target = status.target;
    retranslateUi();
}

QString NetworkStatus::text() const
{
    return m_label->text();
}

void NetworkStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NetworkStatus::retranslateUi()
{
    const bool catchingUp = m_state == State::Running && m_target > m_height;
    m_progress->setVisible(catchingUp);
    switch (m_state) {
    case State::NoNetwork:
        m_label->setText(tr("No network"));
        m_label->setToolTip(QString());
        return;
    case State::Starting:
        m_label->setText(tr("Starting node…"));
        m_label->setToolTip(QString());
        return;
    case State::Running:
        break;
    }
    const QString peers = tr("%n peer(s)", nullptr, m_peers);
    if (catchingUp) {
        m_progress->setRange(0, scaled(m_target, m_target));
        m_progress->setValue(scaled(m_height, m_target));
        m_label->setText(
            tr("%1 · catching up: height %2 of %3")
                .arg(peers, QLocale().toString(m_height), QLocale().toString(m_target)));
        m_progress->setToolTip(m_label->text());
    } else {
        m_label->setText(tr("%1 · height %2").arg(peers, QLocale().toString(m_height)));
    }
    m_label->setToolTip(m_peers == 0 ? tr("No peer is connected: the replica may be behind.")
                                     : QString());
}

} // namespace medchain::ui

#include "regulator/RegionBreadcrumb.h"

#include "regulator/SurveillanceText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <algorithm>

namespace medchain::ui {

namespace {

/// Province, city, district, and one to spare for a deeper catalog.
constexpr int kMaxAbove = 4;

} // namespace

RegionBreadcrumb::RegionBreadcrumb(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("regionBreadcrumb"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    for (int i = 0; i < kMaxAbove; ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("regionCrumb%1").arg(i));
        button->setAutoRaise(true); // a tool button: a push button's minimum width would gap
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QToolButton::clicked, this, [this, i] {
            if (i < m_path.size())
                emit regionChosen(m_path.at(i));
        });
        auto *separator = new QLabel(QStringLiteral("▸"), this);
        separator->setForegroundRole(QPalette::PlaceholderText);
        row->addWidget(button);
        row->addWidget(separator);
        m_buttons.append(button);
        m_separators.append(separator);
    }
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("regionCrumbCurrent"));
    QFont bold = m_current->font();
    bold.setBold(true);
    m_current->setFont(bold);
    row->addWidget(m_current);
    row->addStretch(1);
    refresh();
}

void RegionBreadcrumb::setRegion(const QString &code)
{
    m_region = code;
    refresh();
}

void RegionBreadcrumb::refresh()
{
    m_path = SurveillanceText::regionPath(m_region);
    // The regions above the current one; a path deeper than the buttons keeps its lowest ones.
    const qsizetype above = m_path.size() > 0 ? m_path.size() - 1 : 0;
    const qsizetype skipped = std::max<qsizetype>(0, above - kMaxAbove);
    m_path = m_path.mid(skipped);
    for (int i = 0; i < kMaxAbove; ++i) {
        const bool shown = i < above - skipped;
        m_buttons[i]->setVisible(shown);
        m_separators[i]->setVisible(shown);
        if (!shown)
            continue;
        const QString name = SurveillanceText::regionName(m_path.at(i));
        m_buttons[i]->setText(name);
        m_buttons[i]->setToolTip(tr("Back up to %1 (Backspace goes up one level)").arg(name));
    }
    m_current->setText(SurveillanceText::regionName(m_region));
}

void RegionBreadcrumb::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace medchain::ui

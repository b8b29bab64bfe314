#include "common/ProgressPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace medchain::ui {

namespace {
// QProgressBar counts in int; steps are 64-bit.
constexpr qint64 kSteps = 1000;
} // namespace

ProgressPage::ProgressPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("progressPage"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_title->setFont(big);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("progressStage"));
    m_stage->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setRange(0, 0);
    m_failure = new QLabel(this);
    m_failure->setObjectName(QStringLiteral("progressFailure"));
    m_failure->setWordWrap(true);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failure->hide();
    m_quit = new QPushButton(this);
    m_quit->setObjectName(QStringLiteral("progressQuit"));
    m_quit->hide();

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(m_title);
    column->addWidget(m_note);
    column->addSpacing(em);
    column->addWidget(m_stage);
    column->addWidget(m_bar);
    column->addWidget(m_failure);
    column->addWidget(m_quit, 0, Qt::AlignLeft);
    column->addStretch(2);
    auto *centre = new QWidget(this);
    centre->setLayout(column);
    centre->setMaximumWidth(em * 40);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(centre, 3);
    outer->addStretch(1);

    connect(m_quit, &QPushButton::clicked, this, &ProgressPage::quitRequested);
    retranslateUi();
}

void ProgressPage::setPurpose(Purpose purpose)
{
    m_purpose = purpose;
    retranslateUi();
}

void ProgressPage::setProgress(const QString &stage, qint64 done, qint64 total)
{
    m_stage->setText(stage);
    m_bar->setRange(0, int(kSteps));
    m_bar->setValue(total > 0 ? int(std::clamp<qint64>(done, 0, total) * kSteps / total) : 0);
    m_bar->show();
}

void ProgressPage::setBusy(const QString &what)
{
    m_stage->setText(what);
    m_bar->setRange(0, 0);
    m_bar->show();
}

void ProgressPage::setFailure(const QString &message)
{
    m_bar->hide();
    m_failure->setText(message);
    m_failure->show();
    m_quit->show();
    m_quit->setFocus();
}

QString ProgressPage::stage() const
{
    return m_stage->text();
}

QString ProgressPage::failure() const
{
    return m_failure->isHidden() ? QString() : m_failure->text();
}

void ProgressPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProgressPage::retranslateUi()
{
    switch (m_purpose) {
    case Purpose::DemoNetwork:
        m_title->setText(tr("Preparing the demo network"));
        m_note->setText(tr("The first start makes a synthetic health network in your data "
                           "folder: a year of care for 200 patients, committed block by block. "
                           "Later starts reuse it and take a few seconds."));
        break;
    case Purpose::Node:
        m_title->setText(tr("Starting your node"));
        m_note->setText(tr("Your computer keeps its own encrypted copy of the chain and brings "
                           "it up to date from its peers."));
        break;
    }
    m_quit->setText(tr("&Quit"));
}

} // namespace medchain::ui

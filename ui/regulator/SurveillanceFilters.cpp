#include "regulator/SurveillanceFilters.h"

#include "regulator/RegionBreadcrumb.h"
#include "regulator/SurveillanceText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace medchain::ui {

SurveillanceFilters::SurveillanceFilters(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("surveillanceFilters"));
    // Created in Tab order: window, region, disease.
    const auto dateEdit = [this](const char *name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        return edit;
    };
    m_fromLabel = new QLabel(this);
    m_from = dateEdit("surveillanceFrom");
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_to = dateEdit("surveillanceTo");
    m_toLabel->setBuddy(m_to);
    m_regionLabel = new QLabel(this);
    m_breadcrumb = new RegionBreadcrumb(this);
    m_chapterLabel = new QLabel(this);
    m_chapter = new QComboBox(this);
    m_chapter->setObjectName(QStringLiteral("surveillanceChapter"));
    m_chapter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chapter->setMinimumContentsLength(28);
    m_chapterLabel->setBuddy(m_chapter);
    m_category = new QLabel(this);
    m_category->setObjectName(QStringLiteral("surveillanceCategory"));
    m_clearCategory = new QPushButton(this);
    m_clearCategory->setObjectName(QStringLiteral("clearCategory"));
    fillChapters();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *window = new QHBoxLayout;
    window->addWidget(m_from);
    window->addWidget(m_toLabel);
    window->addWidget(m_to);
    window->addStretch(1);
    grid->addWidget(m_fromLabel, 0, 0);
    grid->addLayout(window, 0, 1);
    grid->addWidget(m_regionLabel, 0, 2);
    grid->addWidget(m_breadcrumb, 0, 3);
    auto *disease = new QHBoxLayout;
    disease->addWidget(m_chapter, 1);
    disease->addWidget(m_category);
    disease->addWidget(m_clearCategory);
    grid->addWidget(m_chapterLabel, 1, 0);
    grid->addLayout(disease, 1, 1, 1, 3);
    grid->setColumnStretch(3, 1);

    m_rangeDelay.setSingleShot(true);
    m_rangeDelay.setInterval(400);
    connect(&m_rangeDelay, &QTimer::timeout, this, [this] {
        QDate from = m_from->date();
        QDate to = m_to->date();
        if (from > to)
            std::swap(from, to);
        emit rangeChosen(from, to);
    });
    const auto dateChanged = [this] {
        if (!m_updating)
            m_rangeDelay.start();
    };
    connect(m_from, &QDateEdit::dateChanged, this, dateChanged);
    connect(m_to, &QDateEdit::dateChanged, this, dateChanged);
    connect(m_breadcrumb, &RegionBreadcrumb::regionChosen, this,
            &SurveillanceFilters::regionChosen);
    connect(m_chapter, &QComboBox::activated, this,
            [this](int index) { emit chapterChosen(m_chapter->itemData(index).toInt()); });
    connect(m_clearCategory, &QPushButton::clicked, this, &SurveillanceFilters::categoryCleared);

    retranslateUi();
    showCategory();
}

void SurveillanceFilters::fillChapters()
{
    const QSignalBlocker blocker(m_chapter);
    m_chapter->clear();
    m_chapter->addItem(SurveillanceText::chapter(0), 0);
    for (int number : SurveillanceText::chapterNumbers())
        m_chapter->addItem(SurveillanceText::chapter(number), number);
    m_chapter->setCurrentIndex(std::max(0, m_chapter->findData(m_query.chapter)));
}

void SurveillanceFilters::setQuery(const client::SurveillanceQuery &query)
{
    m_query = query;
    m_updating = true;
    if (query.from.isValid())
        m_from->setDate(query.from);
    if (query.to.isValid())
        m_to->setDate(query.to);
    m_updating = false;
    m_breadcrumb->setRegion(query.region);
    m_chapter->setCurrentIndex(std::max(0, m_chapter->findData(query.chapter)));
    showCategory();
}

void SurveillanceFilters::setResolvedRange(const QDate &from, const QDate &to)
{
    // Not while the user is changing the dates: their choice is about to be asked for.
    if (m_rangeDelay.isActive())
        return;
    m_updating = true;
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    m_updating = false;
}

void SurveillanceFilters::focusFrom()
{
    m_from->setFocus(Qt::ShortcutFocusReason);
}

void SurveillanceFilters::showCategory()
{
    const bool chosen = !m_query.category.isEmpty();
    m_category->setText(
        chosen ? tr("Category: %1").arg(SurveillanceText::category(m_query.category)) : QString());
    m_category->setToolTip(SurveillanceText::categoryDetails(m_query.category));
    m_category->setVisible(chosen);
    m_clearCategory->setVisible(chosen);
}

void SurveillanceFilters::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SurveillanceFilters::retranslateUi()
{
    m_fromLabel->setText(tr("F&rom:"));
    m_toLabel->setText(tr("&To:"));
    m_from->setToolTip(tr("The first day counted"));
    m_to->setToolTip(tr("The last day counted; by default the day of the newest summary"));
    m_regionLabel->setText(tr("Region:"));
    m_chapterLabel->setText(tr("&Disease:"));
    m_clearCategory->setText(tr("&Clear category"));
    m_clearCategory->setToolTip(tr("Count every category of the chapter again"));
    fillChapters();
    showCategory();
}

} // namespace medchain::ui

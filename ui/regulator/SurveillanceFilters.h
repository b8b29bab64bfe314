// The surveillance tab's filter bar: the window (From/To with calendars), the region breadcrumb,
// the disease chapter and the chosen category with a button to clear it. It only asks: the
// dashboard owns the query and hands it back with setQuery().
#pragma once

#include "client/SurveillanceTypes.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace medchain::ui {

class RegionBreadcrumb;

class SurveillanceFilters : public QWidget {
    Q_OBJECT
public:
    explicit SurveillanceFilters(QWidget *parent = nullptr);

    /// Shows query (dates that are invalid keep the ones last resolved). Emits nothing.
    void setQuery(const client::SurveillanceQuery &query);
    /// The window the node resolved for the query shown (snapshot.query's from and to).
    void setResolvedRange(const QDate &from, const QDate &to);
    /// While typing in a date, the range is asked for this long after the last change.
    void setRangeDelay(int ms) { m_rangeDelay.setInterval(ms); }
    void focusFrom();

signals:
    void rangeChosen(const QDate &from, const QDate &to);
    void regionChosen(const QString &code);
    void chapterChosen(int chapter);
    void categoryCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChapters();
    void showCategory();
    void retranslateUi();

    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_regionLabel = nullptr;
    RegionBreadcrumb *m_breadcrumb = nullptr;
    QLabel *m_chapterLabel = nullptr;
    QComboBox *m_chapter = nullptr;
    QLabel *m_category = nullptr;
    QPushButton *m_clearCategory = nullptr;
    QTimer m_rangeDelay;
    client::SurveillanceQuery m_query;
    bool m_updating = false;
};

} // namespace medchain::ui

// The Break-glass tab: the practitioners' emergency reads in the dashboard's window, newest first,
// each marked as an emergency, with their count.
#pragma once

#include "client/SurveillanceTypes.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace medchain::ui {

class EmergencyModel;

class BreakGlassPage : public QWidget {
    Q_OBJECT
public:
    explicit BreakGlassPage(QWidget *parent = nullptr);

    EmergencyModel *model() const { return m_model; }
    void showSnapshot(const client::SurveillanceSnapshot &snapshot);
    void focusTable();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCount();
    void retranslateUi();

    EmergencyModel *m_model = nullptr;
    QSortFilterProxyModel *m_sort = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_tableLabel = nullptr;
    QTableView *m_table = nullptr;
    client::SurveillanceQuery m_shownQuery;
    bool m_hasSnapshot = false;
};

} // namespace medchain::ui

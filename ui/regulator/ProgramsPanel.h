// The Subsidy programs section of the Administration tab: every program on chain with its pool,
// the authority's balance that funds new ones, and the dialog that creates one.
#pragma once

#include "client/AdminTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace medchain::ui {

class ProgramModel;

class ProgramsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProgramsPanel(QWidget *parent = nullptr);

    ProgramModel *model() const { return m_model; }
    void setPrograms(const QList<client::ProgramEntry> &programs, wallet::Amount balance);
    void setBusy(bool busy);
    void focusTable();

public slots:
    void openCreateDialog();

signals:
    void programRequested(const medchain::client::ProgramForm &form);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ProgramModel *m_model = nullptr;
    QSortFilterProxyModel *m_sort = nullptr;
    QLabel *m_balance = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_create = nullptr;
    wallet::Amount m_balanceFen = 0;
    bool m_hasBalance = false;
    bool m_busy = false;
};

} // namespace medchain::ui

// Hides the rows of a table whose flag role is false while the filter is on: the grants list
// without revoked and expired grants, the access log with emergency entries only.
#pragma once

#include <QSortFilterProxyModel>

namespace medchain::ui {

class AccessRowFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    /// flagRole is a bool role of the source model, read from column 0.
    AccessRowFilter(int flagRole, QObject *parent = nullptr);

    bool isFiltering() const { return m_filtering; }
    void setFiltering(bool filtering);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_flagRole;
    bool m_filtering = false;
};

} // namespace medchain::ui

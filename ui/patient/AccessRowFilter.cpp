#include "patient/AccessRowFilter.h"

namespace medchain::ui {

AccessRowFilter::AccessRowFilter(int flagRole, QObject *parent)
    : QSortFilterProxyModel(parent), m_flagRole(flagRole)
{
}

void AccessRowFilter::setFiltering(bool filtering)
{
    if (m_filtering == filtering)
        return;
    m_filtering = filtering;
    invalidateFilter();
}

bool AccessRowFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_filtering)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(m_flagRole).toBool();
}

} // namespace medchain::ui

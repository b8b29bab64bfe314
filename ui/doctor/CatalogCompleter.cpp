#include "doctor/CatalogCompleter.h"

#include "doctor/CatalogListModel.h"

namespace medchain::ui {

CatalogCompleter::CatalogCompleter(CatalogListModel *model, QObject *parent)
    : QCompleter(model, parent), m_model(model)
{
    setCompletionRole(CatalogListModel::MatchRole);
    setFilterMode(Qt::MatchContains);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setModelSorting(QCompleter::UnsortedModel);
    setMaxVisibleItems(12);
}

QString CatalogCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(CatalogListModel::CodeRole).toString();
}

} // namespace medchain::ui

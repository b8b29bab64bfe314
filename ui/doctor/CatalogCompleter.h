// Completion over a CatalogListModel: any part of the code or of the English or Chinese title,
// case-insensitively; choosing an entry puts its code (not the shown text) into the field.
#pragma once

#include <QCompleter>

namespace medchain::ui {

class CatalogListModel;

class CatalogCompleter : public QCompleter {
    Q_OBJECT
public:
    /// model must outlive the completer.
    explicit CatalogCompleter(CatalogListModel *model, QObject *parent = nullptr);

    CatalogListModel *catalogModel() const { return m_model; }

    QString pathFromIndex(const QModelIndex &index) const override;

private:
    CatalogListModel *m_model;
};

} // namespace medchain::ui

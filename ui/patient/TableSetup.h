// How the access and wallet pages' tables look and behave: whole-row single selection, no row
// numbers, columns sized to their text with the last one stretched, readable by keyboard.
#pragma once

class QAbstractItemModel;
class QTableView;

namespace medchain::ui {

void setUpTable(QTableView *view, QAbstractItemModel *model);

} // namespace medchain::ui

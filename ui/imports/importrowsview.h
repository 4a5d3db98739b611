#pragma once

class QTableView;
class QWidget;

namespace sf {

class ImportRowsModel;

// A sortable, read-only table of import rows whose columns fit their contents (long texts capped).
QTableView *createImportRowsView(ImportRowsModel *model, QWidget *parent);

} // namespace sf

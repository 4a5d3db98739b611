#pragma once

#include "imports/importbatch.h"

class QWidget;

namespace sf {

// Asks where to save import records as CSV and writes them; a failure is shown to the operator.
void exportImportRecords(QWidget *parent, const QList<ImportRecord> &records, const QString &suggestedName);

} // namespace sf

#pragma once

#include "importbatch.h"

class QIODevice;

namespace sf {

// Writes import records as CSV (line, outcome, problem, then the row as the file had it), so the
// operator can fix rejected rows in a spreadsheet and import them again.
bool writeImportRecordsCsv(QIODevice &out, const QList<ImportRecord> &records);

} // namespace sf

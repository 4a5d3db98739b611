#pragma once

#include "imports/importrunner.h"

namespace sf::test {

// A file of tests/data/imports.
QString importFixture(const QString &name);
// Runs an import that must succeed (the error is shown when it does not).
ImportReport runImport(const Database &db, const QString &path, const ImportRunner::Options &options = {});
// A trigger named "refuse" that makes the database refuse inserts (or another `operation`) into `table`
// (a template name such as "sales.order") whose NEW row meets `condition`, with `message`: any refusal
// the checks before the database cannot foresee.
void refuseInserts(const Database &db, const QString &table, const QString &condition, const QString &message,
                   const QString &operation = QStringLiteral("INSERT"));
void stopRefusing(const Database &db, const QString &table);
// Writes a StockX sales report of `rows` sold Dunks, order numbers from `firstOrder` on; false when the
// file cannot be written.
bool writeLongSalesReport(const QString &path, int rows, qint64 firstOrder);

} // namespace sf::test

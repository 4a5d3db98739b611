#pragma once

#include "supplieraccountrepository.h"

namespace sf::supplieraccountexport {

QStringList header();
// One account's fields, in header order. It never holds a password or proxy: the export does not read
// the keychain at all.
QStringList fields(const SupplierAccount &account);
// Every account `filter` selects, as CSV (RFC 4180, UTF-8) into `path`, whole or not at all; how many.
Result<qint64> exportTo(const Database &db, const SupplierAccountFilter &filter, const QString &path);

} // namespace sf::supplieraccountexport

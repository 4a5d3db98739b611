#pragma once

#include <QLoggingCategory>

// One logging category per domain, so an operator can turn one on without the others:
// QT_LOGGING_RULES="sf.sync.*.debug=true" soleflipper
Q_DECLARE_LOGGING_CATEGORY(lcApp)       // sf.app: start-up, command line
Q_DECLARE_LOGGING_CATEGORY(lcDb)        // sf.db: connections, migrations, transactions, the worker
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)   // sf.catalog: brands, sizes, products
Q_DECLARE_LOGGING_CATEGORY(lcInventory) // sf.inventory: stock changes
Q_DECLARE_LOGGING_CATEGORY(lcSales)     // sf.sales: orders, listings
Q_DECLARE_LOGGING_CATEGORY(lcImports)   // sf.imports: file imports
Q_DECLARE_LOGGING_CATEGORY(lcSync)      // sf.sync: sync runs of every marketplace
Q_DECLARE_LOGGING_CATEGORY(lcStockX)    // sf.sync.stockx: StockX's API
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)   // sf.secrets: the keychain
Q_DECLARE_LOGGING_CATEGORY(lcUi)        // sf.ui: what the window shows as an error

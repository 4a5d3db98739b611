#include "logcategories.h"

Q_LOGGING_CATEGORY(lcApp, "sf.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "sf.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "sf.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInventory, "sf.inventory", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSales, "sf.sales", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImports, "sf.imports", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "sf.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStockX, "sf.sync.stockx", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "sf.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "sf.ui", QtInfoMsg)

#pragma once

#include "db/database.h"
#include "sales/orderrow.h"
#include "stockxclient.h"

namespace sf {

// Downloads a StockX order's shipping document (the PDF label) into `directory` as
// <order number>.pdf and records the path on the order. The document id comes from the order we
// stored, else from the order's details. `done` gets the file's path.
void downloadStockXShippingDocument(const Database &db, StockXClient &client, const OrderRow &order,
                                    const QString &directory, QObject *context,
                                    std::function<void(Result<QString>)> done);

} // namespace sf

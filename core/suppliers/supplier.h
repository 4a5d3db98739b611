#pragma once

#include "domain/ids.h"

#include <optional>

namespace sf {

struct Supplier {
    SupplierId id;
    QString name;
    QString supplierType = QStringLiteral("retail");
    QString email;
    QString website;
    QString country = QStringLiteral("Germany");
    std::optional<int> vatRateBp; // the supplier's usual VAT rate, hundredths of a percent
    QString status = QStringLiteral("active");
    QString notes;
};

} // namespace sf

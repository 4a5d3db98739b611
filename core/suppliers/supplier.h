#pragma once

#include "domain/ids.h"
#include "domain/money.h"

#include <optional>

namespace sf {

// A shop or person the reseller buys from (supplier.profile), with the profile of original-system.md §1.7.
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
    QString category; // suppliercategory key; empty: guessed from the name when stored
    QString contactPerson;
    QString phone;
    QString addressLine1;
    QString postalCode;
    QString city;
    std::optional<int> returnDays; // how long a purchase can be sent back
    QString paymentTerms;
    std::optional<Money> minimumOrder;
};

} // namespace sf

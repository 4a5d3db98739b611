#pragma once

#include "domain/ids.h"
#include "domain/money.h"

#include <QDateTime>

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
    // The stored row's version when read (0: not read; written without a check), who saved it last and
    // when: an update over an older version is refused (see db/rowversion.h).
    int version = 0;
    QString updatedBy;
    QDateTime updatedAt;
};

} // namespace sf

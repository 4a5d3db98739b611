#pragma once

#include <QString>
#include <QStringList>

namespace sf::suppliercategory {

// The original's categories (original-system.md §1.7), as stored in supplier.profile.supplier_category.
QStringList keys(); // sneaker_retailers, general_retail, luxury_fashion, direct_brands, specialty_stores
QString displayName(const QString &key);
// The category the original's lookup table gives a supplier of this name (BSTN → sneaker_retailers,
// Zalando → general_retail, …); general_retail when the name is not in it.
QString guess(const QString &supplierName);

} // namespace sf::suppliercategory

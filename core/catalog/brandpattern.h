#pragma once

#include "brand.h"

namespace sf {

// A pattern that names a brand in item names (see BrandRepository::matchItemName).
struct BrandPattern {
    Brand brand;
    QString type; // keyword or regex
    QString pattern;
};

} // namespace sf

#pragma once

#include "size.h"

namespace sf {

// A size with what uses it: the size editor's row.
struct SizeUsage {
    Size size;
    int pairs = 0;    // inventory.stock rows in this size
    int variants = 0; // product variants in this size
};

} // namespace sf

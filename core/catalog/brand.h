#pragma once

#include "domain/ids.h"

namespace sf {

struct Brand {
    BrandId id;
    QString name;
    QString slug;
};

} // namespace sf

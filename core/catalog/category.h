#pragma once

#include "domain/ids.h"

namespace sf {

struct Category {
    CategoryId id;
    QString name;
    QString slug;
    CategoryId parentId;
};

} // namespace sf

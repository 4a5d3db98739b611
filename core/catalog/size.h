#pragma once

#include "domain/ids.h"

#include <optional>

namespace sf {

// One size as sold: a value in a region ("9" in US, "42.5" in EU, "8.5W", "3C", "M", "One Size").
struct Size {
    SizeId id;
    QString value;
    QString region;                          // US, US-W, US-K, EU, UK, CM, KR, JP, INT, ONE
    std::optional<double> standardizedValue; // EU size, used to match sizes across regions
    CategoryId categoryId;

    QString label() const;
    static QString labelFor(const QString &region, const QString &value);
};

} // namespace sf

#pragma once

#include <QString>
#include <optional>

namespace sf {

// What a size as written means: the region and value it is filed under, and the US size and gender it
// stands for where that is known (to find its EU equivalent in the size master).
struct SizeClass {
    QString region; // see catalog.sizes: US, US-W, US-Y, US-K, US-T, EU, UK, CM, KR, JP, INT, WL, RANGE,
                    // DUAL, ONE, or TEXT for what fits no rule (kept as written for the operator to map)
    QString value;
    QString gender; // men, women or empty
    std::optional<double> usSize;
    std::optional<double> euSize;
};

// Files every size marketplaces write: shoe sizes by region (US men, W, Y, C, K/T, EU, UK, CM, KR, JP),
// apparel letters and letter ranges, waist/length, numeric ranges, dual sizes ("12W / 10.5M") and one
// size. Nothing is an error: what fits no rule comes back as TEXT with the text as written.
class SizeClassifier {
public:
    static constexpr int kMaxValueLength = 60;
    static SizeClass classify(const QString &written);
};

} // namespace sf

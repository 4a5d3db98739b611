#pragma once

#include "money.h"

#include <optional>

namespace sf {

// A VAT rate in hundredths of a percent (1900 = 19.00 %), the German default.
class VatRate {
public:
    constexpr VatRate() = default;
    constexpr explicit VatRate(int basisPoints)
        : m_basisPoints(basisPoints)
    {}
    static constexpr VatRate germanStandard() { return VatRate(1900); }
    static std::optional<VatRate> parse(const QString &percentText);

    constexpr int basisPoints() const { return m_basisPoints; }
    double percent() const { return m_basisPoints / 100.0; }
    QString toDecimalString() const;

    Money grossFromNet(const Money &net) const { return net.scaled(10000 + m_basisPoints, 10000); }
    Money netFromGross(const Money &gross) const { return gross.scaled(10000, 10000 + m_basisPoints); }
    Money vatOfGross(const Money &gross) const { return gross - netFromGross(gross); }

    friend constexpr bool operator==(VatRate, VatRate) = default;

private:
    int m_basisPoints = 1900;
};

} // namespace sf

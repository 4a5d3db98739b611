#pragma once

#include "domain/money.h"

#include <QLocale>

#include <optional>

namespace sf {

// An amount as a table cell shows it, in the user's locale; nothing when it is unknown.
inline QString moneyText(const std::optional<Money> &money)
{
    return money ? money->toDisplayString(QLocale()) : QString();
}

} // namespace sf

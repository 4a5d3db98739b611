#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sf::mcp {

// Checks a tool's arguments against its input schema, for the subset of JSON Schema the tools use:
// an object of known properties (no others) with required ones, each a string (maxLength, enum, format
// "date"), an integer (minimum, maximum) or an object. Returns what is wrong, in words.
std::optional<QString> checkArguments(const QJsonObject &schema, const QJsonObject &arguments);

} // namespace sf::mcp

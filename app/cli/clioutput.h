#pragma once

#include "analytics/reportfields.h"
#include "clicommands.h"
#include "domain/money.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace sf::cli {

// A result row: named fields in the order the header gives them.
using reportfields::Fields;
using reportfields::money;
using reportfields::number;

// "error: …" on stderr; the exit codes for a failure and for a usage mistake.
int failed(const Error &error);
int usage(const QString &message);
// Rows of named fields as an aligned table, CSV with a header, or a JSON array of objects.
void printRows(const QList<Fields> &rows, const QStringList &header, const QString &format);
// Whether `format` is one printRows knows.
bool knownFormat(const QString &format);

} // namespace sf::cli

#pragma once

#include "clicommands.h"
#include "domain/money.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace sf::cli {

// A result row: named fields in the order the header gives them.
using Fields = QList<std::pair<QString, QString>>;

// "error: …" on stderr; the exit codes for a failure and for a usage mistake.
int failed(const Error &error);
int usage(const QString &message);
// Amounts as exact decimals ("12.50"), empty when unknown; numbers with two decimals.
QString money(const Money &m);
QString money(const std::optional<Money> &m);
QString number(const std::optional<double> &value);
// Rows of named fields as an aligned table, CSV with a header, or a JSON array of objects.
void printRows(const QList<Fields> &rows, const QStringList &header, const QString &format);
// Whether `format` is one printRows knows.
bool knownFormat(const QString &format);

} // namespace sf::cli

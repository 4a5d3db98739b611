#pragma once

#include "deadstockitem.h"
#include "domain/money.h"
#include "kpis.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace sf::reportfields {

// A report row as named text fields, in a fixed order: what the CLI prints (table, CSV, JSON) and the
// MCP server answers, so that both say the same thing.
using Fields = QList<std::pair<QString, QString>>;

// Amounts as exact decimals ("12.50"), empty when unknown; numbers with two decimals.
QString money(const Money &m);
QString money(const std::optional<Money> &m);
QString number(const std::optional<double> &value);

// A period's figures: money as exact decimals, percentages with two decimals.
Fields kpiFields(const Kpis &k);
// One pair of the dead-stock report.
Fields deadStockFields(const DeadStockItem &item);

} // namespace sf::reportfields

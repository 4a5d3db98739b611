#include "stockcommands.h"

#include "cliio.h"

#include "db/rowversion.h"
#include "domain/itemstatus.h"
#include "inventory/stockservice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <variant>

using namespace Qt::StringLiterals;

namespace sf::cli {

namespace {
int fail(const QString &message, int code = ExitFailed)
{
    err() << QCoreApplication::translate("cli", "error: %1").arg(message) << Qt::endl;
    return code;
}

// The pair named on the command line, or the exit code saying why there is none.
std::variant<StockItem, int> namedPair(const StockService &service, const QString &given)
{
    const StockItemId id = StockItemId::fromString(given);
    if (id.isNull())
        return fail(QCoreApplication::translate("cli", "\"%1\" is not a pair id").arg(given), ExitUsage);
    const auto item = service.repository().get(id);
    if (!item)
        return fail(item.error().toString());
    if (!item.value())
        return fail(QCoreApplication::translate("cli", "no pair has the id %1").arg(given));
    return *item.value();
}

void printPair(const StockItem &item, const QString &format)
{
    QJsonObject json = toJson(item);
    json.insert(u"id"_s, item.id.toString());
    json.insert(u"version"_s, item.version);
    json.insert(u"updated_by"_s, item.updatedBy);
    json.insert(u"updated_at"_s, item.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    if (format == u"json"_s) {
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        for (auto it = json.constBegin(); it != json.constEnd(); ++it)
            out() << it.key() << ": " << it.value().toVariant().toString() << '\n';
    }
    out().flush();
}

int editPair(StockService &service, StockItem item, const Options &options)
{
    if (!options.ifVersion.isEmpty()) {
        bool ok = false;
        item.version = options.ifVersion.toInt(&ok);
        if (!ok || item.version <= 0)
            return fail(QCoreApplication::translate("cli", "--if-version takes the version stock show printed"),
                        ExitUsage);
    }
    if (options.location)
        item.location = *options.location;
    if (options.notes)
        item.notes = *options.notes;
    if (!options.statuses.isEmpty()) {
        const auto status = itemstatus::fromKey(options.statuses.first());
        if (!status || options.statuses.size() > 1)
            return fail(QCoreApplication::translate("cli", "stock edit takes one --status key"), ExitUsage);
        item.status = *status;
    }
    const auto stored = service.updateItems({item});
    if (!stored)
        return fail(stored.error().message, stored.error().code == rowversion::kStaleCode ? ExitStale : ExitFailed);
    out() << QCoreApplication::translate("cli", "Saved; the pair is at version %1.").arg(stored.value().first().version)
          << Qt::endl;
    return ExitOk;
}
} // namespace

bool isStockCommand(const QStringList &command)
{
    return command.size() == 3 && command.first() == u"stock"_s &&
           (command.at(1) == u"show"_s || command.at(1) == u"edit"_s);
}

int runStockCommand(const Database &db, const Options &options)
{
    StockService service(db);
    const auto pair = namedPair(service, options.command.at(2));
    if (const int *code = std::get_if<int>(&pair))
        return *code;
    const StockItem &item = std::get<StockItem>(pair);
    if (options.command.at(1) == u"edit"_s)
        return editPair(service, item, options);
    if (options.format != u"table"_s && options.format != u"json"_s)
        return fail(QCoreApplication::translate("cli", "--format must be table or json"), ExitUsage);
    printPair(item, options.format);
    return ExitOk;
}

} // namespace sf::cli

#include "mcptools.h"

#include "analytics/deadstockanalysis.h"
#include "analytics/deadstocklevel.h"
#include "analytics/deadstockrepository.h"
#include "analytics/kpirepository.h"
#include "analytics/reportfields.h"
#include "catalog/brandrepository.h"
#include "catalog/productrepository.h"
#include "catalog/sizerepository.h"
#include "inventory/stockcsvwriter.h"
#include "inventory/stockrepository.h"
#include "mcpschema.h"
#include "memory/memoryrepository.h"
#include "pricing/pricehistoryrepository.h"
#include "sales/marketplacerepository.h"
#include "sales/orderrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf::mcp {

namespace {
ToolReply failed(const Error &error)
{
    return {{}, error.toString()};
}

ToolReply failed(const QString &message)
{
    return {{}, message};
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject stringProperty(const QString &description, int maxLength = 200)
{
    return {{u"type"_s, u"string"_s}, {u"description"_s, description}, {u"maxLength"_s, maxLength}};
}

QJsonObject integerProperty(const QString &description, int minimum, int maximum, int byDefault)
{
    return {{u"type"_s, u"integer"_s},
            {u"description"_s, description},
            {u"minimum"_s, minimum},
            {u"maximum"_s, maximum},
            {u"default"_s, byDefault}};
}

QJsonObject enumProperty(const QString &description, const QStringList &values)
{
    return {{u"type"_s, u"string"_s}, {u"description"_s, description}, {u"enum"_s, QJsonArray::fromStringList(values)}};
}

QJsonObject schema(const QJsonObject &properties, const QStringList &required = {})
{
    QJsonObject object{{u"type"_s, u"object"_s}, {u"properties"_s, properties}, {u"additionalProperties"_s, false}};
    if (!required.isEmpty())
        object.insert(u"required"_s, QJsonArray::fromStringList(required));
    return object;
}

QStringList itemStatusKeys()
{
    QStringList keys;
    for (ItemStatus status : itemstatus::all())
        keys << itemstatus::key(status);
    return keys;
}

QStringList deadStockLevelKeys()
{
    QStringList keys;
    for (DeadStockLevel level : deadstocklevel::all())
        keys << deadstocklevel::key(level);
    return keys;
}

QJsonObject toJson(const reportfields::Fields &fields)
{
    QJsonObject object;
    for (const auto &[name, value] : fields)
        object.insert(name, value);
    return object;
}

QJsonObject toJson(const Memory &memory)
{
    QJsonObject object{{u"id"_s, memory.id.toString(QUuid::WithoutBraces)},
                       {u"content"_s, memory.content},
                       {u"metadata"_s, memory.metadata},
                       {u"namespace"_s, memory.nameSpace},
                       {u"version"_s, memory.version},
                       {u"stored_at"_s, isoTime(memory.storedAt)}};
    if (memory.score)
        object.insert(u"score"_s, QString::number(*memory.score, 'f', 4).toDouble());
    return object;
}

QJsonArray toJson(const QList<Memory> &memories)
{
    QJsonArray array;
    for (const Memory &memory : memories)
        array.append(toJson(memory));
    return array;
}

QJsonArray pointsJson(const QList<PricePoint> &points)
{
    QJsonArray array;
    for (const PricePoint &point : points)
        array.append(QJsonObject{{u"at"_s, isoTime(point.at)}, {u"amount"_s, point.amount.toDecimalString()}});
    return array;
}

// A lookup's row, or an Error saying `missing` when there is none.
template <typename T> Result<T> required(const Result<std::optional<T>> &lookup, const QString &missing)
{
    if (!lookup)
        return lookup.error();
    if (!lookup.value())
        return Error{McpTools::kNotFoundCode, missing, {}};
    return *lookup.value();
}

int limitOf(const QJsonObject &args, int byDefault)
{
    return args.value(u"limit"_s).toInt(byDefault);
}
} // namespace

McpTools::McpTools(const Database &memories, const Database &business, const QUuid &session)
    : m_memories(memories)
    , m_business(business)
    , m_session(session)
{}

QList<McpTools::Tool> McpTools::tools()
{
    const QJsonObject nameSpace = stringProperty(
        QCoreApplication::translate("McpTools", "A namespace keeps memories apart (default: \"default\")."), 100);
    return {
        {u"store_memory"_s, QCoreApplication::translate("McpTools", "Store a memory"),
         QCoreApplication::translate(
             "McpTools",
             "Remembers a piece of text about the business for later conversations, with optional metadata."),
         schema({{u"content"_s, stringProperty(QCoreApplication::translate("McpTools", "What to remember."),
                                               MemoryRepository::kMaxContent)},
                 {u"metadata"_s,
                  QJsonObject{{u"type"_s, u"object"_s},
                              {u"description"_s,
                               QCoreApplication::translate("McpTools", "Any JSON object kept with the memory.")}}},
                 {u"namespace"_s, nameSpace}},
                {u"content"_s}),
         &McpTools::storeMemory},
        {u"search_memory"_s, QCoreApplication::translate("McpTools", "Search memories"),
         QCoreApplication::translate(
             "McpTools",
             "Finds memories containing any word of the query, best match first, newest first among equals."),
         schema({{u"query"_s, stringProperty(QCoreApplication::translate("McpTools", "Words to look for."), 1000)},
                 {u"limit"_s, integerProperty(QCoreApplication::translate("McpTools", "At most this many memories."), 1,
                                              MemoryRepository::kMaxLimit, 5)},
                 {u"namespace"_s, nameSpace}},
                {u"query"_s}),
         &McpTools::searchMemory},
        {u"list_memories"_s, QCoreApplication::translate("McpTools", "List memories"),
         QCoreApplication::translate(
             "McpTools",
             "The newest memories, with how many each namespace holds and when it was first and last written."),
         schema({{u"limit"_s, integerProperty(QCoreApplication::translate("McpTools", "At most this many memories."), 1,
                                              MemoryRepository::kMaxLimit, 10)},
                 {u"namespace"_s, nameSpace}}),
         &McpTools::listMemories},
        {u"stock_search"_s, QCoreApplication::translate("McpTools", "Search the stock"),
         QCoreApplication::translate(
             "McpTools",
             "Pairs in stock (or in any state) matching a text, status, brand and size, oldest purchase first. "
             "Prices are exact decimals in the pair's currency."),
         schema({{u"text"_s, stringProperty(QCoreApplication::translate(
                                 "McpTools", "Words in the SKU, product, brand, notes or location."))},
                 {u"status"_s,
                  enumProperty(QCoreApplication::translate("McpTools", "Only pairs in this state."), itemStatusKeys())},
                 {u"brand"_s, stringProperty(QCoreApplication::translate("McpTools", "Only this brand, by name."))},
                 {u"size"_s, stringProperty(QCoreApplication::translate(
                                 "McpTools", "Only this size, as labelled, e.g. \"US 10\" or \"M\"."))},
                 {u"limit"_s,
                  integerProperty(QCoreApplication::translate("McpTools", "At most this many pairs."), 1, 500, 20)}}),
         &McpTools::stockSearch},
        {u"order_lookup"_s, QCoreApplication::translate("McpTools", "Look up an order"),
         QCoreApplication::translate(
             "McpTools",
             "An order by its marketplace order number, with its fees, payout, profit and the pair it sold."),
         schema({{u"order_number"_s, stringProperty(QCoreApplication::translate(
                                         "McpTools", "The marketplace's order number, e.g. 12345678-87654321."))}},
                {u"order_number"_s}),
         &McpTools::orderLookup},
        {u"kpis"_s, QCoreApplication::translate("McpTools", "Key figures"),
         QCoreApplication::translate(
             "McpTools",
             "Sales, revenue, net profit, ROI, margin, sell-through, payouts pending and stock value over whole days "
             "(UTC), as `soleflipper-cli report kpis` gives them."),
         schema({{u"from"_s,
                  QJsonObject{{u"type"_s, u"string"_s},
                              {u"format"_s, u"date"_s},
                              {u"description"_s, QCoreApplication::translate("McpTools", "First day, YYYY-MM-DD.")}}},
                 {u"to"_s,
                  QJsonObject{{u"type"_s, u"string"_s},
                              {u"format"_s, u"date"_s},
                              {u"description"_s, QCoreApplication::translate("McpTools", "Last day, YYYY-MM-DD.")}}},
                 {u"marketplace"_s, stringProperty(QCoreApplication::translate(
                                        "McpTools", "Only this marketplace, by slug: stockx, alias, ebay, …"))}},
                {u"from"_s, u"to"_s}),
         &McpTools::kpis},
        {u"dead_stock"_s, QCoreApplication::translate("McpTools", "Dead stock"),
         QCoreApplication::translate(
             "McpTools",
             "Unsold pairs by how stuck they are (hot, warm, cold, dead, critical), with the capital they lock and "
             "the loss if sold at the market's highest bid."),
         schema({{u"min_level"_s,
                  enumProperty(QCoreApplication::translate("McpTools", "Only pairs at this level or worse."),
                               deadStockLevelKeys())}}),
         &McpTools::deadStock},
        {u"price_history"_s, QCoreApplication::translate("McpTools", "Price history"),
         QCoreApplication::translate(
             "McpTools",
             "StockX's daily lowest ask, highest bid and last sale of one product in one size, with our own asks and "
             "sales over the same days."),
         schema({{u"style_code"_s,
                  stringProperty(QCoreApplication::translate("McpTools", "The style code (SKU), e.g. DD1391-100."))},
                 {u"size"_s,
                  stringProperty(QCoreApplication::translate("McpTools", "The size as labelled, e.g. \"US 10\"."))},
                 {u"days"_s, integerProperty(QCoreApplication::translate("McpTools", "How many days back from today."),
                                             1, 3650, 90)}},
                {u"style_code"_s, u"size"_s}),
         &McpTools::priceHistory},
    };
}

QJsonArray McpTools::definitions() const
{
    QJsonArray list;
    for (const Tool &tool : tools())
        list.append(QJsonObject{{u"name"_s, tool.name},
                                {u"title"_s, tool.title},
                                {u"description"_s, tool.description},
                                {u"inputSchema"_s, tool.inputSchema}});
    return list;
}

Result<ToolReply> McpTools::call(const QString &name, const QJsonObject &arguments) const
{
    for (const Tool &tool : tools()) {
        if (tool.name != name)
            continue;
        if (const auto wrong = checkArguments(tool.inputSchema, arguments))
            return Error{kInvalidCode, *wrong, name};
        return (this->*tool.run)(arguments);
    }
    return Error{kInvalidCode, QCoreApplication::translate("McpTools", "There is no tool called \"%1\".").arg(name),
                 name};
}

ToolReply McpTools::storeMemory(const QJsonObject &args) const
{
    const auto stored = MemoryRepository(m_memories)
                            .store(args.value(u"content"_s).toString(), args.value(u"metadata"_s).toObject(),
                                   args.value(u"namespace"_s).toString(), m_session);
    if (!stored)
        return failed(stored.error());
    const QJsonObject memory = toJson(stored.value());
    return {{{u"id"_s, memory.value(u"id"_s)},
             {u"namespace"_s, memory.value(u"namespace"_s)},
             {u"version"_s, memory.value(u"version"_s)},
             {u"stored_at"_s, memory.value(u"stored_at"_s)}},
            {}};
}

ToolReply McpTools::searchMemory(const QJsonObject &args) const
{
    const QString query = args.value(u"query"_s).toString();
    const auto found =
        MemoryRepository(m_memories).search(query, limitOf(args, 5), args.value(u"namespace"_s).toString());
    if (!found)
        return failed(found.error());
    return {{{u"query"_s, query}, {u"results"_s, toJson(found.value())}}, {}};
}

ToolReply McpTools::listMemories(const QJsonObject &args) const
{
    const MemoryRepository memories(m_memories);
    const auto latest = memories.latest(limitOf(args, 10), args.value(u"namespace"_s).toString());
    const auto namespaces = memories.namespaces();
    if (!latest || !namespaces)
        return failed(!latest ? latest.error() : namespaces.error());
    qint64 total = 0;
    QJsonArray perNamespace;
    for (const MemoryNamespace &space : namespaces.value()) {
        total += space.count;
        perNamespace.append(QJsonObject{{u"namespace"_s, space.name},
                                        {u"count"_s, space.count},
                                        {u"first_stored_at"_s, isoTime(space.first)},
                                        {u"last_stored_at"_s, isoTime(space.last)}});
    }
    return {{{u"memories"_s, toJson(latest.value())},
             {u"statistics"_s, QJsonObject{{u"total"_s, total}, {u"namespaces"_s, perNamespace}}}},
            {}};
}

Result<Size> McpTools::sizeLabelled(const QString &label) const
{
    return required(SizeRepository(m_business).findByLabel(label),
                    QCoreApplication::translate("McpTools", "No size is labelled \"%1\".").arg(label));
}

ToolReply McpTools::stockSearch(const QJsonObject &args) const
{
    StockQuery query;
    query.text = args.value(u"text"_s).toString();
    query.sort = StockQuery::Sort::PurchaseDate; // as `stock list` orders them
    query.descending = false;
    if (const auto status = itemstatus::fromKey(args.value(u"status"_s).toString()))
        query.statuses << *status;
    if (const QString name = args.value(u"brand"_s).toString(); !name.isEmpty()) {
        const auto brand = required(BrandRepository(m_business).findByName(name),
                                    QCoreApplication::translate("McpTools", "No brand is called \"%1\".").arg(name));
        if (!brand)
            return failed(brand.error());
        query.brand = brand.value().id;
    }
    if (const QString label = args.value(u"size"_s).toString(); !label.isEmpty()) {
        const auto size = sizeLabelled(label);
        if (!size)
            return failed(size.error());
        query.size = size.value().id;
    }
    const auto page = StockRepository(m_business).fetchPage(query, std::nullopt, limitOf(args, 20));
    if (!page)
        return failed(page.error());
    const QDate today = QDate::currentDate();
    QJsonArray pairs;
    for (const StockRow &row : page.value().rows)
        pairs.append(StockCsvWriter::json(row, today));
    return {{{u"count"_s, pairs.size()}, {u"more"_s, page.value().next.has_value()}, {u"pairs"_s, pairs}}, {}};
}

ToolReply McpTools::orderLookup(const QJsonObject &args) const
{
    const QString number = args.value(u"order_number"_s).toString().trimmed();
    const auto marketplaces = MarketplaceRepository(m_business).all();
    if (!marketplaces)
        return failed(marketplaces.error());
    QJsonArray orders;
    for (const Marketplace &marketplace : marketplaces.value()) {
        const auto found = OrderRepository(m_business).findByExternalId(marketplace.id, number);
        if (!found)
            return failed(found.error());
        if (!found.value())
            continue;
        const Order &order = *found.value();
        QJsonObject object{{u"marketplace"_s, marketplace.slug},
                           {u"order_number"_s, order.externalId},
                           {u"status"_s, statusKey(order.status)},
                           {u"sold_at"_s, isoTime(order.soldAt)},
                           {u"currency"_s, order.currency},
                           {u"sale_price"_s, order.salePrice.toDecimalString()},
                           {u"seller_fee"_s, order.sellerFee.toDecimalString()},
                           {u"processing_fee"_s, order.processingFee.toDecimalString()},
                           {u"shipping_fee"_s, order.shippingFee.toDecimalString()},
                           {u"other_fees"_s, order.otherFees.toDecimalString()},
                           {u"net_proceeds"_s, order.financials.netProceeds.toDecimalString()},
                           {u"net_profit"_s, order.financials.netProfit.toDecimalString()},
                           {u"roi_percent"_s, reportfields::number(double(order.financials.roi) / 100.0)},
                           {u"payout_received"_s, order.payoutReceived},
                           {u"payout_date"_s, isoTime(order.payoutDate)}};
        if (!order.itemId.isNull()) {
            const auto pair = StockRepository(m_business).fetchRows({order.itemId});
            if (!pair)
                return failed(pair.error());
            for (const StockRow &row : pair.value())
                object.insert(u"pair"_s, QJsonObject{{u"id"_s, row.item.id.toString()},
                                                     {u"sku"_s, row.sku},
                                                     {u"product"_s, row.productName},
                                                     {u"size"_s, row.sizeLabel}});
        }
        orders.append(object);
    }
    return {{{u"order_number"_s, number}, {u"found"_s, !orders.isEmpty()}, {u"orders"_s, orders}}, {}};
}

ToolReply McpTools::kpis(const QJsonObject &args) const
{
    KpiQuery query;
    query.from = QDate::fromString(args.value(u"from"_s).toString(), Qt::ISODate);
    query.to = QDate::fromString(args.value(u"to"_s).toString(), Qt::ISODate);
    if (query.to < query.from)
        return failed(QCoreApplication::translate("McpTools", "\"from\" must not be after \"to\"."));
    query.marketplaceSlug = args.value(u"marketplace"_s).toString();
    const auto figures = KpiRepository(m_business).compute(query);
    if (!figures)
        return failed(figures.error());
    QJsonObject object = toJson(reportfields::kpiFields(figures.value()));
    object.insert(u"from"_s, query.from.toString(Qt::ISODate));
    object.insert(u"to"_s, query.to.toString(Qt::ISODate));
    object.insert(u"currency"_s, query.currency);
    return {object, {}};
}

ToolReply McpTools::deadStock(const QJsonObject &args) const
{
    std::optional<DeadStockLevel> minimum;
    for (DeadStockLevel level : deadstocklevel::all())
        if (deadstocklevel::key(level) == args.value(u"min_level"_s).toString())
            minimum = level;
    const KpiQuery query;
    const auto items = DeadStockRepository(m_business).classified(query);
    if (!items)
        return failed(items.error());
    QJsonArray pairs;
    QList<DeadStockItem> shown;
    for (const DeadStockItem &item : items.value()) {
        if (minimum && item.level < *minimum)
            continue;
        pairs.append(toJson(reportfields::deadStockFields(item)));
        shown << item;
    }
    const auto portfolio = deadstockanalysis::summarise(shown, query.currency);
    return {{{u"currency"_s, query.currency},
             {u"pairs"_s, pairs},
             {u"locked_capital"_s, portfolio.totalLocked.toDecimalString()},
             {u"potential_loss"_s, portfolio.totalLoss.toDecimalString()},
             {u"recommendations"_s, QJsonArray::fromStringList(portfolio.recommendations())}},
            {}};
}

ToolReply McpTools::priceHistory(const QJsonObject &args) const
{
    const QString styleCode = args.value(u"style_code"_s).toString().trimmed();
    const QString label = args.value(u"size"_s).toString().trimmed();
    const auto product =
        required(ProductRepository(m_business).findBySku(styleCode),
                 QCoreApplication::translate("McpTools", "No product has the style code \"%1\".").arg(styleCode));
    if (!product)
        return failed(product.error());
    const auto size = sizeLabelled(label);
    if (!size)
        return failed(size.error());
    const QDate to = QDate::currentDate();
    const QDate from = to.addDays(-(args.value(u"days"_s).toInt(90) - 1));
    const QString currency = u"EUR"_s;
    const auto history =
        PriceHistoryRepository(m_business).load(product.value().id, size.value().id, from, to, currency);
    if (!history)
        return failed(history.error());
    QJsonArray market;
    for (const MarketDay &day : history.value().market)
        market.append(QJsonObject{{u"day"_s, day.day.toString(Qt::ISODate)},
                                  {u"lowest_ask"_s, reportfields::money(day.lowestAsk)},
                                  {u"highest_bid"_s, reportfields::money(day.highestBid)},
                                  {u"last_sale"_s, reportfields::money(day.lastSale)}});
    return {{{u"style_code"_s, product.value().sku},
             {u"product"_s, product.value().name},
             {u"size"_s, size.value().label()},
             {u"currency"_s, currency},
             {u"from"_s, from.toString(Qt::ISODate)},
             {u"to"_s, to.toString(Qt::ISODate)},
             {u"market"_s, market},
             {u"our_asks"_s, pointsJson(history.value().ourAsks)},
             {u"sales"_s, pointsJson(history.value().sales)},
             {u"cost"_s, reportfields::money(history.value().cost)}},
            {}};
}

QJsonArray McpTools::resources() const
{
    return {
        QJsonObject{{u"uri"_s, u"soleflipper://kpis/last-30-days"_s},
                    {u"name"_s, QCoreApplication::translate("McpTools", "Key figures of the last 30 days")},
                    {u"mimeType"_s, u"application/json"_s}},
        QJsonObject{
            {u"uri"_s, u"soleflipper://dead-stock"_s},
            {u"name"_s, QCoreApplication::translate("McpTools", "Dead stock: pairs that sell slowly or not at all")},
            {u"mimeType"_s, u"application/json"_s}},
        QJsonObject{{u"uri"_s, u"soleflipper://memories"_s},
                    {u"name"_s, QCoreApplication::translate("McpTools", "The newest memories and their namespaces")},
                    {u"mimeType"_s, u"application/json"_s}}};
}

Result<QJsonObject> McpTools::readResource(const QString &uri) const
{
    ToolReply reply;
    if (uri == u"soleflipper://kpis/last-30-days"_s) {
        const QDate today = QDate::currentDate();
        reply = kpis({{u"from"_s, today.addDays(-29).toString(Qt::ISODate)}, {u"to"_s, today.toString(Qt::ISODate)}});
    } else if (uri == u"soleflipper://dead-stock"_s) {
        reply = deadStock({});
    } else if (uri == u"soleflipper://memories"_s) {
        reply = listMemories({});
    } else {
        return Error{kNotFoundCode, QCoreApplication::translate("McpTools", "There is no resource \"%1\".").arg(uri),
                     uri};
    }
    if (reply.error)
        return Error{u"mcp.resource"_s, *reply.error, uri};
    return reply.structured;
}

} // namespace sf::mcp

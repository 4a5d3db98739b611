#include "emulatormarket.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sf::emu {

namespace {
const QStringList kLifecycle = {u"CREATED"_s,       u"SHIPPED"_s,       u"RECEIVED"_s,        u"AUTHENTICATING"_s,
                                u"AUTHENTICATED"_s, u"PAYOUTPENDING"_s, u"PAYOUTCOMPLETED"_s, u"COMPLETED"_s};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(iso(t)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> centsOf(const QJsonValue &value)
{
    bool ok = false;
    const double amount = value.isDouble() ? value.toDouble() : value.toString().toDouble(&ok);
    if (!value.isDouble() && !ok)
        return std::nullopt;
    if (amount < 0)
        return std::nullopt;
    return qint64(amount * 100.0 + 0.5);
}
} // namespace

EmulatorMarket::EmulatorMarket(const EmulatorCatalog &catalog, quint32 seed)
    : m_catalog(catalog)
    , m_rng(seed)
{}

QString EmulatorMarket::newId()
{
    // Random but reproducible: derived from the market's own generator.
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(m_rng.bounded(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

bool EmulatorMarket::isActiveOrderStatus(const QString &status)
{
    static const QStringList historical = {u"AUTHFAILED"_s, u"DIDNOTSHIP"_s, u"CANCELED"_s, u"COMPLETED"_s,
                                           u"RETURNED"_s};
    return !historical.contains(status);
}

void EmulatorMarket::seed(int orders, int listings, const QDateTime &now)
{
    const auto &variants = m_catalog.variants();
    for (int i = 0; i < listings; ++i) {
        const EmuVariant &v = variants.at(m_rng.bounded(int(variants.size())));
        EmuListing l;
        l.listingId = newId();
        l.variantId = v.variantId;
        l.status = i % 10 == 9 ? u"INACTIVE"_s : u"ACTIVE"_s;
        l.amount = v.lowestAsk + qint64(m_rng.bounded(-10, 40)) * 100;
        l.createdAt = now.addSecs(-qint64(m_rng.bounded(1, 200 * 24)) * 3600);
        l.updatedAt = l.createdAt;
        l.expiresAt = l.createdAt.addDays(999);
        if (l.status == u"ACTIVE"_s)
            l.askId = QString::number(13658831621304650000ULL + quint64(i));
        m_listingIndex.insert(l.listingId, int(m_listings.size()));
        m_listings.append(l);
    }
    // Orders spread over the last 400 days, oldest first; most finished, the newest still active.
    for (int i = 0; i < orders; ++i) {
        const EmuVariant &v = variants.at(m_rng.bounded(int(variants.size())));
        EmuListing l;
        l.listingId = newId();
        l.variantId = v.variantId;
        l.amount = v.lowestAsk + qint64(m_rng.bounded(-15, 25)) * 100;
        l.createdAt =
            now.addSecs(-qint64(400 * 24 * 3600) + qint64(i) * (400LL * 24 * 3600) / qMax(orders, 1) - 3 * 24 * 3600);
        l.updatedAt = l.createdAt;
        l.askId = u"236588316"_s + QString::number(quint64(i)).rightJustified(11, u'0');
        EmuOrder o;
        o.orderNumber = QString::number(m_nextOrder) + u'-' + QString::number(m_nextOrder - 100000);
        ++m_nextOrder;
        o.listingId = l.listingId;
        o.askId = l.askId;
        o.variantId = v.variantId;
        o.amount = l.amount;
        o.createdAt = l.createdAt.addSecs(3 * 24 * 3600);
        o.updatedAt = o.createdAt.addDays(10);
        o.shippingId = u"S-"_s + QString::number(m_nextOrder);
        const int roll = int(m_rng.bounded(100));
        const bool recent = i >= orders - orders / 20;
        o.status = recent      ? kLifecycle.at(m_rng.bounded(int(kLifecycle.size()) - 1))
                   : roll < 92 ? u"COMPLETED"_s
                   : roll < 96 ? u"CANCELED"_s
                   : roll < 98 ? u"RETURNED"_s
                               : u"DIDNOTSHIP"_s;
        if (o.status != u"CREATED"_s)
            o.trackingNumber = u"1Z"_s + QString::number(m_nextOrder * 7919ULL).rightJustified(16, u'0');
        l.status = o.status == u"COMPLETED"_s      ? u"COMPLETED"_s
                   : isActiveOrderStatus(o.status) ? u"MATCHED"_s
                                                   : u"CANCELED"_s;
        l.orderNumber = o.orderNumber;
        m_listingIndex.insert(l.listingId, int(m_listings.size()));
        m_listings.append(l);
        m_orderIndex.insert(o.orderNumber, int(m_orders.size()));
        m_orders.append(o);
    }
}

EmuOperation &EmulatorMarket::addOperation(const QString &listingId, const QString &type, const QJsonObject &change,
                                           const QDateTime &now)
{
    EmuOperation op;
    op.operationId = newId();
    op.listingId = listingId;
    op.type = type;
    op.pollsLeft = pendingPolls;
    op.change = change;
    op.createdAt = now;
    op.updatedAt = now;
    if (failOperations > 0) {
        --failOperations;
        op.willFail = true;
    }
    m_listings[m_listingIndex.value(listingId)].lastOperationId = op.operationId;
    return m_operations[op.operationId] = op;
}

std::variant<EmuOperation, QString> EmulatorMarket::createListing(const QJsonObject &input, const QDateTime &now,
                                                                  const QString &batchId)
{
    static const QStringList allowed = {u"amount"_s,    u"variantId"_s, u"currencyCode"_s,
                                        u"expiresAt"_s, u"active"_s,    u"inventoryType"_s};
    for (auto it = input.begin(); it != input.end(); ++it)
        if (!allowed.contains(it.key()))
            return u"Unknown property %1."_s.arg(it.key());
    const EmuVariant *v = m_catalog.variant(input.value(u"variantId"_s).toString());
    if (!v)
        return u"Variant not found."_s;
    const auto amount = centsOf(input.value(u"amount"_s));
    if (!amount || *amount == 0)
        return u"amount must be a positive number string."_s;
    EmuListing l;
    l.listingId = newId();
    l.variantId = v->variantId;
    l.amount = *amount;
    l.currency = input.value(u"currencyCode"_s).toString(u"USD"_s);
    l.inventoryType = input.value(u"inventoryType"_s).toString(u"STANDARD"_s);
    l.createdAt = now;
    l.updatedAt = now;
    l.expiresAt = input.contains(u"expiresAt"_s)
                      ? QDateTime::fromString(input.value(u"expiresAt"_s).toString(), Qt::ISODateWithMs)
                      : now.addDays(999);
    l.batchId = batchId;
    m_listingIndex.insert(l.listingId, int(m_listings.size()));
    m_listings.append(l);
    QJsonObject change{{u"active"_s, input.value(u"active"_s).toBool(true)}};
    return addOperation(l.listingId, u"CREATE"_s, change, now);
}

std::variant<EmuOperation, QString> EmulatorMarket::changeListing(const QString &listingId, const QString &type,
                                                                  const QJsonObject &input, const QDateTime &now)
{
    if (!m_listingIndex.contains(listingId))
        return QString();
    const EmuListing &l = m_listings.at(m_listingIndex.value(listingId));
    if (l.status == u"DELETED"_s || l.status == u"MATCHED"_s || l.status == u"COMPLETED"_s)
        return u"Listing %1 cannot be changed in status %2."_s.arg(listingId, l.status);
    QJsonObject change = input;
    if (input.contains(u"amount"_s)) {
        const auto amount = centsOf(input.value(u"amount"_s));
        if (!amount || *amount == 0)
            return u"amount must be a positive number string."_s;
    }
    return addOperation(listingId, type, change, now);
}

void EmulatorMarket::finish(EmuOperation &op, const QDateTime &now)
{
    op.updatedAt = now;
    EmuListing &l = m_listings[m_listingIndex.value(op.listingId)];
    if (op.willFail) {
        op.status = u"FAILED"_s;
        op.error = u"The ask could not be placed: price outside the allowed range."_s;
        if (op.type == u"CREATE"_s)
            l.status = u"CANCELED"_s;
        return;
    }
    op.status = u"SUCCEEDED"_s;
    l.updatedAt = now;
    if (op.change.contains(u"amount"_s))
        l.amount = *centsOf(op.change.value(u"amount"_s));
    if (op.change.contains(u"currencyCode"_s))
        l.currency = op.change.value(u"currencyCode"_s).toString();
    if (op.change.contains(u"expiresAt"_s))
        l.expiresAt = QDateTime::fromString(op.change.value(u"expiresAt"_s).toString(), Qt::ISODateWithMs);
    const bool activate = op.type == u"ACTIVATE"_s ||
                          (op.type == u"CREATE"_s && op.change.value(u"active"_s).toBool()) ||
                          (op.type == u"UPDATE"_s && op.change.value(u"active"_s).toBool(l.status == u"ACTIVE"_s));
    if (op.type == u"DELETE"_s)
        l.status = u"DELETED"_s;
    else if (op.type == u"DEACTIVATE"_s || !activate)
        l.status = u"INACTIVE"_s;
    else
        l.status = u"ACTIVE"_s;
    if (l.status == u"ACTIVE"_s && l.askId.isEmpty())
        l.askId = u"336588316"_s + QString::number(quint64(m_listings.size())).rightJustified(11, u'0');
}

const EmuOperation *EmulatorMarket::pollOperation(const QString &listingId, const QString &operationId,
                                                  const QDateTime &now)
{
    auto it = m_operations.find(operationId);
    if (it == m_operations.end() || it->listingId != listingId)
        return nullptr;
    if (it->status == u"PENDING"_s) {
        if (it->pollsLeft > 0)
            --it->pollsLeft;
        else
            finish(*it, now);
    }
    return &*it;
}

QList<const EmuOperation *> EmulatorMarket::operationsOf(const QString &listingId) const
{
    QList<const EmuOperation *> ops;
    for (const EmuOperation &op : m_operations)
        if (op.listingId == listingId)
            ops.append(&op);
    std::sort(ops.begin(), ops.end(), [](auto *a, auto *b) { return a->createdAt < b->createdAt; });
    return ops;
}

EmuBatch &EmulatorMarket::startBatch(const QString &kind, const QJsonArray &items, const QDateTime &now)
{
    EmuBatch batch;
    batch.batchId = newId();
    batch.kind = kind;
    batch.pollsLeft = pendingPolls;
    batch.createdAt = now;
    batch.updatedAt = now;
    for (const QJsonValue &value : items) {
        const QJsonObject input = value.toObject();
        const int quantity = kind == u"create-listing"_s ? qMax(1, input.value(u"quantity"_s).toInt(1)) : 1;
        for (int n = 0; n < quantity; ++n) {
            EmuBatchItem item;
            item.itemId = newId();
            item.input = input;
            item.input.remove(u"quantity"_s);
            std::variant<EmuOperation, QString> outcome;
            if (kind == u"create-listing"_s)
                outcome = createListing(item.input, now, batch.batchId);
            else
                outcome = changeListing(input.value(u"listingId"_s).toString(),
                                        kind == u"delete-listing"_s ? u"DELETE"_s : u"UPDATE"_s,
                                        kind == u"delete-listing"_s ? QJsonObject() : [&] {
                                            QJsonObject change = item.input;
                                            change.remove(u"listingId"_s);
                                            return change;
                                        }(),
                                        now);
            if (auto *op = std::get_if<EmuOperation>(&outcome)) {
                op->pollsLeft = 0;
                finish(m_operations[op->operationId], now);
                const EmuOperation &done = m_operations[op->operationId];
                item.status = done.status == u"SUCCEEDED"_s ? u"COMPLETED"_s : u"FAILED"_s;
                item.error = done.error;
                item.listingId = done.listingId;
                item.askId = m_listings.at(m_listingIndex.value(done.listingId)).askId;
            } else {
                const QString message = std::get<QString>(outcome);
                item.status = u"FAILED"_s;
                item.error = message.isEmpty() ? u"Listing not found."_s : message;
            }
            batch.items.append(item);
        }
    }
    return m_batches[batch.batchId] = batch;
}

EmuBatch *EmulatorMarket::pollBatch(const QString &batchId, const QDateTime &now)
{
    auto it = m_batches.find(batchId);
    if (it == m_batches.end())
        return nullptr;
    if (it->pollsLeft > 0) {
        --it->pollsLeft;
    } else if (it->updatedAt == it->createdAt) {
        it->updatedAt = now;
    }
    return &*it;
}

bool EmulatorMarket::repriceElsewhere(const QString &listingId, qint64 amount, const QDateTime &now)
{
    if (!m_listingIndex.contains(listingId))
        return false;
    EmuListing &l = m_listings[m_listingIndex.value(listingId)];
    l.amount = amount;
    l.updatedAt = now;
    return true;
}

std::optional<EmuOrder> EmulatorMarket::sell(const QString &listingId, const QDateTime &now)
{
    if (!m_listingIndex.contains(listingId))
        return std::nullopt;
    EmuListing &l = m_listings[m_listingIndex.value(listingId)];
    if (l.status != u"ACTIVE"_s)
        return std::nullopt;
    EmuOrder o;
    o.orderNumber = QString::number(m_nextOrder) + u'-' + QString::number(m_nextOrder - 100000);
    ++m_nextOrder;
    o.listingId = l.listingId;
    o.askId = l.askId;
    o.variantId = l.variantId;
    o.amount = l.amount;
    o.currency = l.currency;
    o.inventoryType = l.inventoryType;
    o.createdAt = now;
    o.updatedAt = now;
    o.shippingId = u"S-"_s + QString::number(m_nextOrder);
    l.status = u"MATCHED"_s;
    l.orderNumber = o.orderNumber;
    l.updatedAt = now;
    m_orderIndex.insert(o.orderNumber, int(m_orders.size()));
    m_orders.append(o);
    return o;
}

void EmulatorMarket::addOrder(const EmuOrder &order)
{
    m_orderIndex.insert(order.orderNumber, int(m_orders.size()));
    m_orders.append(order);
}

std::optional<EmuOrder> EmulatorMarket::advance(const QString &orderNumber, const QString &status, const QDateTime &now)
{
    if (!m_orderIndex.contains(orderNumber))
        return std::nullopt;
    EmuOrder &o = m_orders[m_orderIndex.value(orderNumber)];
    if (!status.isEmpty()) {
        o.status = status;
    } else {
        const qsizetype at = kLifecycle.indexOf(o.status);
        if (at < 0 || at + 1 >= kLifecycle.size())
            return std::nullopt;
        o.status = kLifecycle.at(at + 1);
    }
    o.updatedAt = now;
    if (o.status == u"SHIPPED"_s && o.trackingNumber.isEmpty())
        o.trackingNumber = u"1Z"_s + QString::number(m_nextOrder * 7919ULL).rightJustified(16, u'0');
    EmuListing &l = m_listings[m_listingIndex.value(o.listingId)];
    l.status = o.status == u"COMPLETED"_s      ? u"COMPLETED"_s
               : isActiveOrderStatus(o.status) ? u"MATCHED"_s
                                               : u"CANCELED"_s;
    l.updatedAt = now;
    return o;
}

const EmuListing *EmulatorMarket::listing(const QString &listingId) const
{
    const auto it = m_listingIndex.constFind(listingId);
    return it == m_listingIndex.cend() ? nullptr : &m_listings.at(*it);
}

const EmuOrder *EmulatorMarket::order(const QString &orderNumber) const
{
    const auto it = m_orderIndex.constFind(orderNumber);
    return it == m_orderIndex.cend() ? nullptr : &m_orders.at(*it);
}

QList<const EmuListing *> EmulatorMarket::listings(const QStringList &statuses, const QStringList &productIds,
                                                   const QStringList &variantIds, bool expired,
                                                   const QDateTime &now) const
{
    QList<const EmuListing *> found;
    for (const EmuListing &l : m_listings) {
        if (l.status == u"DELETED"_s)
            continue;
        if (!statuses.isEmpty() && !statuses.contains(l.status))
            continue;
        if (!variantIds.isEmpty() && !variantIds.contains(l.variantId))
            continue;
        if (!productIds.isEmpty()) {
            const EmuVariant *v = m_catalog.variant(l.variantId);
            if (!v || !productIds.contains(v->productId))
                continue;
        }
        if (expired != (l.expiresAt.isValid() && l.expiresAt < now))
            continue;
        found.append(&l);
    }
    return found;
}

QList<const EmuOrder *> EmulatorMarket::orders(bool active, const QString &status, const QDate &from,
                                               const QDate &to) const
{
    QList<const EmuOrder *> found;
    for (const EmuOrder &o : m_orders) {
        if (isActiveOrderStatus(o.status) != active)
            continue;
        if (!status.isEmpty() && o.status != status)
            continue;
        const QDate created = o.createdAt.toUTC().date();
        if ((from.isValid() && created < from) || (to.isValid() && created > to))
            continue;
        found.append(&o);
    }
    return found;
}

QString EmulatorMarket::shownStatus(const QString &status) const
{
    return unknownStatuses ? u"PAUSED_FOR_REVIEW"_s : status;
}

QJsonObject EmulatorMarket::listingJson(const EmuListing &l, bool detailed) const
{
    const EmuVariant *v = m_catalog.variant(l.variantId);
    const EmuProduct *p = v ? m_catalog.product(v->productId) : nullptr;
    QJsonObject json{
        {u"listingId"_s, l.listingId},
        {u"status"_s, shownStatus(l.status)},
        {u"amount"_s, moneyJson(l.amount, moneyAsNumbers)},
        {u"currencyCode"_s, l.currency},
        {u"inventoryType"_s, l.inventoryType},
        {u"createdAt"_s, iso(l.createdAt)},
        {u"updatedAt"_s, iso(l.updatedAt)},
        {u"batch"_s, l.batchId.isEmpty()
                         ? QJsonValue(QJsonValue::Null)
                         : QJsonValue(QJsonObject{{u"batchId"_s, l.batchId}, {u"taskId"_s, l.listingId}})},
        {u"ask"_s, l.askId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(QJsonObject{{u"askId"_s, l.askId},
                                                              {u"askCreatedAt"_s, iso(l.createdAt)},
                                                              {u"askUpdatedAt"_s, iso(l.updatedAt)},
                                                              {u"askExpiresAt"_s, isoOrNull(l.expiresAt)}})},
        {u"authenticationDetails"_s, QJsonValue::Null},
        {u"order"_s, l.orderNumber.isEmpty()
                         ? QJsonValue(QJsonValue::Null)
                         : QJsonValue(QJsonObject{{u"orderNumber"_s, l.orderNumber},
                                                  {u"orderCreatedAt"_s, iso(order(l.orderNumber)->createdAt)},
                                                  {u"orderStatus"_s, shownStatus(order(l.orderNumber)->status)}})},
        {u"product"_s,
         p ? QJsonValue(
                 QJsonObject{{u"productId"_s, p->productId}, {u"productName"_s, p->title}, {u"styleId"_s, p->styleId}})
           : QJsonValue(QJsonValue::Null)},
        {u"initiatedShipments"_s, QJsonValue::Null},
        {u"variant"_s,
         v ? QJsonValue(QJsonObject{{u"variantId"_s, v->variantId},
                                    {u"variantName"_s, QString((p ? p->urlKey : QString()) + u':' + v->size)},
                                    {u"variantValue"_s, v->size}})
           : QJsonValue(QJsonValue::Null)},
        {u"condition"_s, QJsonValue::Null},
        {u"conditionDescription"_s, QJsonValue::Null}};
    if (detailed) {
        const auto op = m_operations.constFind(l.lastOperationId);
        json.insert(u"payout"_s, l.orderNumber.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(payoutJson(*order(l.orderNumber))));
        json.insert(u"lastOperation"_s,
                    op == m_operations.cend()
                        ? QJsonValue(QJsonValue::Null)
                        : QJsonValue(QJsonObject{{u"operationId"_s, op->operationId},
                                                 {u"operationType"_s, op->type},
                                                 {u"operationStatus"_s, op->status},
                                                 {u"operationInitiatedBy"_s, u"USER"_s},
                                                 {u"operationInitiatedVia"_s, u"PUBLIC-API"_s},
                                                 {u"operationCreatedAt"_s, iso(op->createdAt)},
                                                 {u"operationUpdatedAt"_s, iso(op->updatedAt)},
                                                 {u"changes"_s, QJsonObject{{u"additions"_s, QJsonObject()},
                                                                            {u"updates"_s, op->change},
                                                                            {u"removals"_s, QJsonObject()}}},
                                                 {u"error"_s, op->error.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                  : QJsonValue(op->error)}}));
    }
    return json;
}

QJsonObject EmulatorMarket::payoutJson(const EmuOrder &o) const
{
    // Seller level 1: 9 % transaction fee, 3 % payment processing, a flat shipping fee.
    const qint64 transaction = (o.amount * 9 + 50) / 100;
    const qint64 processing = (o.amount * 3 + 50) / 100;
    const qint64 shipping = 500;
    const qint64 adjustments = transaction + processing + shipping;
    const auto adjustment = [&](const QString &type, qint64 cents, double percentage) {
        return QJsonObject{
            {u"adjustmentType"_s, type},
            {u"amount"_s, moneyJson(cents, moneyAsNumbers)},
            {u"percentage"_s, moneyAsNumbers ? QJsonValue(percentage) : QJsonValue(QString::number(percentage))}};
    };
    return {{u"totalPayout"_s, moneyJson(o.amount - adjustments, moneyAsNumbers)},
            {u"salePrice"_s, moneyJson(o.amount, moneyAsNumbers)},
            {u"totalAdjustments"_s, moneyAsNumbers
                                        ? QJsonValue(-double(adjustments) / 100.0)
                                        : QJsonValue(QString(u'-' + moneyJson(adjustments, false).toString()))},
            {u"currencyCode"_s, o.currency},
            {u"adjustments"_s, QJsonArray{adjustment(u"Transaction Fee (9%)"_s, transaction, 0.09),
                                          adjustment(u"Payment Processing (3%)"_s, processing, 0.03),
                                          adjustment(u"Shipping Fee"_s, shipping, 0)}}};
}

QJsonObject EmulatorMarket::orderJson(const EmuOrder &o, bool detailed, const QString &apiBase) const
{
    const EmuVariant *v = m_catalog.variant(o.variantId);
    const EmuProduct *p = v ? m_catalog.product(v->productId) : nullptr;
    QJsonObject json{{u"orderNumber"_s, o.orderNumber},
                     {u"listingId"_s, o.listingId},
                     {u"askId"_s, o.askId},
                     {u"amount"_s, moneyJson(o.amount, moneyAsNumbers)},
                     {u"currencyCode"_s, o.currency},
                     {u"status"_s, shownStatus(o.status)},
                     {u"createdAt"_s, iso(o.createdAt)},
                     {u"updatedAt"_s, iso(o.updatedAt)},
                     {u"product"_s, QJsonObject{{u"productId"_s, p ? p->productId : QString()},
                                                {u"productName"_s, p ? p->title : QString()},
                                                {u"styleId"_s, p ? p->styleId : QString()}}},
                     {u"variant"_s, QJsonObject{{u"variantId"_s, o.variantId},
                                                {u"variantName"_s, QString((p ? p->urlKey : QString()) + u':' +
                                                                           (v ? v->size : QString()))},
                                                {u"variantValue"_s, v ? v->size : QString()}}},
                     {u"authenticationDetails"_s, QJsonValue::Null},
                     {u"payout"_s, payoutJson(o)},
                     {u"initiatedShipments"_s, QJsonValue::Null},
                     {u"inventoryType"_s, o.inventoryType},
                     {u"condition"_s, QJsonValue::Null},
                     {u"conditionDescription"_s, QJsonValue::Null}};
    if (detailed) {
        const QString document =
            apiBase + u"/selling/orders/"_s + o.orderNumber + u"/shipping-document/"_s + o.shippingId;
        json.insert(u"shipment"_s,
                    QJsonObject{{u"shipByDate"_s, iso(o.createdAt.addDays(3))},
                                {u"trackingNumber"_s, o.trackingNumber.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                 : QJsonValue(o.trackingNumber)},
                                {u"trackingUrl"_s, QJsonValue::Null},
                                {u"carrierCode"_s, u"UPS"_s},
                                {u"shippingLabelUrl"_s, document},
                                {u"shippingDocumentUrl"_s, document}});
    }
    return json;
}

QJsonObject EmulatorMarket::operationJson(const EmuOperation &op, const QString &apiBase) const
{
    QJsonObject json{
        {u"listingId"_s, op.listingId},
        {u"operationId"_s, op.operationId},
        {u"operationType"_s, op.type},
        {u"operationStatus"_s, op.status},
        {u"operationInitiatedBy"_s, u"USER"_s},
        {u"operationInitiatedVia"_s, u"PUBLIC-API"_s},
        {u"createdAt"_s, iso(op.createdAt)},
        {u"updatedAt"_s, iso(op.updatedAt)},
        {u"changes"_s,
         QJsonObject{{u"additions"_s, QJsonObject()}, {u"updates"_s, op.change}, {u"removals"_s, QJsonObject()}}},
        {u"error"_s, op.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(op.error)}};
    if (!apiBase.isEmpty())
        json.insert(u"operationUrl"_s,
                    QString(apiBase + u"/selling/listings/"_s + op.listingId + u"/operations/"_s + op.operationId));
    return json;
}

QJsonObject EmulatorMarket::batchJson(const EmuBatch &b) const
{
    QJsonObject counts;
    if (b.pollsLeft > 0) {
        counts.insert(u"queued"_s, int(b.items.size()));
    } else {
        for (const EmuBatchItem &item : b.items) {
            const QString key = item.status.toLower();
            counts.insert(key, counts.value(key).toInt() + 1);
        }
    }
    return {{u"batchId"_s, b.batchId},
            {u"status"_s, b.pollsLeft > 0 ? u"QUEUED"_s : u"COMPLETED"_s},
            {u"completedAt"_s, b.pollsLeft > 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(iso(b.updatedAt))},
            {u"createdAt"_s, iso(b.createdAt)},
            {u"updatedAt"_s, iso(b.updatedAt)},
            {u"totalItems"_s, int(b.items.size())},
            {u"itemStatuses"_s, counts}};
}

QJsonObject EmulatorMarket::batchItemJson(const EmuBatch &b, const EmuBatchItem &item) const
{
    QJsonObject json{{u"itemId"_s, item.itemId},
                     {u"status"_s, b.pollsLeft > 0 ? u"QUEUED"_s : item.status},
                     {u"listingInput"_s, item.input}};
    if (b.pollsLeft == 0 && item.status == u"COMPLETED"_s)
        json.insert(u"result"_s, QJsonObject{{u"askId"_s, item.askId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                               : QJsonValue(item.askId)},
                                             {u"listingId"_s, item.listingId}});
    if (b.pollsLeft == 0 && item.status == u"FAILED"_s)
        json.insert(u"error"_s, item.error);
    return json;
}

} // namespace sf::emu

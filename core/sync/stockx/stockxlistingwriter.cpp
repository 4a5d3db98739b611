#include "stockxlistingwriter.h"

#include "catalog/productrepository.h"
#include "catalog/productvariantrepository.h"
#include "catalog/sizerepository.h"
#include "db/rowversion.h"
#include "db/transaction.h"
#include "pricing/pricehistoryrepository.h"
#include "sales/listingitemstatus.h"
#include "sales/listingrepository.h"
#include "sales/marketplacerepository.h"
#include "stockxcatalogsync.h"
#include "stockxlistinglookup.h"
#include "stockxmapping.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
constexpr int kBatchSize = 100;

// StockX takes amounts as strings; whole amounts without decimals, as its own clients send them.
QString amountText(const Money &amount)
{
    return amount.minor() % 100 == 0 ? QString::number(amount.minor() / 100) : amount.toDecimalString();
}

Error writeError(const QString &message, const QString &where = {})
{
    return Error{u"stockx.listing_refused"_s, message, where};
}

QString changeName(StockXListingWriter::Action action)
{
    switch (action) {
    case StockXListingWriter::Action::Update: return StockXListingWriter::tr("price change");
    case StockXListingWriter::Action::Activate: return StockXListingWriter::tr("activation");
    case StockXListingWriter::Action::Deactivate: return StockXListingWriter::tr("deactivation");
    case StockXListingWriter::Action::Delete: return StockXListingWriter::tr("deletion");
    }
    Q_UNREACHABLE();
}
} // namespace

StockXListingWriter::StockXListingWriter(const Database &db, StockXClient &client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_stock(db)
{}

void StockXListingWriter::record(const ListingWriteResult &result)
{
    m_results.append(result);
    if (result.error)
        Q_EMIT logLine(result.error->message);
    Q_EMIT progress(int(m_results.size()), m_total);
}

void StockXListingWriter::finish()
{
    m_busy = false;
    Q_EMIT finished(m_results);
}

void StockXListingWriter::create(const QList<ListingDraft> &drafts, const QString &currency)
{
    if (m_busy || drafts.isEmpty())
        return;
    m_busy = true;
    m_currency = currency;
    m_results.clear();
    m_total = int(drafts.size());
    m_resends = 0;
    resolve(drafts, false);
}

Result<QString> StockXListingWriter::variantFor(const StockItem &item, VariantCache &variants) const
{
    if (!variants.contains(item.productId)) {
        const auto read = ProductVariantRepository(m_db).forProduct(item.productId);
        if (!read)
            return read.error();
        variants.insert(item.productId, read.value());
    }
    for (const ProductVariant &variant : variants.value(item.productId))
        if (variant.sizeId == item.sizeId && !variant.stockxVariantId.isEmpty())
            return variant.stockxVariantId;
    return QString();
}

void StockXListingWriter::resolve(const QList<ListingDraft> &drafts, bool enriched)
{
    QList<Resolved> ready;
    QList<ListingDraft> unmatched;
    QList<ProductId> toEnrich;
    VariantCache variants;
    QList<StockItemId> ids;
    for (const ListingDraft &draft : drafts)
        ids << draft.item;
    const auto items = m_stock.repository().getMany(ids);
    QHash<StockItemId, StockItem> pairs;
    for (const StockItem &item : items.value_or(QList<StockItem>()))
        pairs.insert(item.id, item);
    for (const ListingDraft &draft : drafts) {
        const auto item = pairs.constFind(draft.item);
        if (item == pairs.cend()) {
            record({draft.item, {}, items ? writeError(tr("The pair no longer exists.")) : items.error()});
            continue;
        }
        if (item->status != ItemStatus::InStock) {
            record({draft.item,
                    {},
                    writeError(tr("Only pairs in stock can be listed; this one is %1.")
                                   .arg(itemstatus::displayName(item->status)))});
            continue;
        }
        const auto variant = variantFor(*item, variants);
        if (!variant) {
            record({draft.item, {}, variant.error()});
        } else if (!variant.value().isEmpty()) {
            ready.append({draft, variant.value()});
        } else {
            unmatched.append(draft);
            if (!toEnrich.contains(item->productId))
                toEnrich.append(item->productId);
        }
    }
    if (!unmatched.isEmpty() && !enriched) {
        Q_EMIT logLine(tr("Fetching the StockX sizes of %n products first.", nullptr, int(toEnrich.size())));
        auto *enrich = new StockXCatalogSync(m_db, m_client, toEnrich, m_currency, this);
        enrich->storeOn(m_storage.worker());
        connect(enrich, &StockXSyncJob::finished, this, [this, enrich, unmatched, ready] {
            enrich->deleteLater();
            if (enrich->run().status != u"completed"_s) {
                for (const ListingDraft &draft : unmatched)
                    record({draft.item, {}, enrich->lastError()});
                resolve({}, true);
                return;
            }
            QList<ListingDraft> again = unmatched;
            for (const Resolved &pair : ready)
                again.append(pair.draft);
            resolve(again, true);
        });
        enrich->start();
        return;
    }
    for (const ListingDraft &draft : unmatched)
        record({draft.item, {}, writeError(tr("StockX has no variant in this pair's size, so it cannot be listed."))});
    submit(ready);
}

void StockXListingWriter::submit(const QList<Resolved> &pairs)
{
    if (pairs.isEmpty())
        finish();
    else if (pairs.size() == 1)
        createOne(pairs.first());
    else
        createBatch(pairs);
}

QJsonObject StockXListingWriter::listingInput(const Resolved &pair) const
{
    QJsonObject input{{u"amount"_s, amountText(pair.draft.amount)},
                      {u"variantId"_s, pair.variantId},
                      {u"currencyCode"_s, m_currency},
                      {u"active"_s, true},
                      {u"inventoryType"_s, u"STANDARD"_s}};
    if (pair.draft.expiresAt.isValid())
        input.insert(u"expiresAt"_s, pair.draft.expiresAt.toUTC().toString(Qt::ISODateWithMs));
    return input;
}

void StockXListingWriter::createOne(const Resolved &pair)
{
    StockXRequest request;
    request.verb = "POST";
    request.path = u"/selling/listings"_s;
    request.body = QJsonDocument(listingInput(pair));
    request.idempotent = false;
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    m_client.send(request, this, [this, pair, sentAt](Result<StockXReply> reply) {
        if (!reply && reply.error().code == StockXClient::outcomeUnknownCode) {
            recoverCreated({pair}, sentAt, reply.error(), {});
            return;
        }
        if (!reply) {
            record({pair.draft.item, {}, reply.error()});
            finish();
            return;
        }
        pollOperation(reply.value().json.object(), 0, [this, pair](Result<QJsonObject> operation) {
            if (!operation) {
                record({pair.draft.item, {}, operation.error()});
                finish();
                return;
            }
            storeConfirmed({{pair.draft, operation.value().value(u"listingId"_s).toString()}}, [this] { finish(); });
        });
    });
}

void StockXListingWriter::pollOperation(const QJsonObject &operation, int polls, OperationDone done)
{
    const QString status = operation.value(u"operationStatus"_s).toString();
    if (status == u"SUCCEEDED"_s) {
        done(operation);
        return;
    }
    if (status == u"FAILED"_s) {
        done(writeError(tr("StockX refused the listing: %1").arg(operation.value(u"error"_s).toString()),
                        operation.value(u"listingId"_s).toString()));
        return;
    }
    if (polls >= maxPolls) {
        done(writeError(tr("StockX is still processing the listing; the next listings sync shows the outcome."),
                        operation.value(u"listingId"_s).toString()));
        return;
    }
    StockXRequest poll;
    poll.path = u"/selling/listings/%1/operations/%2"_s.arg(operation.value(u"listingId"_s).toString(),
                                                            operation.value(u"operationId"_s).toString());
    m_client.send(poll, this, [this, polls, done](Result<StockXReply> reply) {
        if (!reply)
            done(reply.error());
        else
            pollOperation(reply.value().json.object(), polls + 1, done);
    });
}

void StockXListingWriter::runBatch(const QString &kind, const QJsonArray &items, BatchDone done)
{
    StockXRequest request;
    request.verb = "POST";
    request.path = u"/selling/batch/"_s + kind;
    request.body = QJsonDocument(QJsonObject{{u"items"_s, items}});
    request.idempotent = kind != u"create-listing"_s;
    m_client.send(request, this, [this, kind, done](Result<StockXReply> reply) {
        if (!reply) {
            done(reply.error());
            return;
        }
        Q_EMIT logLine(tr("StockX accepted a batch of %n listings.", nullptr,
                          reply.value().json.object().value(u"totalItems"_s).toInt()));
        pollBatch(kind, reply.value().json.object().value(u"batchId"_s).toString(), 0, done);
    });
}

void StockXListingWriter::pollBatch(const QString &kind, const QString &batchId, int polls, BatchDone done)
{
    StockXRequest request;
    request.path = u"/selling/batch/%1/%2"_s.arg(kind, batchId);
    m_client.send(request, this, [this, kind, batchId, polls, done](Result<StockXReply> reply) {
        if (!reply) {
            done(reply.error());
            return;
        }
        if (reply.value().json.object().value(u"status"_s).toString() != u"COMPLETED"_s && polls < maxPolls) {
            pollBatch(kind, batchId, polls + 1, done);
            return;
        }
        // Items still queued after the last poll are reported as not known yet.
        StockXRequest items;
        items.path = u"/selling/batch/%1/%2/items"_s.arg(kind, batchId);
        m_client.send(items, this, [done](Result<StockXReply> itemsReply) {
            if (!itemsReply)
                done(itemsReply.error());
            else
                done(itemsReply.value().json.object().value(u"items"_s).toArray());
        });
    });
}

Error StockXListingWriter::batchItemError(const QJsonObject &item)
{
    const QString why = item.value(u"error"_s).toString();
    return writeError(why.isEmpty()
                          ? tr("StockX is still processing the listing; the next listings sync shows the outcome.")
                          : tr("StockX refused the listing: %1").arg(why));
}

void StockXListingWriter::createBatch(QList<Resolved> pairs)
{
    const QList<Resolved> chunk = pairs.mid(0, kBatchSize);
    const QList<Resolved> rest = pairs.mid(kBatchSize);
    QJsonArray items;
    for (const Resolved &pair : chunk) {
        QJsonObject item = listingInput(pair);
        item.insert(u"quantity"_s, 1);
        items.append(item);
    }
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    runBatch(u"create-listing"_s, items, [this, chunk, rest, sentAt](Result<QJsonArray> reported) {
        if (!reported && reported.error().code == StockXClient::outcomeUnknownCode) {
            recoverCreated(chunk, sentAt, reported.error(), rest);
            return;
        }
        QList<Resolved> waiting = chunk;
        QList<Confirmed> confirmed;
        // Batch items say which variant and amount they were; equal pairs are interchangeable.
        for (const QJsonValue &value : reported.value_or(QJsonArray())) {
            const QJsonObject item = value.toObject();
            const QJsonObject input = item.value(u"listingInput"_s).toObject();
            const auto match = std::find_if(waiting.begin(), waiting.end(), [&](const Resolved &pair) {
                return pair.variantId == input.value(u"variantId"_s).toString() &&
                       amountText(pair.draft.amount) == input.value(u"amount"_s).toString();
            });
            if (match == waiting.end())
                continue;
            const Resolved pair = *match;
            waiting.erase(match);
            const QString listingId = item.value(u"result"_s).toObject().value(u"listingId"_s).toString();
            if (item.value(u"status"_s).toString() == u"COMPLETED"_s && !listingId.isEmpty())
                confirmed.append({pair.draft, listingId});
            else
                record({pair.draft.item, {}, batchItemError(item)});
        }
        for (const Resolved &pair : std::as_const(waiting))
            record({pair.draft.item,
                    {},
                    reported ? writeError(tr("StockX did not report on this pair; the next listings sync shows it."))
                             : reported.error()});
        storeConfirmed(confirmed, [this, rest] { submit(rest); });
    });
}

void StockXListingWriter::recoverCreated(const QList<Resolved> &sent, const QDateTime &sentAt, const Error &why,
                                         const QList<Resolved> &rest)
{
    QStringList variants;
    for (const Resolved &pair : sent)
        if (!variants.contains(pair.variantId))
            variants.append(pair.variantId);
    Q_EMIT logLine(
        tr("StockX did not confirm %n listings; looking up whether it made them.", nullptr, int(sent.size())));
    auto waiting = std::make_shared<QList<Resolved>>(sent);
    auto lookUp = std::make_shared<std::function<void(int)>>();
    *lookUp = [this, variants, waiting, sentAt, why, rest, lookUp](int page) {
        StockXRequest request;
        request.path = u"/selling/listings"_s;
        request.query.addQueryItem(u"variantIds"_s, variants.join(u','));
        request.query.addQueryItem(u"pageSize"_s, u"100"_s);
        request.query.addQueryItem(u"pageNumber"_s, QString::number(page));
        m_client.send(request, this, [this, waiting, sentAt, why, rest, lookUp, page](Result<StockXReply> reply) {
            const QJsonObject json = reply ? reply.value().json.object() : QJsonObject();
            if (reply && !json.value(u"listings"_s).isArray()) {
                reply = Error{u"stockx.bad_json"_s, tr("StockX's listings came without their list."), why.context};
            }
            if (!reply) {
                *lookUp = nullptr; // ends the self-reference
                settleUnconfirmed(*waiting, why, rest, reply.error());
                return;
            }
            const bool hasNext = json.value(u"hasNextPage"_s).toBool();
            m_storage.run<Adopted>([this, sent = *waiting, listings = json.value(u"listings"_s).toArray(),
                                    sentAt] { return adoptListed(sent, listings, sentAt); },
                                   [this, waiting, why, rest, lookUp, page, hasNext](const Adopted &adopted) {
                                       for (const ListingWriteResult &result : adopted.results)
                                           record(result);
                                       *waiting = adopted.waiting;
                                       if (hasNext && !waiting->isEmpty()) {
                                           (*lookUp)(page + 1);
                                           return;
                                       }
                                       *lookUp = nullptr; // ends the self-reference
                                       settleUnconfirmed(*waiting, why, rest, std::nullopt);
                                   });
        });
    };
    (*lookUp)(1);
}

void StockXListingWriter::settleUnconfirmed(const QList<Resolved> &waiting, const Error &why,
                                            const QList<Resolved> &rest, const std::optional<Error> &lookUpFailed)
{
    if (!lookUpFailed && !waiting.isEmpty() && m_resends < maxResends) {
        ++m_resends;
        Q_EMIT logLine(tr("StockX did not list %n pairs; sending them again.", nullptr, int(waiting.size())));
        submit(waiting + rest);
        return;
    }
    for (const Resolved &pair : waiting)
        record(
            {pair.draft.item,
             {},
             writeError(!lookUpFailed ? tr("%1 StockX shows no listing for this pair; list it again.").arg(why.message)
                                      : tr("%1 Looking it up failed too: %2 The next listings sync shows "
                                           "whether StockX listed it.")
                                            .arg(why.message, lookUpFailed->message),
                        why.context)});
    submit(rest);
}

StockXListingWriter::Adopted StockXListingWriter::adoptListed(QList<Resolved> waiting, const QJsonArray &listings,
                                                              const QDateTime &sentAt)
{
    Adopted adopted;
    const auto stockx = MarketplaceRepository(m_db).findBySlug(u"stockx"_s);
    // StockX's clock and ours differ by a little; a listing made a minute before the send is not ours.
    const QDateTime notBefore = sentAt.addSecs(-60);
    for (const QJsonValue &value : listings) {
        const auto listing = listingFromStockX(value.toObject());
        if (!listing || listing.value().createdAt < notBefore || !stockx || !stockx.value())
            continue;
        // A listing we hold already belongs to another pair.
        const auto known = ListingRepository(m_db).findByExternalId(stockx.value()->id, listing.value().listingId);
        if (!known || known.value())
            continue;
        const auto match = std::find_if(waiting.begin(), waiting.end(), [&](const Resolved &pair) {
            return pair.variantId == listing.value().variantId && listing.value().amount == pair.draft.amount;
        });
        if (match == waiting.end())
            continue;
        const ListingDraft draft = match->draft;
        waiting.erase(match);
        const auto stored = storeCreated(draft, listing.value().listingId);
        adopted.results.append({draft.item, stored ? stored.value() : ListingId(),
                                stored ? std::nullopt : std::optional<Error>(stored.error())});
    }
    adopted.waiting = waiting;
    return adopted;
}

void StockXListingWriter::storeConfirmed(const QList<Confirmed> &confirmed, std::function<void()> then)
{
    if (confirmed.isEmpty()) {
        then();
        return;
    }
    m_storage.run<QList<ListingWriteResult>>(
        [this, confirmed] {
            QList<ListingWriteResult> results;
            for (const Confirmed &c : confirmed) {
                const auto stored = storeCreated(c.draft, c.listingId);
                results.append({c.draft.item, stored ? stored.value() : ListingId(),
                                stored ? std::nullopt : std::optional<Error>(stored.error())});
            }
            return results;
        },
        [this, then = std::move(then)](const QList<ListingWriteResult> &results) {
            for (const ListingWriteResult &result : results)
                record(result);
            then();
        });
}

Result<ListingId> StockXListingWriter::storeCreated(const ListingDraft &draft, const QString &listingId)
{
    const auto stockx = MarketplaceRepository(m_db).findBySlug(u"stockx"_s);
    if (!stockx || !stockx.value())
        return stockx ? writeError(tr("The StockX marketplace is missing from the database.")) : stockx.error();
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    ListingRepository listings(m_db);
    const auto known = listings.findByExternalId(stockx.value()->id, listingId);
    if (!known)
        return known.error();
    Listing listing = known.value().value_or(Listing{});
    listing.itemId = draft.item;
    listing.marketplaceId = stockx.value()->id;
    listing.externalId = listingId;
    listing.status = ListingStatus::Active;
    listing.platformStatus = u"ACTIVE"_s;
    listing.amount = draft.amount;
    listing.inventoryType = u"STANDARD"_s;
    if (draft.expiresAt.isValid())
        listing.expiresAt = draft.expiresAt;
    if (!listing.createdAt.isValid())
        listing.createdAt = QDateTime::currentDateTimeUtc();
    if (known.value()) {
        if (Status updated = listings.update(listing); !updated)
            return updated.error();
    } else {
        const auto created = listings.create(listing);
        if (!created)
            return created.error();
        listing = created.value();
    }
    if (!known.value() || known.value()->amount != draft.amount) {
        const std::optional<Money> before = known.value() ? known.value()->amount : std::nullopt;
        if (Status kept = PriceHistoryRepository(m_db).record(listing.id, before, draft.amount, draft.note); !kept)
            return kept.error();
    }
    if (Status followed = itemFollowsListing(m_stock, listing); !followed)
        return followed.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return listing.id;
}

void StockXListingWriter::change(Action action, const QList<SeenListing> &listings, const std::optional<Money> &amount)
{
    if (m_busy || listings.isEmpty())
        return;
    m_busy = true;
    m_stopped.reset();
    m_results.clear();
    m_total = int(listings.size());
    const QList<PendingChange> known = pendingFor(listings, amount);
    if (known.isEmpty())
        finish();
    else if (listings.size() == 1)
        changeNext(action, known);
    else
        changeBatch(action, known);
}

QList<StockXListingWriter::PendingChange> StockXListingWriter::pendingFor(const QList<SeenListing> &seen,
                                                                          const std::optional<Money> &amount)
{
    QList<ListingId> ids;
    for (const SeenListing &listing : seen)
        ids << listing.id;
    const auto stored = ListingRepository(m_db).getMany(ids);
    QHash<ListingId, Listing> byId;
    for (const Listing &listing : stored.value_or(QList<Listing>()))
        byId.insert(listing.id, listing);
    QList<PendingChange> known;
    for (const SeenListing &listing : seen) {
        const auto now = byId.constFind(listing.id);
        if (now == byId.cend()) {
            record({{}, listing.id, stored ? writeError(tr("The listing no longer exists.")) : stored.error()});
        } else if (listing.version > 0 && listing.version != now->version) {
            // Another operator (or a sync) changed it since it was shown: sending would undo their change.
            record({now->itemId, now->id,
                    rowversion::stale(rowversion::Subject::Listing, now->updatedBy, now->updatedAt, now->id.toString()),
                    true});
        } else {
            known.append({*now, amount, std::nullopt, {}, {}});
        }
    }
    return known;
}

void StockXListingWriter::reprice(const QList<PriceChange> &changes)
{
    if (m_busy || changes.isEmpty())
        return;
    m_busy = true;
    m_stopped.reset();
    m_results.clear();
    m_total = int(changes.size());
    struct Loaded {
        QList<PendingChange> pending;
        QList<ListingWriteResult> missing;
    };
    m_storage.run<Loaded>(
        [this, changes] {
            Loaded loaded;
            QList<ListingId> ids;
            for (const PriceChange &change : changes)
                ids << change.listing;
            const auto listings = ListingRepository(m_db).getMany(ids);
            QHash<ListingId, Listing> byId;
            QList<StockItemId> itemIds;
            for (const Listing &listing : listings.value_or(QList<Listing>())) {
                byId.insert(listing.id, listing);
                itemIds << listing.itemId;
            }
            const auto items = m_stock.repository().getMany(itemIds);
            QHash<StockItemId, StockItem> pairs;
            for (const StockItem &item : items.value_or(QList<StockItem>()))
                pairs.insert(item.id, item);
            const std::optional<Error> unread = !listings ? listings.error()
                                                : !items  ? std::optional(items.error())
                                                          : std::nullopt;
            VariantCache variants;
            for (const PriceChange &change : changes) {
                const auto listing = byId.constFind(change.listing);
                const auto item = listing == byId.cend() ? pairs.cend() : pairs.constFind(listing->itemId);
                if (item == pairs.cend()) {
                    loaded.missing.append(
                        {{}, change.listing, unread.value_or(writeError(tr("The listing no longer exists.")))});
                    continue;
                }
                const auto variant = variantFor(*item, variants);
                loaded.pending.append(
                    {*listing, change.amount, change.expected, variant.value_or(QString()), change.note});
            }
            return loaded;
        },
        [this](const Loaded &loaded) {
            for (const ListingWriteResult &missing : loaded.missing)
                record(missing);
            if (loaded.pending.isEmpty())
                finish();
            else
                changeBatch(Action::Update, loaded.pending);
        });
}

void StockXListingWriter::cancel(const QString &why)
{
    if (m_busy && !m_stopped)
        m_stopped = why.isEmpty() ? tr("Stopped by the operator.") : why;
}

void StockXListingWriter::recordNotSent(const QList<PendingChange> &changes)
{
    for (const PendingChange &change : changes) {
        ListingWriteResult result{change.listing.itemId, change.listing.id,
                                  writeError(tr("Not sent: %1").arg(m_stopped.value_or(QString())))};
        result.notSent = true;
        record(result);
    }
}

void StockXListingWriter::changeBatch(Action action, QList<PendingChange> changes)
{
    if (m_stopped) {
        recordNotSent(changes);
        finish();
        return;
    }
    const QList<PendingChange> chunk = changes.mid(0, kBatchSize);
    const QList<PendingChange> rest = changes.mid(kBatchSize);
    if (!chunk.first().expected) {
        sendBatch(action, chunk, rest);
        return;
    }
    guardBatch(chunk, [this, action, rest](const QList<PendingChange> &ready) {
        if (m_stopped) {
            recordNotSent(ready + rest);
            finish();
        } else {
            sendBatch(action, ready, rest);
        }
    });
}

void StockXListingWriter::guardBatch(const QList<PendingChange> &chunk, std::function<void(QList<PendingChange>)> send)
{
    const auto lookUp = [this, chunk, send] {
        QList<StockXListingToFind> wanted;
        for (const PendingChange &change : chunk)
            wanted.append({change.listing.externalId, change.variantId});
        auto *lookup = new StockXListingLookup(m_client, this);
        lookup->find(wanted, [this, lookup, chunk, send](Result<StockXListingLookup::Found> found) {
            lookup->deleteLater();
            if (!found) {
                // Without StockX's view nothing can be changed safely; later batches would fail alike.
                Q_EMIT logLine(found.error().message);
                m_stopped = found.error().message;
                send(chunk);
                return;
            }
            QList<PendingChange> ready;
            for (const PendingChange &change : chunk) {
                const auto remote = found.value().constFind(change.listing.externalId);
                std::optional<Error> conflict;
                if (remote == found.value().constEnd())
                    conflict = writeError(tr("StockX no longer shows this listing as active or inactive (sold, "
                                             "deleted or expired there); the next listings sync updates it."));
                else if (remote->amount != change.expected)
                    conflict = writeError(tr("Changed on StockX: it asks %1 there, the last ask set here was %2. "
                                             "Left alone; set its price here to take it back.")
                                              .arg(remote->amount ? remote->amount->toDecimalString() : tr("nothing"),
                                                   change.expected->toDecimalString()));
                if (!conflict) {
                    ready.append(change);
                    continue;
                }
                ListingWriteResult result{change.listing.itemId, change.listing.id, conflict};
                result.conflict = true;
                record(result);
            }
            send(ready);
        });
    };
    if (!m_stopCheck) {
        lookUp();
        return;
    }
    m_storage.run<QString>(m_stopCheck, [this, chunk, send, lookUp](const QString &stop) {
        if (!stop.isEmpty() && !m_stopped)
            m_stopped = stop;
        if (m_stopped)
            send(chunk); // the caller reports the chunk as not sent
        else
            lookUp();
    });
}

void StockXListingWriter::sendBatch(Action action, const QList<PendingChange> &chunk, const QList<PendingChange> &rest)
{
    const auto next = [this, action, rest] {
        if (rest.isEmpty())
            finish();
        else
            changeBatch(action, rest);
    };
    if (chunk.isEmpty()) {
        next();
        return;
    }
    QJsonArray items;
    for (const PendingChange &change : chunk) {
        QJsonObject item{{u"listingId"_s, change.listing.externalId}};
        if (change.amount) {
            item.insert(u"amount"_s, amountText(*change.amount));
            item.insert(u"currencyCode"_s, change.amount->currency());
        }
        if (action == Action::Activate || action == Action::Deactivate)
            item.insert(u"active"_s, action == Action::Activate);
        items.append(item);
    }
    const QString kind = action == Action::Delete ? u"delete-listing"_s : u"update-listing"_s;
    runBatch(kind, items, [this, action, chunk, next](Result<QJsonArray> reported) {
        QHash<QString, QJsonObject> outcome;
        for (const QJsonValue &value : reported.value_or(QJsonArray())) {
            const QJsonObject input = value.toObject().value(u"listingInput"_s).toObject();
            outcome.insert(input.value(u"listingId"_s).toString(input.value(u"id"_s).toString()), value.toObject());
        }
        QList<std::pair<PendingChange, Status>> outcomes;
        for (const PendingChange &change : chunk) {
            const QJsonObject item = outcome.value(change.listing.externalId);
            outcomes.append({change, !reported ? Status(reported.error())
                                     : item.value(u"status"_s).toString() == u"COMPLETED"_s
                                         ? Status()
                                         : Status(item.isEmpty() ? writeError(tr("StockX did not report on this "
                                                                                 "listing; the next listings sync "
                                                                                 "shows it."))
                                                                 : batchItemError(item))});
        }
        storeChanges(action, outcomes, next);
    });
}

void StockXListingWriter::changeNext(Action action, QList<PendingChange> pending)
{
    if (pending.isEmpty()) {
        finish();
        return;
    }
    if (m_stopped) {
        recordNotSent(pending);
        finish();
        return;
    }
    const PendingChange current = pending.takeFirst();
    StockXRequest request;
    request.path = u"/selling/listings/"_s + current.listing.externalId;
    QJsonObject body;
    if (current.amount)
        body = {{u"amount"_s, amountText(*current.amount)}, {u"currencyCode"_s, current.amount->currency()}};
    switch (action) {
    case Action::Update:
        request.verb = "PATCH";
        request.body = QJsonDocument(body);
        break;
    case Action::Activate:
        request.verb = "PUT";
        request.path += u"/activate"_s;
        request.body = QJsonDocument(body); // StockX requires a body, even an empty one
        break;
    case Action::Deactivate:
        request.verb = "PUT";
        request.path += u"/deactivate"_s;
        break;
    case Action::Delete: request.verb = "DELETE"; break;
    }
    m_client.send(request, this, [this, action, current, pending](Result<StockXReply> reply) {
        const auto done = [this, action, current, pending](Result<QJsonObject> operation) {
            const Status confirmed = operation ? Status() : Status(operation.error());
            storeChanges(action, {{current, confirmed}}, [this, action, pending] { changeNext(action, pending); });
        };
        if (!reply)
            done(reply.error());
        else
            pollOperation(reply.value().json.object(), 0, done);
    });
}

void StockXListingWriter::storeChanges(Action action, const QList<std::pair<PendingChange, Status>> &outcomes,
                                       std::function<void()> then)
{
    m_storage.run<QList<ListingWriteResult>>(
        [this, action, outcomes] { return storeOutcomes(action, outcomes); },
        [this, action, outcomes, then = std::move(then)](const QList<ListingWriteResult> &results) {
            for (qsizetype i = 0; i < results.size(); ++i) {
                if (results.at(i).error)
                    Q_EMIT logLine(tr("The %1 of listing %2 failed.")
                                       .arg(changeName(action), outcomes.at(i).first.listing.externalId));
                record(results.at(i));
            }
            then();
        });
}

QList<ListingWriteResult> StockXListingWriter::storeOutcomes(Action action,
                                                             const QList<std::pair<PendingChange, Status>> &outcomes)
{
    QList<PendingChange> confirmed;
    for (const auto &[change, status] : outcomes)
        if (status)
            confirmed << change;
    const bool together = confirmed.size() > 1 && storeTogether(action, confirmed);
    QList<ListingWriteResult> results;
    for (const auto &[change, status] : outcomes) {
        const Status stored = !status ? status : together ? Status() : storeChange(action, change);
        results.append(
            {change.listing.itemId, change.listing.id, stored ? std::nullopt : std::optional<Error>(stored.error())});
    }
    return results;
}

bool StockXListingWriter::storeTogether(Action action, const QList<PendingChange> &changes)
{
    Transaction tx(m_db);
    if (!tx.begin())
        return false;
    QList<ListingId> ids;
    QList<StockItemId> itemIds;
    for (const PendingChange &change : changes) {
        ids << change.listing.id;
        itemIds << change.listing.itemId;
    }
    ListingRepository listings(m_db);
    const auto found = listings.getMany(ids);
    const auto items = m_stock.repository().getMany(itemIds);
    if (!found || found.value().size() != ids.size() || !items)
        return false; // a listing named twice or gone: each change alone says which
    QHash<ListingId, Listing> byId;
    for (const Listing &listing : found.value())
        byId.insert(listing.id, listing);
    QHash<StockItemId, StockItem> pairs;
    for (const StockItem &item : items.value())
        pairs.insert(item.id, item);
    QList<Listing> changed;
    QList<StockItem> moved;
    PriceHistoryRepository history(m_db);
    for (const PendingChange &change : changes) {
        Listing listing = byId.value(change.listing.id);
        const std::optional<Money> before = listing.amount;
        applyAction(action, change, listing);
        changed << listing;
        if (listing.amount && listing.amount != before)
            if (!history.record(listing.id, before, *listing.amount, change.note))
                return false;
        if (const auto pair = pairs.find(listing.itemId); pair != pairs.end())
            if (StockItem item = pair.value(); moveWithListing(item, listing))
                moved << item;
    }
    return listings.updateMany(changed) && m_stock.updateItems(moved) && tx.commit();
}

void StockXListingWriter::applyAction(Action action, const PendingChange &change, Listing &listing)
{
    switch (action) {
    case Action::Update: listing.amount = change.amount; break;
    case Action::Activate:
        listing.status = ListingStatus::Active;
        listing.platformStatus = u"ACTIVE"_s;
        if (change.amount)
            listing.amount = change.amount;
        break;
    case Action::Deactivate:
        listing.status = ListingStatus::Inactive;
        listing.platformStatus = u"INACTIVE"_s;
        break;
    case Action::Delete:
        listing.status = ListingStatus::Deleted;
        listing.platformStatus = u"DELETED"_s;
        break;
    }
}

Status StockXListingWriter::storeChange(Action action, const PendingChange &change)
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    ListingRepository listings(m_db);
    const auto found = listings.get(change.listing.id);
    if (!found || !found.value())
        return found ? Status(writeError(tr("The listing no longer exists."))) : Status(found.error());
    Listing listing = *found.value();
    const std::optional<Money> before = listing.amount;
    applyAction(action, change, listing);
    if (Status updated = listings.update(listing); !updated)
        return updated;
    if (listing.amount && listing.amount != before)
        if (Status kept = PriceHistoryRepository(m_db).record(listing.id, before, *listing.amount, change.note); !kept)
            return kept;
    if (Status followed = itemFollowsListing(m_stock, listing); !followed)
        return followed;
    return tx.commit();
}

} // namespace sf

#include "stockxlistinglookup.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sf {

StockXListingLookup::StockXListingLookup(StockXClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void StockXListingLookup::find(const QList<StockXListingToFind> &listings, Done done)
{
    m_done = std::move(done);
    m_found.clear();
    m_variants.clear();
    m_singles.clear();
    m_wanted.clear();
    for (const StockXListingToFind &listing : listings) {
        m_wanted.insert(listing.listingId);
        if (listing.variantId.isEmpty())
            m_singles.append(listing.listingId);
        else if (!m_variants.contains(listing.variantId))
            m_variants.append(listing.variantId);
    }
    if (m_variants.isEmpty())
        nextSingle();
    else
        nextVariantPage(1);
}

void StockXListingLookup::take(const QJsonObject &json)
{
    const auto listing = listingFromStockX(json);
    if (listing && m_wanted.contains(listing.value().listingId))
        m_found.insert(listing.value().listingId, listing.value());
}

void StockXListingLookup::fail(const Error &error)
{
    const Done done = std::exchange(m_done, nullptr);
    done(Error{error.code, tr("Checking the listings on StockX first failed: %1").arg(error.message), error.context});
}

void StockXListingLookup::nextVariantPage(int page)
{
    StockXRequest request;
    request.path = u"/selling/listings"_s;
    request.query.addQueryItem(u"variantIds"_s, m_variants.join(u','));
    request.query.addQueryItem(u"listingStatuses"_s, u"ACTIVE,INACTIVE"_s);
    request.query.addQueryItem(u"pageSize"_s, u"100"_s);
    request.query.addQueryItem(u"pageNumber"_s, QString::number(page));
    m_client.send(request, this, [this, page](Result<StockXReply> reply) {
        const QJsonObject json = reply ? reply.value().json.object() : QJsonObject();
        if (reply && !json.value(u"listings"_s).isArray())
            reply = Error{u"stockx.bad_json"_s, tr("StockX's listings came without their list."), {}};
        if (!reply) {
            fail(reply.error());
            return;
        }
        for (const QJsonValue &listing : json.value(u"listings"_s).toArray())
            take(listing.toObject());
        if (json.value(u"hasNextPage"_s).toBool())
            nextVariantPage(page + 1);
        else
            nextSingle();
    });
}

void StockXListingLookup::nextSingle()
{
    if (m_singles.isEmpty()) {
        const Done done = std::exchange(m_done, nullptr);
        done(m_found);
        return;
    }
    StockXRequest request;
    request.path = u"/selling/listings/"_s + m_singles.takeFirst();
    m_client.send(request, this, [this](Result<StockXReply> reply) {
        if (!reply && reply.error().code == u"stockx.not_found"_s) {
            nextSingle(); // gone from StockX: missing from the answer
            return;
        }
        if (!reply) {
            fail(reply.error());
            return;
        }
        const QJsonObject json = reply.value().json.object();
        const QString status = json.value(u"status"_s).toString();
        if (status == u"ACTIVE"_s || status == u"INACTIVE"_s)
            take(json);
        nextSingle();
    });
}

} // namespace sf

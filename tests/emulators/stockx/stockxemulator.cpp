#include "stockxemulator.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sf::emu {

namespace {
QByteArray shippingPdf(const QString &orderNumber, const QString &shippingId)
{
    // A one-page PDF with a valid cross-reference table, so viewers open it.
    const QByteArray text = "StockX shipping label - order " + orderNumber.toLatin1() + " - " + shippingId.toLatin1();
    const QByteArray stream = "BT /F1 14 Tf 40 760 Td (" + text + ") Tj ET";
    const QList<QByteArray> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                                       "/Resources << /Font << /F1 5 0 R >> >> >>",
                                       "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream +
                                           "\nendstream",
                                       "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QStringList commaList(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
}

std::optional<int> intParam(const QUrlQuery &query, const QString &key, int fallback, int min, int max)
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(key).toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

StockXEmulator::StockXEmulator(const EmulatorOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_market(m_catalog)
{
    m_clock.start();
}

StockXEmulator::~StockXEmulator() = default;

quint16 StockXEmulator::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString StockXEmulator::apiUrl() const
{
    return u"http://127.0.0.1:%1/v2"_s.arg(m_port);
}

QString StockXEmulator::authUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QDateTime StockXEmulator::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset);
}

QString StockXEmulator::issueRefreshToken()
{
    const QString token = u"v1.refresh."_s + QString::number(++m_tokenCounter) + u'.' +
                          QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    m_refreshTokens.insert(token);
    return token;
}

void StockXEmulator::injectFault(Fault fault, int count, const QString &pathPrefix)
{
    m_faults.append({fault, count, pathPrefix});
}

void StockXEmulator::expireAccessTokens()
{
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it)
        it.value() = now().addSecs(-1);
}

void StockXEmulator::revokeRefreshTokens()
{
    m_refreshTokens.clear();
}

StockXEmulator::Reply StockXEmulator::json(const QJsonValue &value, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

StockXEmulator::Reply StockXEmulator::error(int status, const QString &message)
{
    return json(QJsonObject{{u"statusCode"_s, status}, {u"message"_s, message}}, status);
}

void StockXEmulator::send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply)
{
    m_requests.last().status = reply.status;
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[key, value] : reply.headers)
        responder.writeHeader(key, value);
    responder.writeBody(reply.body);
}

void StockXEmulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, error(404, u"Not found"_s));
}

std::optional<StockXEmulator::PendingFault> StockXEmulator::takeFault(const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        PendingFault &fault = m_faults[i];
        if (!path.startsWith(fault.pathPrefix))
            continue;
        PendingFault taken = fault;
        if (--fault.remaining <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

bool StockXEmulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    m_requests.append({m_clock.nsecsElapsed(),
                       QString::fromLatin1(QVariant::fromValue(request.method()).toString().toLatin1()), path, 0});
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (!parts.isEmpty() && parts.first() == u"__emulator"_s) {
        send(request, socket, control(request, parts.mid(1)));
        return true;
    }
    if (const auto fault = takeFault(path)) {
        switch (fault->fault) {
        case Fault::Hang: return true; // never answered: the client's timeout has to end the wait
        case Fault::LostReply:
            if (path.startsWith(u"/v2/"_s))
                api(request, parts.mid(1));
            return true;
        case Fault::ServerError: send(request, socket, error(500, u"Internal Server Error"_s)); return true;
        case Fault::Unavailable: send(request, socket, error(503, u"Service Unavailable"_s)); return true;
        case Fault::TooManyRequests: send(request, socket, error(429, u"Too Many Requests"_s)); return true;
        case Fault::EmptyObject: send(request, socket, json(QJsonObject())); return true;
        case Fault::RedirectAway: {
            Reply moved = error(307, u"Moved"_s);
            moved.headers.append({"Location", u"http://127.0.0.2:%1%2"_s.arg(m_port).arg(path).toUtf8()});
            send(request, socket, moved);
            return true;
        }
        case Fault::Truncated:
        case Fault::Malformed: break; // answered below, with a damaged body
        }
        Reply reply = path.startsWith(u"/v2/"_s) ? api(request, parts.mid(1)) : token(request);
        reply.body = fault->fault == Fault::Truncated ? reply.body.left(reply.body.size() / 2)
                                                      : QByteArray("{\"count\": 12, \"orders\": [{\"orderNumber\": ");
        send(request, socket, reply);
        return true;
    }
    if (path == u"/authorize"_s)
        send(request, socket, authorize(request));
    else if (path == u"/oauth/token"_s)
        send(request, socket, token(request));
    else if (path == u"/.well-known/openid-configuration"_s)
        send(request, socket,
             json(QJsonObject{{u"issuer"_s, QString(authUrl() + u'/')},
                              {u"authorization_endpoint"_s, QString(authUrl() + u"/authorize"_s)},
                              {u"token_endpoint"_s, QString(authUrl() + u"/oauth/token"_s)},
                              {u"jwks_uri"_s, QString(authUrl() + u"/.well-known/jwks.json"_s)},
                              {u"grant_types_supported"_s, QJsonArray{u"authorization_code"_s, u"refresh_token"_s}}}));
    else if (!parts.isEmpty() && parts.first() == u"v2"_s)
        send(request, socket, api(request, parts.mid(1)));
    else
        missingHandler(request, socket);
    return true;
}

StockXEmulator::Reply StockXEmulator::authorize(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    if (query.queryItemValue(u"response_type"_s) != u"code"_s ||
        query.queryItemValue(u"client_id"_s) != m_options.clientId)
        return error(400, u"invalid authorize request"_s);
    // The emulated user is always logged in and always consents.
    const QString code = u"code-"_s + QString::number(++m_tokenCounter);
    const QString redirect = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
    m_codes.insert(code, redirect);
    QUrl target(redirect);
    QUrlQuery back;
    back.addQueryItem(u"code"_s, code);
    back.addQueryItem(u"state"_s, query.queryItemValue(u"state"_s, QUrl::FullyDecoded));
    target.setQuery(back);
    Reply reply;
    reply.status = 302;
    reply.contentType = "text/plain";
    reply.headers.append({QByteArray("Location"), target.toEncoded()});
    return reply;
}

StockXEmulator::Reply StockXEmulator::token(const QHttpServerRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body()));
    const auto value = [&](const QString &key) { return form.queryItemValue(key, QUrl::FullyDecoded); };
    if (value(u"client_id"_s) != m_options.clientId || value(u"client_secret"_s) != m_options.clientSecret)
        return json(QJsonObject{{u"error"_s, u"access_denied"_s}, {u"error_description"_s, u"Unauthorized"_s}}, 401);
    const QString grant = value(u"grant_type"_s);
    QJsonObject answer;
    if (grant == u"authorization_code"_s) {
        const QString code = value(u"code"_s);
        if (!m_codes.contains(code) || m_codes.value(code) != value(u"redirect_uri"_s))
            return json(QJsonObject{{u"error"_s, u"invalid_grant"_s},
                                    {u"error_description"_s, u"Invalid authorization code"_s}},
                        403);
        m_codes.remove(code);
        answer.insert(u"refresh_token"_s, issueRefreshToken());
    } else if (grant == u"refresh_token"_s) {
        if (!m_refreshTokens.contains(value(u"refresh_token"_s)))
            return json(QJsonObject{{u"error"_s, u"invalid_grant"_s},
                                    {u"error_description"_s, u"Unknown or invalid refresh token."_s}},
                        403);
        ++m_refreshGrants;
        answer.insert(u"scope"_s, u"openid email offline_access"_s);
    } else {
        return json(QJsonObject{{u"error"_s, u"unsupported_grant_type"_s}}, 400);
    }
    const QString access = u"eyJ.emulator."_s + QString::number(++m_tokenCounter);
    m_accessTokens.insert(access, now().addSecs(m_options.tokenLifetimeSeconds));
    answer.insert(u"access_token"_s, access);
    answer.insert(u"id_token"_s, QString(u"eyJ.id."_s + QString::number(m_tokenCounter)));
    answer.insert(u"token_type"_s, u"Bearer"_s);
    answer.insert(u"expires_in"_s, m_options.tokenLifetimeSeconds);
    return json(answer);
}

std::optional<StockXEmulator::Reply> StockXEmulator::rateLimited(int batchItems)
{
    if (!m_options.rateLimit)
        return std::nullopt;
    const qint64 nowNs = m_clock.nsecsElapsed();
    const qint64 intervalNs = qint64(m_options.minIntervalMs) * 1000000;
    const QDate today = now().date();
    if (today != m_quotaDay) {
        m_quotaDay = today;
        m_quotaUsed = 0;
    }
    Reply refused = error(429, u"Too Many Requests"_s);
    if (m_quotaUsed >= m_options.dailyQuota) {
        if (m_options.retryAfter)
            refused.headers.append(
                {QByteArray("Retry-After"),
                 QByteArray::number(now().secsTo(QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC)))});
        return refused;
    }
    if (m_lastAcceptedNs >= 0 && nowNs - m_lastAcceptedNs < intervalNs) {
        if (m_options.retryAfter)
            refused.headers.append({QByteArray("Retry-After"), QByteArray("1")});
        return refused;
    }
    while (!m_batchItems.empty() && nowNs - m_batchItems.front().first > 300LL * 1000000000)
        m_batchItems.pop_front();
    int recentItems = 0;
    for (const auto &[at, items] : m_batchItems)
        recentItems += items;
    if (batchItems > 0 && recentItems + batchItems > m_options.batchItemsPer5Min)
        return refused;
    if (batchItems > 0)
        m_batchItems.emplace_back(nowNs, batchItems);
    m_lastAcceptedNs = nowNs;
    ++m_quotaUsed;
    return std::nullopt;
}

StockXEmulator::Reply StockXEmulator::api(const QHttpServerRequest &request, const QStringList &parts)
{
    if (request.value("x-api-key") != m_options.apiKey.toUtf8())
        return error(401, u"Unauthorized"_s);
    int batchItems = 0;
    if (parts.size() == 3 && parts.at(1) == u"batch"_s && request.method() == QHttpServerRequest::Method::Post)
        batchItems = int(QJsonDocument::fromJson(request.body()).object().value(u"items"_s).toArray().size());
    if (auto refused = rateLimited(batchItems))
        return *refused;
    const QByteArray bearer = request.value("Authorization");
    const QString token = QString::fromUtf8(bearer.startsWith("Bearer ") ? bearer.mid(7) : QByteArray());
    if (!m_accessTokens.contains(token) || m_accessTokens.value(token) <= now())
        return error(401, u"Unauthorized"_s);
    if (parts.isEmpty())
        return error(404, u"Not found"_s);
    if (parts.first() == u"catalog"_s)
        return catalogApi(request, parts.mid(1));
    if (parts.size() >= 2 && parts.first() == u"selling"_s && parts.at(1) == u"listings"_s)
        return listingsApi(request, parts.mid(2));
    if (parts.size() >= 2 && parts.first() == u"selling"_s && parts.at(1) == u"batch"_s)
        return batchApi(request, parts.mid(2));
    if (parts.size() >= 2 && parts.first() == u"selling"_s && parts.at(1) == u"orders"_s)
        return ordersApi(request, parts.mid(2));
    return error(404, u"Not found"_s);
}

StockXEmulator::Reply StockXEmulator::catalogApi(const QHttpServerRequest &request, const QStringList &parts)
{
    const QUrlQuery query = request.query();
    const bool numbers = m_market.moneyAsNumbers;
    const QString currency =
        query.queryItemValue(u"currencyCode"_s).isEmpty() ? u"USD"_s : query.queryItemValue(u"currencyCode"_s);
    if (parts == QStringList{u"search"_s}) {
        const QString text = query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
        const auto pageNumber = intParam(query, u"pageNumber"_s, 1, 1, 1000000);
        const auto pageSize = intParam(query, u"pageSize"_s, 1, 1, 50);
        if (text.isEmpty() || text.size() > 100 || !pageNumber || !pageSize)
            return error(400, u"The request did not succeed"_s);
        const auto found = m_catalog.search(text);
        QJsonArray products;
        for (qsizetype i = qsizetype(*pageNumber - 1) * *pageSize; i < found.size() && products.size() < *pageSize; ++i)
            products.append(m_catalog.productJson(*found.at(i), false));
        return json(QJsonObject{{u"count"_s, int(found.size())},
                                {u"pageSize"_s, int(products.size())},
                                {u"pageNumber"_s, *pageNumber},
                                {u"hasNextPage"_s, qsizetype(*pageNumber) * *pageSize < found.size()},
                                {u"products"_s, products}});
    }
    if (parts.size() == 4 && parts.at(0) == u"products"_s && parts.at(1) == u"variants"_s &&
        parts.at(2) == u"gtins"_s) {
        const QString gtin = parts.at(3);
        static const QList<int> lengths = {8, 12, 13, 14};
        if (!lengths.contains(int(gtin.size())) ||
            !std::all_of(gtin.cbegin(), gtin.cend(), [](QChar c) { return c.isDigit(); }))
            return error(400, u"Invalid GTIN"_s);
        const EmuVariant *v = m_catalog.variantByGtin(gtin);
        return v ? json(m_catalog.variantJson(*v)) : error(404, u"Not found"_s);
    }
    if (parts.size() < 2 || parts.first() != u"products"_s)
        return error(404, u"Not found"_s);
    const EmuProduct *p = m_catalog.product(parts.at(1));
    if (!p)
        return error(404, u"Not found"_s);
    if (parts.size() == 2)
        return json(m_catalog.productJson(*p, true));
    if (parts.size() == 3 && parts.at(2) == u"variants"_s) {
        QJsonArray variants;
        for (int index : p->variantIndexes)
            variants.append(m_catalog.variantJson(m_catalog.variants().at(index)));
        return json(variants);
    }
    if (parts.size() == 3 && parts.at(2) == u"market-data"_s) {
        QJsonArray data;
        for (int index : p->variantIndexes)
            data.append(m_catalog.marketDataJson(m_catalog.variants().at(index), currency, numbers));
        return json(data);
    }
    if (parts.size() >= 4 && parts.at(2) == u"variants"_s) {
        const EmuVariant *v = m_catalog.variant(parts.at(3));
        if (!v)
            return error(404, u"Not found"_s);
        if (v->productId != p->productId)
            return error(400, u"Variant does not belong to the product."_s);
        if (parts.size() == 4)
            return json(m_catalog.variantJson(*v));
        if (parts.size() == 5 && parts.at(4) == u"market-data"_s)
            return json(m_catalog.marketDataJson(*v, currency, numbers));
    }
    return error(404, u"Not found"_s);
}

StockXEmulator::Reply StockXEmulator::listingsApi(const QHttpServerRequest &request, const QStringList &parts)
{
    using Method = QHttpServerRequest::Method;
    const QUrlQuery query = request.query();
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const auto operationReply = [&](const std::variant<EmuOperation, QString> &outcome, int status) {
        if (const auto *op = std::get_if<EmuOperation>(&outcome))
            return json(m_market.operationJson(*op, apiUrl()), status);
        const QString message = std::get<QString>(outcome);
        return message.isEmpty() ? error(404, u"Not found"_s) : error(400, message);
    };
    if (parts.isEmpty() && request.method() == Method::Post)
        return operationReply(m_market.createListing(body, now()), 201);
    if (parts.isEmpty() && request.method() == Method::Get) {
        const auto pageNumber = intParam(query, u"pageNumber"_s, 1, 1, 1000000);
        const auto pageSize = intParam(query, u"pageSize"_s, 1, 1, 100);
        if (!pageNumber || !pageSize)
            return error(400, u"pageSize must be between 1 and 100"_s);
        const auto found = m_market.listings(commaList(query, u"listingStatuses"_s), commaList(query, u"productIds"_s),
                                             commaList(query, u"variantIds"_s),
                                             query.queryItemValue(u"isExpired"_s) == u"true"_s, now());
        QJsonArray listings;
        for (qsizetype i = qsizetype(*pageNumber - 1) * *pageSize; i < found.size() && listings.size() < *pageSize; ++i)
            listings.append(m_market.listingJson(*found.at(i), false));
        return json(QJsonObject{{u"count"_s, int(found.size())},
                                {u"pageSize"_s, int(listings.size())},
                                {u"pageNumber"_s, *pageNumber},
                                {u"hasNextPage"_s, qsizetype(*pageNumber) * *pageSize < found.size()},
                                {u"listings"_s, listings}});
    }
    const QString listingId = parts.value(0);
    const EmuListing *listing = m_market.listing(listingId);
    if (parts.size() == 1 && request.method() == Method::Get)
        return listing ? json(m_market.listingJson(*listing, true)) : error(404, u"Not found"_s);
    if (parts.size() == 1 && request.method() == Method::Patch)
        return operationReply(m_market.changeListing(listingId, u"UPDATE"_s, body, now()), 200);
    if (parts.size() == 1 && request.method() == Method::Delete)
        return operationReply(m_market.changeListing(listingId, u"DELETE"_s, {}, now()), 200);
    if (parts.size() == 2 && request.method() == Method::Put && parts.at(1) == u"activate"_s)
        return operationReply(m_market.changeListing(listingId, u"ACTIVATE"_s, body, now()), 200);
    if (parts.size() == 2 && request.method() == Method::Put && parts.at(1) == u"deactivate"_s)
        return operationReply(m_market.changeListing(listingId, u"DEACTIVATE"_s, {}, now()), 200);
    if (parts.size() == 3 && parts.at(1) == u"operations"_s) {
        const EmuOperation *op = m_market.pollOperation(listingId, parts.at(2), now());
        return op ? json(m_market.operationJson(*op, QString())) : error(404, u"Not found"_s);
    }
    if (parts.size() == 2 && parts.at(1) == u"operations"_s) {
        if (!listing)
            return error(404, u"Not found"_s);
        const auto pageSize = intParam(query, u"pageSize"_s, 100, 1, 100);
        const auto from = intParam(query, u"cursor"_s, 0, 0, 1000000);
        if (!pageSize || !from)
            return error(400, u"Invalid cursor or pageSize"_s);
        const auto ops = m_market.operationsOf(listingId);
        QJsonArray page;
        for (qsizetype i = *from; i < ops.size() && page.size() < *pageSize; ++i)
            page.append(m_market.operationJson(*ops.at(i), QString()));
        const qsizetype next = *from + page.size();
        return json(QJsonObject{
            {u"nextCursor"_s, next < ops.size() ? QJsonValue(QString::number(next)) : QJsonValue(QJsonValue::Null)},
            {u"operations"_s, page}});
    }
    return error(404, u"Not found"_s);
}

StockXEmulator::Reply StockXEmulator::batchApi(const QHttpServerRequest &request, const QStringList &parts)
{
    static const QStringList kinds = {u"create-listing"_s, u"update-listing"_s, u"delete-listing"_s};
    if (parts.isEmpty() || !kinds.contains(parts.first()))
        return error(404, u"Not found"_s);
    if (parts.size() == 1 && request.method() == QHttpServerRequest::Method::Post) {
        const QJsonArray items = QJsonDocument::fromJson(request.body()).object().value(u"items"_s).toArray();
        if (items.isEmpty() || items.size() > 100)
            return error(400, u"A batch holds 1 to 100 items."_s);
        return json(m_market.batchJson(m_market.startBatch(parts.first(), items, now())));
    }
    EmuBatch *batch = m_market.pollBatch(parts.value(1), now());
    if (!batch || batch->kind != parts.first())
        return error(404, u"Not found"_s);
    if (parts.size() == 2)
        return json(m_market.batchJson(*batch));
    if (parts.size() == 3 && parts.at(2) == u"items"_s) {
        const QString status = request.query().queryItemValue(u"status"_s);
        QJsonArray items;
        for (const EmuBatchItem &item : std::as_const(batch->items)) {
            const QJsonObject itemJson = m_market.batchItemJson(*batch, item);
            if (status.isEmpty() || itemJson.value(u"status"_s).toString() == status)
                items.append(itemJson);
        }
        return json(QJsonObject{{u"items"_s, items}});
    }
    return error(404, u"Not found"_s);
}

StockXEmulator::Reply StockXEmulator::ordersApi(const QHttpServerRequest &request, const QStringList &parts)
{
    const QUrlQuery query = request.query();
    if (parts.size() == 1 && (parts.first() == u"active"_s || parts.first() == u"history"_s)) {
        const bool active = parts.first() == u"active"_s;
        const auto pageNumber = intParam(query, u"pageNumber"_s, 1, 1, 1000000);
        const auto pageSize = intParam(query, u"pageSize"_s, 10, 1, 100);
        const QDate from = QDate::fromString(query.queryItemValue(u"fromDate"_s), Qt::ISODate);
        const QDate to = QDate::fromString(query.queryItemValue(u"toDate"_s), Qt::ISODate);
        if (!pageNumber || !pageSize)
            return error(400, u"pageSize must be between 1 and 100"_s);
        if ((query.hasQueryItem(u"fromDate"_s) && !from.isValid()) ||
            (query.hasQueryItem(u"toDate"_s) && !to.isValid()))
            return error(400, u"Dates must be YYYY-MM-DD"_s);
        const auto found = m_market.orders(active, query.queryItemValue(u"orderStatus"_s), active ? QDate() : from,
                                           active ? QDate() : to);
        QJsonArray orders;
        for (qsizetype i = qsizetype(*pageNumber - 1) * *pageSize; i < found.size() && orders.size() < *pageSize; ++i)
            orders.append(m_market.orderJson(*found.at(i), false, apiUrl()));
        return json(QJsonObject{{u"count"_s, int(found.size())},
                                {u"pageSize"_s, int(orders.size())},
                                {u"pageNumber"_s, *pageNumber},
                                {u"hasNextPage"_s, qsizetype(*pageNumber) * *pageSize < found.size()},
                                {u"orders"_s, orders}});
    }
    const EmuOrder *order = m_market.order(parts.value(0));
    if (!order)
        return error(404, u"Not found"_s);
    if (parts.size() == 1)
        return json(m_market.orderJson(*order, true, apiUrl()));
    if (parts.size() == 2 && parts.at(1) == u"shipping-document"_s) {
        if (order->inventoryType != u"DIRECT"_s)
            return error(400, u"Only Direct orders have shipping documents here."_s);
        return json(QJsonObject{{u"shippingDocuments"_s, QJsonValue::Null}});
    }
    if (parts.size() == 3 && parts.at(1) == u"shipping-document"_s) {
        if (parts.at(2) != order->shippingId)
            return error(404, u"Not found"_s);
        Reply reply;
        reply.contentType = "application/pdf";
        reply.body = shippingPdf(order->orderNumber, order->shippingId);
        return reply;
    }
    return error(404, u"Not found"_s);
}

QJsonObject StockXEmulator::configJson() const
{
    return {{u"rateLimit"_s, m_options.rateLimit},
            {u"minIntervalMs"_s, m_options.minIntervalMs},
            {u"dailyQuota"_s, m_options.dailyQuota},
            {u"retryAfter"_s, m_options.retryAfter},
            {u"tokenLifetimeSeconds"_s, m_options.tokenLifetimeSeconds},
            {u"pendingPolls"_s, m_market.pendingPolls},
            {u"failOperations"_s, m_market.failOperations},
            {u"moneyAsNumbers"_s, m_market.moneyAsNumbers},
            {u"unknownStatuses"_s, m_market.unknownStatuses},
            {u"listings"_s, m_market.listingCount()},
            {u"orders"_s, m_market.orderCount()},
            {u"clientId"_s, m_options.clientId},
            {u"apiKey"_s, m_options.apiKey}};
}

void StockXEmulator::configure(const QJsonObject &config)
{
    m_options.rateLimit = config.value(u"rateLimit"_s).toBool(m_options.rateLimit);
    m_options.minIntervalMs = config.value(u"minIntervalMs"_s).toInt(m_options.minIntervalMs);
    m_options.dailyQuota = config.value(u"dailyQuota"_s).toInt(m_options.dailyQuota);
    m_options.retryAfter = config.value(u"retryAfter"_s).toBool(m_options.retryAfter);
    m_options.tokenLifetimeSeconds = config.value(u"tokenLifetimeSeconds"_s).toInt(m_options.tokenLifetimeSeconds);
    m_market.pendingPolls = config.value(u"pendingPolls"_s).toInt(m_market.pendingPolls);
    m_market.failOperations = config.value(u"failOperations"_s).toInt(m_market.failOperations);
    m_market.moneyAsNumbers = config.value(u"moneyAsNumbers"_s).toBool(m_market.moneyAsNumbers);
    m_market.unknownStatuses = config.value(u"unknownStatuses"_s).toBool(m_market.unknownStatuses);
}

StockXEmulator::Reply StockXEmulator::control(const QHttpServerRequest &request, const QStringList &parts)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString what = parts.value(0);
    if (what == u"config"_s) {
        if (request.method() == QHttpServerRequest::Method::Post)
            configure(body);
        return json(configJson());
    }
    if (what == u"seed"_s) {
        m_market.seed(body.value(u"orders"_s).toInt(), body.value(u"listings"_s).toInt(), now());
        return json(configJson());
    }
    if (what == u"refresh-token"_s)
        return json(QJsonObject{{u"refresh_token"_s, issueRefreshToken()}});
    if (what == u"fault"_s) {
        static const QHash<QString, Fault> names = {
            {u"500"_s, Fault::ServerError},      {u"503"_s, Fault::Unavailable},
            {u"429"_s, Fault::TooManyRequests},  {u"hang"_s, Fault::Hang},
            {u"lost-reply"_s, Fault::LostReply}, {u"empty-object"_s, Fault::EmptyObject},
            {u"truncated"_s, Fault::Truncated},  {u"malformed"_s, Fault::Malformed}};
        const QString kind = body.value(u"kind"_s).toString();
        if (!names.contains(kind))
            return error(400, u"kind is one of 500, 503, 429, hang, truncated, malformed"_s);
        injectFault(names.value(kind), body.value(u"count"_s).toInt(1), body.value(u"path"_s).toString(u"/v2/"_s));
        return json(QJsonObject{{u"queued"_s, int(m_faults.size())}});
    }
    if (what == u"expire-tokens"_s) {
        expireAccessTokens();
        return json(QJsonObject{});
    }
    if (what == u"revoke-refresh-tokens"_s) {
        revokeRefreshTokens();
        return json(QJsonObject{});
    }
    if (what == u"sell"_s) {
        const auto order = m_market.sell(parts.value(1), now());
        return order ? json(m_market.orderJson(*order, true, apiUrl()), 201)
                     : error(400, u"Only an ACTIVE listing can be sold."_s);
    }
    if (what == u"orders"_s && parts.value(2) == u"advance"_s) {
        const auto order = m_market.advance(parts.value(1), body.value(u"status"_s).toString(), now());
        return order ? json(m_market.orderJson(*order, true, apiUrl())) : error(400, u"No further status."_s);
    }
    if (what == u"requests"_s) {
        QJsonArray log;
        for (const RequestRecord &r : std::as_const(m_requests))
            log.append(QJsonObject{{u"ms"_s, double(r.receivedNs) / 1e6},
                                   {u"method"_s, r.method},
                                   {u"path"_s, r.path},
                                   {u"status"_s, r.status}});
        return json(log);
    }
    if (what == u"clock"_s) {
        m_clockOffset = qint64(body.value(u"offsetSeconds"_s).toDouble(double(m_clockOffset)));
        return json(QJsonObject{{u"now"_s, iso(now())}});
    }
    return error(404, u"Unknown control call"_s);
}

} // namespace sf::emu

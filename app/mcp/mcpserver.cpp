#include "mcpserver.h"

#include "mcptools.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace sf::mcp {

namespace {
Q_LOGGING_CATEGORY(lcMcp, "sf.mcp")

// JSON-RPC 2.0's codes, and MCP's for a resource that does not exist.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kResourceNotFound = -32002;

bool validId(const QJsonValue &id)
{
    return id.isString() || (id.isDouble() && id.toDouble() == double(qint64(id.toDouble())));
}
} // namespace

McpServer::McpServer(McpTools &tools, QString version)
    : m_tools(tools)
    , m_version(std::move(version))
{}

QByteArray McpServer::reply(const QJsonValue &id, const Answer &answer)
{
    QJsonObject message{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}};
    if (const auto *result = std::get_if<QJsonObject>(&answer)) {
        message.insert(u"result"_s, *result);
    } else {
        const Failure &failure = std::get<Failure>(answer);
        message.insert(u"error"_s, QJsonObject{{u"code"_s, failure.code}, {u"message"_s, failure.message}});
    }
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

QByteArray McpServer::oversized()
{
    return reply(QJsonValue::Null,
                 Failure{kInvalidRequest, QCoreApplication::translate(
                                              "McpServer", "The message is longer than %1 bytes; it was not read.")
                                              .arg(kMaxMessage)});
}

std::optional<QByteArray> McpServer::handleLine(const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return std::nullopt;
    if (line.size() > kMaxMessage)
        return oversized();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reply(QJsonValue::Null, Failure{kParseError, QCoreApplication::translate(
                                                                "McpServer", "The message is not JSON: %1 at byte %2.")
                                                                .arg(parseError.errorString())
                                                                .arg(parseError.offset)});
    if (!document.isObject())
        return reply(
            QJsonValue::Null,
            Failure{kInvalidRequest, QCoreApplication::translate("McpServer", "A message must be one JSON object.")});
    const QJsonObject message = document.object();
    const bool hasId = message.contains(u"id"_s);
    const QJsonValue id = message.value(u"id"_s);
    if (!message.contains(u"method"_s) && (message.contains(u"result"_s) || message.contains(u"error"_s)))
        return std::nullopt; // an answer to a request we never send
    if (message.value(u"jsonrpc"_s).toString() != u"2.0"_s || !message.value(u"method"_s).isString() ||
        (hasId && !validId(id)) || (message.contains(u"params"_s) && !message.value(u"params"_s).isObject()))
        return reply(hasId && validId(id) ? id : QJsonValue(QJsonValue::Null),
                     Failure{kInvalidRequest,
                             QCoreApplication::translate("McpServer",
                                                         "Not a JSON-RPC 2.0 request: it needs \"jsonrpc\": \"2.0\", a "
                                                         "method name, a string or integer id and object params.")});
    const QString method = message.value(u"method"_s).toString();
    if (!hasId) { // a notification: never answered
        if (method == u"notifications/initialized"_s)
            m_initialized = true;
        return std::nullopt;
    }
    return reply(id, dispatch(method, message.value(u"params"_s).toObject()));
}

McpServer::Answer McpServer::dispatch(const QString &method, const QJsonObject &params)
{
    if (method == u"initialize"_s)
        return initialize(params);
    if (method == u"ping"_s)
        return QJsonObject();
    if (method == u"tools/list"_s)
        return QJsonObject{{u"tools"_s, m_tools.definitions()}};
    if (method == u"tools/call"_s)
        return callTool(params);
    if (method == u"resources/list"_s)
        return QJsonObject{{u"resources"_s, m_tools.resources()}};
    if (method == u"resources/read"_s)
        return readResource(params);
    return Failure{kMethodNotFound, QCoreApplication::translate("McpServer", "There is no method \"%1\".").arg(method)};
}

McpServer::Answer McpServer::initialize(const QJsonObject &params)
{
    const QString asked = params.value(u"protocolVersion"_s).toString();
    const QString version = kProtocolVersions.contains(asked) ? asked : kProtocolVersions.first();
    qCInfo(lcMcp) << "initialize:" << params.value(u"clientInfo"_s).toObject().value(u"name"_s).toString()
                  << "asked for protocol" << asked << "- answering" << version;
    return QJsonObject{
        {u"protocolVersion"_s, version},
        {u"capabilities"_s,
         QJsonObject{{u"tools"_s, QJsonObject{{u"listChanged"_s, false}}},
                     {u"resources"_s, QJsonObject{{u"listChanged"_s, false}, {u"subscribe"_s, false}}}}},
        {u"serverInfo"_s,
         QJsonObject{{u"name"_s, u"soleflipper-mcp"_s}, {u"title"_s, u"SoleFlipper"_s}, {u"version"_s, m_version}}},
        {u"instructions"_s,
         QCoreApplication::translate(
             "McpServer",
             "SoleFlipper is a sneaker reseller's own database. Remember things with store_memory and find them "
             "with search_memory; ask about stock, orders, key figures, dead stock and prices with the other tools, "
             "which only read. Money is given as exact decimal strings with a currency.")}};
}

McpServer::Answer McpServer::callTool(const QJsonObject &params)
{
    if (!params.value(u"name"_s).isString())
        return Failure{kInvalidParams, QCoreApplication::translate("McpServer", "tools/call needs the tool's name.")};
    if (params.contains(u"arguments"_s) && !params.value(u"arguments"_s).isObject())
        return Failure{kInvalidParams,
                       QCoreApplication::translate("McpServer", "A tool's arguments must be a JSON object.")};
    const QString name = params.value(u"name"_s).toString();
    const auto called = m_tools.call(name, params.value(u"arguments"_s).toObject());
    if (!called)
        return Failure{kInvalidParams, called.error().message};
    const ToolReply &reply = called.value();
    if (reply.error) {
        qCWarning(lcMcp) << name << "failed:" << *reply.error;
        return QJsonObject{{u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, *reply.error}}}},
                           {u"isError"_s, true}};
    }
    const QString text = QString::fromUtf8(QJsonDocument(reply.structured).toJson(QJsonDocument::Compact));
    return QJsonObject{{u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}}}},
                       {u"structuredContent"_s, reply.structured},
                       {u"isError"_s, false}};
}

McpServer::Answer McpServer::readResource(const QJsonObject &params)
{
    const QString uri = params.value(u"uri"_s).toString();
    if (uri.isEmpty())
        return Failure{kInvalidParams, QCoreApplication::translate("McpServer", "resources/read needs a uri.")};
    const auto read = m_tools.readResource(uri);
    if (!read)
        return Failure{read.error().code == McpTools::kNotFoundCode ? kResourceNotFound : kInternalError,
                       read.error().message};
    const QString text = QString::fromUtf8(QJsonDocument(read.value()).toJson(QJsonDocument::Compact));
    return QJsonObject{
        {u"contents"_s,
         QJsonArray{QJsonObject{{u"uri"_s, uri}, {u"mimeType"_s, u"application/json"_s}, {u"text"_s, text}}}}};
}

} // namespace sf::mcp

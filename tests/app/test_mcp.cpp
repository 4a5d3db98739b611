// soleflipper-mcp (issue 18): the JSON-RPC framing and its error answers, the line reader, memories on both
// backends, and business tools that read through a connection that cannot write.
#include "catchqt.h"
#include "fixtures.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "db/sqlquery.h"
#include "inventory/stockrepository.h"
#include "linereader.h"
#include "mcpserver.h"
#include "mcptools.h"
#include "memory/memoryrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using namespace sf;
using namespace sf::mcp;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
QJsonObject answer(McpServer &server, const QByteArray &line)
{
    const auto reply = server.handleLine(line);
    REQUIRE(reply);
    REQUIRE_FALSE(reply->contains('\n'));
    const QJsonDocument document = QJsonDocument::fromJson(*reply);
    REQUIRE(document.isObject());
    CHECK(document.object().value(u"jsonrpc"_s) == u"2.0"_s);
    return document.object();
}

int errorCode(const QJsonObject &reply)
{
    return reply.value(u"error"_s).toObject().value(u"code"_s).toInt();
}

QByteArray request(int id, const QString &method, const QJsonObject &params = {})
{
    return QJsonDocument(
               QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject callTool(McpServer &server, const QString &name, const QJsonObject &arguments)
{
    return answer(server, request(7, u"tools/call"_s, {{u"name"_s, name}, {u"arguments"_s, arguments}}))
        .value(u"result"_s)
        .toObject();
}

void pingWorks(McpServer &server)
{
    const QJsonObject pong = answer(server, request(99, u"ping"_s));
    CHECK(pong.value(u"id"_s).toInt() == 99);
    CHECK(pong.value(u"result"_s).toObject().isEmpty());
}

// One server over one database for both memories and business (the tests' own backend).
struct Served {
    explicit Served(Database &db)
        : tools(db, db, session)
        , server(tools, u"test"_s)
    {}
    QUuid session = QUuid::createUuid();
    McpTools tools;
    McpServer server;
};
} // namespace

TEST_CASE("MCP: initialize negotiates the protocol version and every request gets an answer", "[mcp]")
{
    TestDatabase test(Backend::SQLite);
    Served served(test.db());
    McpServer &server = served.server;

    const QJsonObject known = answer(server, request(1, u"initialize"_s, {{u"protocolVersion"_s, u"2024-11-05"_s}}));
    CHECK(known.value(u"result"_s).toObject().value(u"protocolVersion"_s) == u"2024-11-05"_s);
    const QJsonObject unknown = answer(server, request(2, u"initialize"_s, {{u"protocolVersion"_s, u"1999-01-01"_s}}));
    const QJsonObject result = unknown.value(u"result"_s).toObject();
    CHECK(result.value(u"protocolVersion"_s) == McpServer::kProtocolVersions.first());
    CHECK(result.value(u"serverInfo"_s).toObject().value(u"name"_s) == u"soleflipper-mcp"_s);
    CHECK(result.value(u"capabilities"_s).toObject().contains(u"tools"_s));
    CHECK(result.value(u"capabilities"_s).toObject().contains(u"resources"_s));

    // Notifications and answers to requests we never sent get no answer.
    CHECK_FALSE(server.handleLine(R"({"jsonrpc":"2.0","method":"notifications/initialized"})"));
    CHECK(server.initialized());
    CHECK_FALSE(server.handleLine(R"({"jsonrpc":"2.0","method":"no/such/notification"})"));
    CHECK_FALSE(server.handleLine(R"({"jsonrpc":"2.0","id":5,"result":{}})"));
    CHECK_FALSE(server.handleLine("   "));

    const QJsonObject notJson = answer(server, "{\"jsonrpc\": \"2.0\", \"id\": 3, \"method\": ");
    CHECK(errorCode(notJson) == -32700);
    CHECK(notJson.value(u"id"_s).isNull());
    CHECK(errorCode(answer(server, R"([{"jsonrpc":"2.0","id":1,"method":"ping"}])")) == -32600);
    const QJsonObject noVersion = answer(server, R"({"id":4,"method":"ping"})");
    CHECK(errorCode(noVersion) == -32600);
    CHECK(noVersion.value(u"id"_s).toInt() == 4);
    CHECK(errorCode(answer(server, R"({"jsonrpc":"2.0","id":{"a":1},"method":"ping"})")) == -32600);
    CHECK(errorCode(answer(server, R"({"jsonrpc":"2.0","id":6,"method":"ping","params":[1]})")) == -32600);
    const QJsonObject unknownMethod = answer(server, request(8, u"prompts/list"_s));
    CHECK(errorCode(unknownMethod) == -32601);
    CHECK(unknownMethod.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"prompts/list"_s));
    const QJsonObject tooLong = QJsonDocument::fromJson(McpServer::oversized()).object();
    CHECK(errorCode(tooLong) == -32600);
    CHECK(errorCode(answer(server, QByteArray(McpServer::kMaxMessage + 1, ' ') + "x")) == -32600);
    const QJsonObject stringId = answer(server, R"({"jsonrpc":"2.0","id":"abc","method":"ping"})");
    CHECK(stringId.value(u"id"_s) == u"abc"_s);
    pingWorks(server);
}

TEST_CASE("MCP: tools/list gives every tool with its schema, bad calls are invalid params", "[mcp]")
{
    TestDatabase test(Backend::SQLite);
    Served served(test.db());
    McpServer &server = served.server;
    const QJsonArray tools =
        answer(server, request(1, u"tools/list"_s)).value(u"result"_s).toObject().value(u"tools"_s).toArray();
    QStringList names;
    for (const QJsonValue &tool : tools) {
        names << tool.toObject().value(u"name"_s).toString();
        const QJsonObject schema = tool.toObject().value(u"inputSchema"_s).toObject();
        CHECK(schema.value(u"type"_s) == u"object"_s);
        CHECK_FALSE(tool.toObject().value(u"description"_s).toString().isEmpty());
    }
    CHECK(names == QStringList{u"store_memory"_s, u"search_memory"_s, u"list_memories"_s, u"stock_search"_s,
                               u"order_lookup"_s, u"kpis"_s, u"dead_stock"_s, u"price_history"_s});

    const auto invalid = [&](const QString &name, const QJsonObject &arguments, const QString &says) {
        const QJsonObject reply =
            answer(server, request(2, u"tools/call"_s, {{u"name"_s, name}, {u"arguments"_s, arguments}}));
        CHECK(errorCode(reply) == -32602);
        CHECK_THAT(reply.value(u"error"_s).toObject().value(u"message"_s).toString().toStdString(),
                   Catch::Contains(says.toStdString()));
    };
    invalid(u"sell_everything"_s, {}, u"sell_everything"_s);
    invalid(u"search_memory"_s, {}, u"\"query\" is required"_s);
    invalid(u"search_memory"_s, {{u"query"_s, u"x"_s}, {u"limit"_s, u"many"_s}}, u"whole number"_s);
    invalid(u"search_memory"_s, {{u"query"_s, u"x"_s}, {u"limit"_s, 1000}}, u"at most 100"_s);
    invalid(u"search_memory"_s, {{u"query"_s, u"x"_s}, {u"limit"_s, 2.5}}, u"whole number"_s);
    invalid(u"stock_search"_s, {{u"status"_s, u"lost"_s}}, u"in_stock"_s);
    invalid(u"stock_search"_s, {{u"colour"_s, u"red"_s}}, u"colour"_s);
    invalid(u"kpis"_s, {{u"from"_s, u"2024-13-01"_s}, {u"to"_s, u"2024-12-31"_s}}, u"YYYY-MM-DD"_s);
    invalid(u"store_memory"_s, {{u"content"_s, u"x"_s}, {u"metadata"_s, u"not an object"_s}}, u"object"_s);
    CHECK(errorCode(answer(server, request(3, u"tools/call"_s, {{u"arguments"_s, QJsonObject()}}))) == -32602);
    CHECK(errorCode(answer(server, request(4, u"resources/read"_s, {{u"uri"_s, u"soleflipper://nothing"_s}}))) ==
          -32002);

    // A failure inside a tool is a result the assistant can read.
    const QJsonObject wordless = callTool(server, u"search_memory"_s, {{u"query"_s, u" -- "_s}});
    CHECK(wordless.value(u"isError"_s).toBool());
    CHECK(wordless.value(u"content"_s).toArray().first().toObject().value(u"text"_s).toString().contains(u"word"_s));
    const QJsonObject noProduct =
        callTool(server, u"price_history"_s, {{u"style_code"_s, u"XX0000-000"_s}, {u"size"_s, u"US 10"_s}});
    CHECK(noProduct.value(u"isError"_s).toBool());
    pingWorks(server);
}

TEST_CASE("MCP: memories are events, searched by their words, newest first among equals", "[mcp][db]")
{
    onEachBackend([](Database &db) {
        Served served(db);
        McpServer &server = served.server;
        const auto store = [&](const QString &content, const QString &nameSpace = {}) {
            QJsonObject arguments{{u"content"_s, content}, {u"metadata"_s, QJsonObject{{u"source"_s, u"test"_s}}}};
            if (!nameSpace.isEmpty())
                arguments.insert(u"namespace"_s, nameSpace);
            const QJsonObject result = callTool(server, u"store_memory"_s, arguments);
            REQUIRE_FALSE(result.value(u"isError"_s).toBool());
            return result.value(u"structuredContent"_s).toObject();
        };
        CHECK(store(u"Anna from Hamburg buys Jordan 1 Chicago in US 10 whenever we have one."_s)
                  .value(u"version"_s)
                  .toInt() == 1);
        CHECK(store(u"The Dunk Low Panda sells best on Sunday evenings."_s).value(u"version"_s).toInt() == 2);
        const QJsonObject supplierNote = store(u"Solebox restocks Jordan on Fridays at 9."_s, u"suppliers"_s);
        CHECK(supplierNote.value(u"version"_s).toInt() == 1);
        CHECK(supplierNote.value(u"namespace"_s) == u"suppliers"_s);
        CHECK(store(u"Größe 44 läuft schlecht bei Yeezy Slides."_s).value(u"version"_s).toInt() == 3);

        SqlQuery events(db, u"SELECT event_type, aggregate_type, aggregate_id, correlation_id FROM "
                            "{{logging.event_store}} WHERE event_type = 'memory.stored'"_s);
        REQUIRE(events.exec());
        int stored = 0;
        while (events.next()) {
            ++stored;
            CHECK(events.string(1) == u"memory_namespace"_s);
            CHECK(QUuid::fromString(events.string(3)) == served.session);
        }
        CHECK(stored == 4);

        const auto search = [&](const QJsonObject &arguments) {
            const QJsonObject result = callTool(server, u"search_memory"_s, arguments);
            REQUIRE_FALSE(result.value(u"isError"_s).toBool());
            return result.value(u"structuredContent"_s).toObject().value(u"results"_s).toArray();
        };
        const QJsonArray jordan = search({{u"query"_s, u"jordan chicago"_s}});
        REQUIRE(jordan.size() == 2);
        CHECK(jordan.at(0).toObject().value(u"content"_s).toString().startsWith(u"Anna"_s));
        CHECK(jordan.at(0).toObject().value(u"metadata"_s).toObject().value(u"source"_s) == u"test"_s);
        const QJsonArray suppliers = search({{u"query"_s, u"jordan"_s}, {u"namespace"_s, u"suppliers"_s}});
        REQUIRE(suppliers.size() == 1);
        CHECK(suppliers.at(0).toObject().value(u"content"_s).toString().startsWith(u"Solebox"_s));
        CHECK(search({{u"query"_s, u"größe"_s}}).size() == 1);
        CHECK(search({{u"query"_s, u"jordan"_s}, {u"limit"_s, 1}}).size() == 1);
        CHECK(search({{u"query"_s, u"balenciaga"_s}}).isEmpty());

        const QJsonObject listed =
            callTool(server, u"list_memories"_s, {{u"limit"_s, 2}}).value(u"structuredContent"_s).toObject();
        CHECK(listed.value(u"memories"_s).toArray().size() == 2);
        CHECK(listed.value(u"memories"_s)
                  .toArray()
                  .first()
                  .toObject()
                  .value(u"content"_s)
                  .toString()
                  .startsWith(u"Größe"_s));
        const QJsonObject statistics = listed.value(u"statistics"_s).toObject();
        CHECK(statistics.value(u"total"_s).toInt() == 4);
        const QJsonArray namespaces = statistics.value(u"namespaces"_s).toArray();
        REQUIRE(namespaces.size() == 2);
        CHECK(namespaces.at(0).toObject().value(u"namespace"_s) == u"default"_s);
        CHECK(namespaces.at(0).toObject().value(u"count"_s).toInt() == 3);

        const QJsonObject empty = callTool(server, u"store_memory"_s, {{u"content"_s, u"   "_s}});
        CHECK(empty.value(u"isError"_s).toBool());
    });
}

TEST_CASE("MCP: the business tools read through a connection that cannot write", "[mcp][db]")
{
    onEachBackend([](Database &db) {
        const Product product = makeProduct(db, u"DD1391-100"_s, u"Dunk Low Panda"_s);
        REQUIRE(StockRepository(db).create(makeItem(product.id, sizeId(db, u"US 10"_s), "110.00")));
        DatabaseConfig readOnly = db.config();
        readOnly.readOnly = true;
        const Database business(readOnly);
        REQUIRE(business.open());
        McpTools tools(db, business, QUuid::createUuid());
        McpServer server(tools, u"test"_s);

        const QJsonObject stock = callTool(server, u"stock_search"_s, {{u"text"_s, u"panda"_s}});
        REQUIRE_FALSE(stock.value(u"isError"_s).toBool());
        const QJsonArray pairs = stock.value(u"structuredContent"_s).toObject().value(u"pairs"_s).toArray();
        REQUIRE(pairs.size() == 1);
        CHECK(pairs.first().toObject().value(u"sku"_s) == u"DD1391-100"_s);
        CHECK(pairs.first().toObject().value(u"size"_s) == u"US 10"_s);
        for (const QString &tool : {u"kpis"_s, u"dead_stock"_s, u"order_lookup"_s, u"price_history"_s}) {
            const QJsonObject arguments =
                tool == u"kpis"_s            ? QJsonObject{{u"from"_s, u"2024-01-01"_s}, {u"to"_s, u"2024-12-31"_s}}
                : tool == u"order_lookup"_s  ? QJsonObject{{u"order_number"_s, u"123-456"_s}}
                : tool == u"price_history"_s ? QJsonObject{{u"style_code"_s, u"DD1391-100"_s}, {u"size"_s, u"US 10"_s}}
                                             : QJsonObject{};
            INFO(tool.toStdString());
            CHECK_FALSE(callTool(server, tool, arguments).value(u"isError"_s).toBool());
        }
        for (const QJsonValue &resource : answer(server, request(1, u"resources/list"_s))
                                              .value(u"result"_s)
                                              .toObject()
                                              .value(u"resources"_s)
                                              .toArray()) {
            const QJsonObject read =
                answer(server, request(2, u"resources/read"_s, {{u"uri"_s, resource.toObject().value(u"uri"_s)}}));
            CHECK(read.value(u"result"_s).toObject().value(u"contents"_s).toArray().size() == 1);
        }

        // The same connection refuses every write.
        const auto written = MemoryRepository(business).store(u"must not be stored"_s, {}, {}, QUuid::createUuid());
        REQUIRE_FALSE(written);
        CHECK(rowCount(db, u"logging.event_store"_s, u"WHERE event_type = 'memory.stored'"_s) == 0);
        business.releaseThreadConnection();
    });
}

TEST_CASE("MCP: a database that cannot be reached gives tool errors, and the server keeps answering", "[mcp]")
{
    QTemporaryDir dir;
    DatabaseConfig config;
    config.kind = DatabaseConfig::Kind::SQLite;
    config.sqlitePath = dir.filePath(u"missing/never.db"_s);
    config.readOnly = true; // read-only cannot create the file
    const Database nowhere(config);
    McpTools tools(nowhere, nowhere, QUuid::createUuid());
    McpServer server(tools, u"test"_s);
    for (const QString &tool : {u"stock_search"_s, u"list_memories"_s}) {
        const QJsonObject result = callTool(server, tool, {});
        CHECK(result.value(u"isError"_s).toBool());
        CHECK_FALSE(result.value(u"content"_s).toArray().first().toObject().value(u"text"_s).toString().isEmpty());
    }
    CHECK(errorCode(answer(server, request(3, u"resources/read"_s, {{u"uri"_s, u"soleflipper://memories"_s}}))) ==
          -32603);
    pingWorks(server);
}

TEST_CASE("MCP: the line reader keeps lines whole and drops the part of an oversized one", "[mcp]")
{
    std::FILE *file = std::tmpfile();
    REQUIRE(file);
    const QByteArray input = "first\r\n" + QByteArray(20000, 'x') + "\nsecond\n\nlast";
    std::fwrite(input.constData(), 1, size_t(input.size()), file);
    std::rewind(file);
    LineReader reader(file, 10000);
    QList<LineReader::Line> lines;
    while (const auto line = reader.next())
        lines << *line;
    std::fclose(file);
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0).text == "first");
    CHECK(lines.at(1).tooLong);
    CHECK(lines.at(1).text.isEmpty());
    CHECK(lines.at(2).text == "second");
    CHECK(lines.at(3).text.isEmpty());
    CHECK(lines.at(4).text == "last");
}

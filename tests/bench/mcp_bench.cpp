// MCP server benchmark (issue 18): 100 000 memories in logging.event_store, then search_memory through the
// server's own tool code (median and worst of several queries, each run several times), list_memories, and
// the start of a real soleflipper-mcp process until it answers `initialize`. Prints every figure; asserts
// nothing. Targets: a search ≤ 50 ms, startup ≤ 200 ms.
//
//   mcp_bench [--memories N] [--runs N] [--sqlite FILE] [--postgres URL]
//
// Data: written straight into the table in one transaction (the triggers keep SQLite's search index),
// sentences a reseller's assistant would keep: customers, models, sizes, suppliers, days and prices.
#include "benchutil.h"

#include "db/multirowinsert.h"
#include "db/transaction.h"
#include "mcpserver.h"
#include "mcptools.h"
#include "memory/memoryrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>
#include <random>

using namespace sf;
using namespace Qt::StringLiterals;
using sf::bench::median;
using sf::bench::ms;

namespace {
const QStringList kCustomers{u"Anna"_s,  u"Ben"_s,    u"Chiara"_s, u"Deniz"_s, u"Elif"_s, u"Finn"_s,
                             u"Greta"_s, u"Hassan"_s, u"Ines"_s,   u"Jonas"_s, u"Kira"_s, u"Luca"_s};
const QStringList kModels{u"Jordan 1 Chicago"_s,          u"Dunk Low Panda"_s,      u"Yeezy Slide Onyx"_s,
                          u"New Balance 550"_s,           u"Air Max 1 Patta"_s,     u"Samba OG"_s,
                          u"Travis Scott Jordan 1 Low"_s, u"Asics Gel-Kayano 14"_s, u"Supreme Box Logo Hoodie"_s,
                          u"Essentials Hoodie"_s,         u"Stussy 8 Ball Tee"_s};
const QStringList kSuppliers{u"Solebox"_s,    u"Snipes"_s, u"Zalando"_s,  u"END."_s,
                             u"Footlocker"_s, u"Afew"_s,   u"Overkill"_s, u"43einhalb"_s};
const QStringList kDays{u"Monday"_s, u"Tuesday"_s,  u"Wednesday"_s, u"Thursday"_s,
                        u"Friday"_s, u"Saturday"_s, u"Sunday"_s};
const QStringList kSizes{u"US 8"_s, u"US 9"_s, u"US 9.5"_s, u"US 10"_s, u"US 11"_s, u"EU 44"_s, u"M"_s, u"L"_s};

QString sentence(std::mt19937 &random, int i)
{
    const auto pick = [&](const QStringList &list) { return list.at(int(random() % list.size())); };
    switch (i % 4) {
    case 0:
        return u"%1 buys every %2 in %3 and pays by bank transfer."_s.arg(pick(kCustomers), pick(kModels),
                                                                          pick(kSizes));
    case 1: return u"%1 restocks %2 on %3 mornings."_s.arg(pick(kSuppliers), pick(kModels), pick(kDays));
    case 2:
        return u"The %1 in %2 sold for %3 EUR after %4 days on StockX."_s.arg(pick(kModels), pick(kSizes))
            .arg(90 + int(random() % 400))
            .arg(1 + int(random() % 120));
    default:
        return u"Payout %1 from %2 was late; ask support on %3."_s.arg(100000 + i).arg(pick(kSuppliers), pick(kDays));
    }
}

bool fill(const Database &db, int count)
{
    std::printf("  writing %d memories\u2026\n", count);
    std::fflush(stdout);
    std::mt19937 random(18);
    Transaction tx(db);
    if (!tx.begin())
        return false;
    const QStringList namespaces{u"default"_s, u"customers"_s, u"suppliers"_s};
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-365);
    const QUuid session = QUuid::createUuid();
    MultiRowInsert insert(
        db,
        u"{{logging.event_store}} (id, event_id, event_type, aggregate_id, aggregate_type, event_data, "
        "correlation_id, timestamp, version)"_s,
        u":id, :event_id, 'memory.stored', :aggregate, 'memory_namespace', :data, :correlation, "
        ":timestamp, :version"_s);
    const Status written = insert.run(count, [&](MultiRowInsert::Row &row, qsizetype i) {
        const QString name = namespaces.at(i % namespaces.size());
        const QJsonObject data{
            {u"content"_s, sentence(random, int(i))}, {u"metadata"_s, QJsonObject()}, {u"namespace"_s, name}};
        row.bind(u":id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(u":event_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(u":aggregate"_s, MemoryRepository::aggregateId(name).toString(QUuid::WithoutBraces))
            .bind(u":data"_s, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)))
            .bind(u":correlation"_s, session.toString(QUuid::WithoutBraces))
            .bind(u":timestamp"_s, start.addSecs(qint64(i) * 300))
            .bind(u":version"_s, int(i / namespaces.size()) + 1);
    });
    if (!written) {
        std::printf("  writing failed: %s\n", qPrintable(written.error().toString()));
        return false;
    }
    return bool(tx.commit());
}

void measureSearch(const Database &db, int runs)
{
    mcp::McpTools tools(db, db, QUuid::createUuid());
    const QStringList queries{
        u"jordan chicago"_s, u"Solebox restocks friday"_s, u"anna bank transfer"_s, u"payout late support"_s,
        u"samba"_s,          u"hoodie L sold"_s,           u"overkill monday"_s,    u"zzz-nothing-matches"_s};
    QList<double> medians;
    double worst = 0;
    for (const QString &query : queries) {
        QList<double> times;
        qsizetype found = 0;
        for (int run = 0; run < runs; ++run)
            times << ms([&] {
                const auto reply = tools.call(u"search_memory"_s, {{u"query"_s, query}, {u"limit"_s, 5}});
                found = reply ? reply.value().structured.value(u"results"_s).toArray().size() : -1;
            });
        const double middle = median(times);
        medians << middle;
        worst = std::max(worst, *std::max_element(times.cbegin(), times.cend()));
        std::printf("    search_memory %-26s %7.2f ms median, %7.2f ms worst, %lld found\n",
                    qPrintable(u'"' + query + u'"'), middle, *std::max_element(times.cbegin(), times.cend()),
                    qlonglong(found));
    }
    std::printf("  search_memory: median of the queries' medians %.2f ms, worst single search %.2f ms (target 50 ms)\n",
                median(medians), worst);
    QList<double> listing;
    for (int run = 0; run < runs; ++run)
        listing << ms([&] { (void)tools.call(u"list_memories"_s, {{u"limit"_s, 10}}); });
    std::printf("  list_memories (10, with the namespace statistics): %.2f ms median\n", median(listing));
}

void measureStartup(const QString &location, int runs)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QProcess server;
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer clock;
        clock.start();
        server.start(QStringLiteral(SF_MCP_PATH), {u"--database"_s, location});
        server.write(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",)"
                     R"("capabilities":{},"clientInfo":{"name":"mcp_bench","version":"1"}}})"
                     "\n");
        while (!server.canReadLine() && server.waitForReadyRead(10000)) {
        }
        const double elapsed = double(clock.nsecsElapsed()) / 1e6;
        const bool answered = server.readLine().contains("\"protocolVersion\"");
        server.closeWriteChannel();
        server.waitForFinished(10000);
        if (!answered) {
            std::printf("  startup: no answer to initialize\n");
            return;
        }
        times << elapsed;
    }
    std::printf("  startup to the initialize answer: %.1f ms median, %.1f ms worst of %d (target 200 ms)\n",
                median(times), *std::max_element(times.cbegin(), times.cend()), runs);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"memories"_s, u"Memories (default 100000)."_s, u"n"_s, u"100000"_s},
                       {u"sqlite"_s, u"SQLite file, kept between runs."_s, u"file"_s},
                       {u"postgres"_s, u"Also measure PostgreSQL at this URL (its schemas are replaced)."_s, u"url"_s},
                       {u"runs"_s, u"Runs per figure (default 9)."_s, u"n"_s, u"9"_s}});
    parser.addHelpOption();
    parser.process(app);
    const int count = parser.value(u"memories"_s).toInt();
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    std::printf("MCP benchmark: %d memories, %d runs per figure\n", count, runs);
    const QString file =
        parser.isSet(u"sqlite"_s) ? parser.value(u"sqlite"_s) : u"/tmp/sf-mcp-bench-%1.sqlite"_s.arg(count);
    const QString postgres = parser.value(u"postgres"_s);
    return bench::onEachDatabase(
        file, postgres, [&](const Database &db) { return fill(db, count); },
        [&](const Database &db, const QString &label) {
            std::printf("%s\n", qPrintable(label));
            measureSearch(db, runs);
            measureStartup(db.dialect().isPostgres() ? postgres : file, runs);
        });
}

// soleflipper-mcp: the Model Context Protocol server over stdio (issue 18). Messages are read from stdin
// and answered on stdout, one JSON-RPC message per line; everything else (logs) goes to stderr.
#include "apptranslator.h"
#include "db/database.h"
#include "db/migrator.h"
#include "linereader.h"
#include "mcpserver.h"
#include "mcptools.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcMcpMain, "sf.mcp")

// Opens the memories' database (migrated) and the read-only one of the business tools. A database that
// cannot be opened is reported on stderr; the server still answers, and each tool says why it failed.
void open(const sf::Database &memories, const sf::Database &business)
{
    if (const sf::Status opened = memories.open(); !opened) {
        qCWarning(lcMcpMain).noquote() << opened.error().toString();
        return;
    }
    if (const auto migrated = sf::Migrator(memories).migrate(); !migrated)
        qCWarning(lcMcpMain).noquote() << migrated.error().toString();
    if (const sf::Status opened = business.open(); !opened)
        qCWarning(lcMcpMain).noquote() << opened.error().toString();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SoleFlipper"_s);
    QCoreApplication::setApplicationName(u"SoleFlipper"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SF_VERSION));
    sf::installTranslator(app, qEnvironmentVariable("SOLEFLIPPER_LANG"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mcp", "The SoleFlipper MCP server: an AI assistant starts it and talks to it over stdin and stdout."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        u"database"_s,
        QCoreApplication::translate("mcp", "SQLite file or postgresql:// URL (default: the app's database)."),
        u"location"_s);
    parser.addOption(database);
    parser.process(app);

    const auto config = sf::DatabaseConfig::forCommandLine(parser.value(database));
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error().toString()));
        return 2;
    }
    sf::DatabaseConfig readOnly = config.value();
    readOnly.readOnly = true;
    const sf::Database memories(config.value());
    const sf::Database business(readOnly);
    open(memories, business);

    sf::mcp::McpTools tools(memories, business, QUuid::createUuid());
    sf::mcp::McpServer server(tools, QCoreApplication::applicationVersion());
    sf::mcp::LineReader reader(stdin, sf::mcp::McpServer::kMaxMessage);
    while (const auto line = reader.next()) {
        const auto answer =
            line->tooLong ? std::optional(sf::mcp::McpServer::oversized()) : server.handleLine(line->text);
        if (!answer)
            continue;
        std::fwrite(answer->constData(), 1, size_t(answer->size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }
    return 0;
}

#include "stockxemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

// Standalone StockX emulator: `stockx-emulator --port 8088 --orders 200 --listings 50`, then point the
// app's StockX settings (or soleflipper-cli --stockx-api-url/--stockx-auth-url) at it.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"StockX API v2 emulator for SoleFlipper development and tests"_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"TCP port on 127.0.0.1 (0 picks a free one)"_s, u"N"_s, u"0"_s);
    const QCommandLineOption orders(u"orders"_s, u"Orders to seed"_s, u"N"_s, u"50"_s);
    const QCommandLineOption listings(u"listings"_s, u"Active listings to seed"_s, u"N"_s, u"20"_s);
    const QCommandLineOption noLimit(u"no-rate-limit"_s, u"Switch the 1 request/s limit off"_s);
    const QCommandLineOption lifetime(u"token-lifetime"_s, u"Access token lifetime in seconds"_s, u"S"_s, u"43200"_s);
    parser.addOptions({port, orders, listings, noLimit, lifetime});
    parser.process(app);

    sf::emu::EmulatorOptions options;
    options.rateLimit = !parser.isSet(noLimit);
    options.tokenLifetimeSeconds = parser.value(lifetime).toInt();
    sf::emu::StockXEmulator emulator(options);
    emulator.market().seed(parser.value(orders).toInt(), parser.value(listings).toInt(), emulator.now());
    if (!emulator.start(quint16(parser.value(port).toUInt()))) {
        QTextStream(stderr) << "cannot listen on port " << parser.value(port) << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "StockX emulator\n  API:  " << emulator.apiUrl() << "\n  auth: " << emulator.authUrl()
        << "\n  client id: " << options.clientId << "\n  client secret: " << options.clientSecret
        << "\n  API key: " << options.apiKey << "\n  refresh token: " << emulator.issueRefreshToken() << Qt::endl;
    return app.exec();
}

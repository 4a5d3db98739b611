#include "awinemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

// Standalone Awin product-data emulator: `awin-emulator --feeds 3 --rows 20000`, then point the app's Awin
// settings (or soleflipper-cli --awin-url) at it. --prepare writes the full feeds before the banner.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Awin product feed emulator for SoleFlipper development and tests"_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"TCP port on 127.0.0.1 (0 picks a free one)"_s, u"N"_s, u"0"_s);
    const QCommandLineOption feeds(u"feeds"_s, u"Merchants' feeds to serve"_s, u"N"_s, u"3"_s);
    const QCommandLineOption rows(u"rows"_s, u"Rows per feed"_s, u"N"_s, u"1000"_s);
    const QCommandLineOption noThrottle(u"no-throttle"_s, u"Switch Awin's download limits off"_s);
    const QCommandLineOption prepare(u"prepare"_s, u"Write every feed's gzip file before serving"_s);
    parser.addOptions({port, feeds, rows, noThrottle, prepare});
    parser.process(app);

    sf::emu::AwinEmulatorOptions options;
    options.throttle = !parser.isSet(noThrottle);
    sf::emu::AwinEmulator emulator(options);
    const QStringList shops{u"size?Official DE"_s, u"JD Sports DE"_s, u"Foot Locker DE"_s, u"Snipes DE"_s};
    QList<int> ids;
    for (int i = 0; i < parser.value(feeds).toInt(); ++i) {
        sf::emu::AwinFeedSpec feed;
        feed.feedId = 21293 + i;
        feed.advertiserId = 10597 + i;
        feed.advertiserName = shops.at(i % shops.size());
        feed.rows = parser.value(rows).toInt();
        feed.modelOffset = i * 7;
        emulator.addFeed(feed);
        ids << feed.feedId;
    }
    if (parser.isSet(prepare))
        emulator.prepare(ids);
    if (!emulator.start(quint16(parser.value(port).toUInt()))) {
        QTextStream(stderr) << "cannot listen on port " << parser.value(port) << '\n';
        return 1;
    }
    QTextStream(stdout) << "Awin emulator\n  base: " << emulator.baseUrl() << "\n  data feed key: " << options.key
                        << Qt::endl;
    return app.exec();
}

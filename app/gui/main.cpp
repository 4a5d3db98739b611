// soleflipper: the desktop cockpit.
#include "apptranslator.h"
#include "db/datafolder.h"
#include "logcategories.h"
#include "startup.h"

#include "mainwindow.h"
#include "secrets/keychainsecretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
struct GuiOptions {
    QString database;
    QString screenshot;
    int quitAfterMs = 0;
    QString language;
    QString stockxApiUrl;
    QString stockxAuthUrl;
};

GuiOptions parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Inventory, sales and profit for sneaker resellers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        u"database"_s, QCoreApplication::translate("main", "SQLite file or postgresql:// URL."), u"location"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, QCoreApplication::translate("main", "Render the main window to a PNG file and exit."),
        u"file"_s);
    const QCommandLineOption quitAfter(
        u"quit-after"_s, QCoreApplication::translate("main", "Quit after this many milliseconds."), u"ms"_s);
    const QCommandLineOption language(u"lang"_s, QCoreApplication::translate("main", "Language: en or de."), u"code"_s);
    const QCommandLineOption stockxApi(
        u"stockx-api-url"_s, QCoreApplication::translate("main", "StockX API base URL (for the emulator)."), u"url"_s);
    const QCommandLineOption stockxAuth(
        u"stockx-auth-url"_s, QCoreApplication::translate("main", "StockX login URL (for the emulator)."), u"url"_s);
    parser.addOptions({database, screenshot, quitAfter, language, stockxApi, stockxAuth});
    parser.process(app);
    return GuiOptions{parser.value(database), parser.value(screenshot), parser.value(quitAfter).toInt(),
                      parser.value(language), parser.value(stockxApi),  parser.value(stockxAuth)};
}

void reportAndQuit(const QString &message, bool interactive)
{
    if (interactive)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SoleFlipper cannot start"),
                              message + u"\n\n"_s +
                                  QCoreApplication::translate("main",
                                                              "Check the database in the settings file or start with "
                                                              "--database FILE to use another one."));
    else
        qCCritical(lcApp).noquote() << message;
    QCoreApplication::exit(1);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SoleFlipper"_s);
    QCoreApplication::setApplicationName(u"SoleFlipper"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SF_VERSION));
    QApplication::setDesktopFileName(u"soleflipper"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/soleflipper.svg"_s));
    app.setStyle(u"Fusion"_s);

    const GuiOptions options = parseOptions(app);
    if (const sf::Status moved = sf::adoptLegacyDataFolder(); !moved)
        qCWarning(lcApp).noquote() << moved.error().message;
    QSettings settings;
    const QString language = sf::installTranslator(
        app, options.language.isEmpty() ? settings.value(u"ui/language"_s).toString() : options.language);
    sf::DatabaseConfig config = sf::DatabaseConfig::fromSettings(settings);
    if (!options.database.isEmpty()) {
        const auto given = sf::DatabaseConfig::fromString(options.database);
        if (!given) {
            qCCritical(lcApp).noquote() << given.error().toString();
            return 2;
        }
        config = given.value();
        config.operatorName = sf::DatabaseConfig::savedOperatorName(settings);
    }

    const bool interactive = options.screenshot.isEmpty();
    std::shared_ptr<sf::AppContext> context;
    std::unique_ptr<sf::MainWindow> window;
    QTimer::singleShot(0, &app, [&] {
        sf::startApplication(config, std::make_unique<sf::KeychainSecretStore>(), language, [&](auto result) {
            if (!result) {
                reportAndQuit(result.error().toString(), interactive);
                return;
            }
            context = result.value();
            // The real StockX unless the settings file or the command line names another server.
            const QString apiUrl =
                options.stockxApiUrl.isEmpty() ? settings.value(u"stockx/apiUrl"_s).toString() : options.stockxApiUrl;
            const QString authUrl = options.stockxAuthUrl.isEmpty() ? settings.value(u"stockx/authUrl"_s).toString()
                                                                    : options.stockxAuthUrl;
            if (!apiUrl.isEmpty())
                context->stockxEndpoints.apiUrl = QUrl(apiUrl);
            if (!authUrl.isEmpty())
                context->stockxEndpoints.authUrl = QUrl(authUrl);
            context->stockxEndpoints.rateFile = sf::StockXEndpoints::userRateFile();
            window = std::make_unique<sf::MainWindow>(*context);
            window->show();
            if (!options.screenshot.isEmpty()) {
                QTimer::singleShot(400, &app, [&] {
                    const bool saved = window->grab().save(options.screenshot, "PNG");
                    if (!saved)
                        qCCritical(lcApp).noquote() << "cannot write" << options.screenshot;
                    QCoreApplication::exit(saved ? 0 : 1);
                });
            }
        });
    });
    if (options.quitAfterMs > 0)
        QTimer::singleShot(options.quitAfterMs, &app, &QCoreApplication::quit);
    const int code = app.exec();
    window.reset();
    context.reset();
    return code;
}

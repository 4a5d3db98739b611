#include "clicommands.h"

#include "awincommands.h"

#include "cliio.h"
#include "reportcommands.h"
#include "stockcommands.h"
#include "suppliercommands.h"

#include "sync/stockx/stockxsession.h"

#include "db/migrator.h"
#include "db/systemconfig.h"
#include "demo/demodatagenerator.h"
#include "imports/importrunner.h"
#include "imports/importsecrets.h"
#include "inventory/stockcsvwriter.h"
#include "inventory/stockrepository.h"
#include "secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace sf::cli {

namespace {

// Opens and migrates; prints the reason and returns the exit code on failure.
int openDatabase(const Database &db)
{
    if (Status status = db.open(); !status) {
        err() << QCoreApplication::translate("cli", "error: %1").arg(status.error().toString()) << Qt::endl;
        return ExitDatabase;
    }
    const Result<int> version = Migrator(db).migrate();
    if (!version) {
        err() << QCoreApplication::translate("cli", "error: %1").arg(version.error().toString()) << Qt::endl;
        return version.error().code == u"db.too_new"_s ? ExitDatabase : ExitFailed;
    }
    return ExitOk;
}

int runDemo(const Database &db, const Options &options)
{
    bool itemsOk = false, seedOk = false;
    DemoDataGenerator::Options demo;
    demo.items = options.items.toInt(&itemsOk);
    demo.seed = options.seed.toUInt(&seedOk);
    if (!itemsOk || demo.items < 0 || !seedOk) {
        err() << QCoreApplication::translate("cli", "error: --items and --seed take whole non-negative numbers")
              << Qt::endl;
        return ExitUsage;
    }
    using Step = DemoDataGenerator::Progress::Step;
    Step shown = Step::Pairs;
    const auto summary = DemoDataGenerator(db).generate(demo, [&](const DemoDataGenerator::Progress &p) {
        if (p.step != shown)
            err() << Qt::endl; // each step keeps its last line
        shown = p.step;
        err() << (p.step == Step::Pairs ? QCoreApplication::translate("cli", "%1 of %2 items written")
                                        : QCoreApplication::translate("cli", "%1 of %2 sizes priced for a year"))
                     .arg(p.done)
                     .arg(p.total)
              << '\r' << Qt::flush;
    });
    err() << Qt::endl;
    if (!summary) {
        err() << QCoreApplication::translate("cli", "error: %1").arg(summary.error().toString()) << Qt::endl;
        return ExitFailed;
    }
    out() << QCoreApplication::translate("cli",
                                         "Demo data written: %1 products, %2 suppliers, %3 stock items, %4 orders, "
                                         "%5 listings, %6 market prices.")
                 .arg(summary.value().products)
                 .arg(summary.value().suppliers)
                 .arg(summary.value().items)
                 .arg(summary.value().orders)
                 .arg(summary.value().listings)
                 .arg(summary.value().marketPrices)
          << Qt::endl;
    return ExitOk;
}

void printTable(const QList<QStringList> &rows)
{
    const QList<int> columns{1, 2, 4, 5, 6, 10, 13};
    QList<int> widths(columns.size(), 0);
    const QStringList header = StockCsvWriter::header();
    auto cell = [](const QStringList &row, int c) { return row.value(c).left(48); };
    for (int i = 0; i < columns.size(); ++i) {
        widths[i] = int(header.at(columns.at(i)).size());
        for (const QStringList &row : rows)
            widths[i] = qMax(widths[i], int(cell(row, columns.at(i)).size()));
    }
    auto line = [&](const QStringList &row) {
        QStringList parts;
        for (int i = 0; i < columns.size(); ++i)
            parts << cell(row, columns.at(i)).leftJustified(widths.at(i));
        out() << parts.join(u"  "_s).trimmed() << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

int runStockList(const Database &db, const Options &options)
{
    StockQuery query;
    query.text = options.search;
    query.sort = StockQuery::Sort::PurchaseDate;
    query.descending = false;
    for (const QString &key : options.statuses) {
        const auto status = itemstatus::fromKey(key);
        if (!status) {
            QStringList keys;
            for (ItemStatus s : itemstatus::all())
                keys << itemstatus::key(s);
            err() << QCoreApplication::translate("cli", "error: unknown status \"%1\"; use one of: %2")
                         .arg(key, keys.join(u", "_s))
                  << Qt::endl;
            return ExitUsage;
        }
        query.statuses << *status;
    }
    if (!QStringList{u"table"_s, u"csv"_s, u"json"_s}.contains(options.format)) {
        err() << QCoreApplication::translate("cli", "error: --format must be table, csv or json") << Qt::endl;
        return ExitUsage;
    }
    StockRepository repo(db);
    const QDate today = QDate::currentDate();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return ExitFailed;
    StockCsvWriter csv(stdoutFile);
    if (options.format == u"csv"_s)
        csv.writeHeader();
    QList<QStringList> tableRows;
    QJsonArray json;
    std::optional<StockCursor> cursor;
    do {
        const auto page = repo.fetchPage(query, cursor, 2000);
        if (!page) {
            err() << QCoreApplication::translate("cli", "error: %1").arg(page.error().toString()) << Qt::endl;
            return ExitFailed;
        }
        for (const StockRow &row : page.value().rows) {
            if (options.format == u"csv"_s) {
                csv.write(row, today);
                continue;
            }
            if (options.format == u"table"_s)
                tableRows << StockCsvWriter::fields(row, today);
            else
                json.append(StockCsvWriter::json(row, today));
        }
        cursor = page.value().next;
    } while (cursor);
    if (options.format == u"json"_s)
        stdoutFile.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    stdoutFile.close();
    if (options.format == u"table"_s)
        printTable(tableRows);
    return ExitOk;
}
// Hands the passwords of imported accounts to the system keychain; the keychain answers asynchronously,
// so the command runs the application's event loop until it has.
bool storeSecrets(const QList<std::pair<QString, QString>> &secrets)
{
    KeychainSecretStore keychain;
    bool ok = false;
    bool finished = false;
    storeImportSecrets(keychain, secrets, [&](int stored, std::optional<Error> error) {
        finished = true;
        ok = !error;
        if (error)
            err() << QCoreApplication::translate("cli", "error: %1 of %2 passwords were saved in the keychain; the "
                                                        "rest could not be: %3")
                         .arg(stored)
                         .arg(secrets.size())
                         .arg(error->message)
                  << Qt::endl;
        else
            out() << QCoreApplication::translate("cli", "%1 passwords were saved in the keychain.").arg(stored)
                  << Qt::endl;
        QCoreApplication::exit(0);
    });
    if (!finished)
        QCoreApplication::exec();
    return ok;
}

int runImport(const Database &db, const QString &path, const Options &options)
{
    ImportRunner::Options run;
    run.formatKey = options.importFormat;
    run.dryRun = options.dryRun;
    run.presetName = options.preset;
    run.savePresetAs = options.savePreset;
    const auto report = ImportRunner(db).run(path, run, nullptr, [](qint64 done, qint64 size, const ImportReport &) {
        err() << QCoreApplication::translate("cli", "%1 % read").arg(size > 0 ? done * 100 / size : 100) << '\r'
              << Qt::flush;
    });
    err() << Qt::endl;
    if (!report) {
        err() << QCoreApplication::translate("cli", "error: %1").arg(report.error().toString()) << Qt::endl;
        return ExitFailed;
    }
    const ImportReport &r = report.value();
    out() << QCoreApplication::translate("cli", "%1 (%2, %3, delimiter \"%4\")")
                 .arg(path, r.formatTitle, encodingName(r.dialect.encoding),
                      r.dialect.delimiter == u'\t' ? u"tab"_s : QString(r.dialect.delimiter))
          << '\n'
          << r.summary() << '\n';
    if (!r.batch.id.isNull())
        out() << QCoreApplication::translate("cli", "Import batch %1").arg(r.batch.id.toString(QUuid::WithoutBraces))
              << '\n';
    if (r.encodingErrors)
        out() << QCoreApplication::translate("cli", "warning: some characters were not valid %1 and were replaced")
                     .arg(encodingName(r.dialect.encoding))
              << '\n';
    for (const ImportRecord &row : r.rejectedRows)
        out() << QCoreApplication::translate("cli", "line %1: %2").arg(row.line).arg(row.errorMessage) << '\n';
    if (r.rejected > r.rejectedRows.size())
        out() << QCoreApplication::translate("cli", "... and %1 more rejected rows (see the import batch)")
                     .arg(r.rejected - r.rejectedRows.size())
              << '\n';
    out().flush();
    if (!r.secrets.isEmpty() && !storeSecrets(r.secrets))
        return ExitFailed;
    return r.rejected > 0 ? ExitRowsRejected : ExitOk;
}
} // namespace

Result<StockXCredentials> stockXCredentials()
{
    const StockXCredentials fromEnvironment = StockXCredentials::fromEnvironment();
    if (fromEnvironment.complete())
        return fromEnvironment;
    KeychainSecretStore keychain;
    std::optional<Result<StockXCredentials>> loaded;
    StockXCredentials::load(keychain, [&](Result<StockXCredentials> credentials) {
        loaded = std::move(credentials);
        QCoreApplication::exit(0);
    });
    if (!loaded)
        QCoreApplication::exec();
    return *loaded;
}

StockXEndpoints stockXEndpoints(const Options &options)
{
    StockXEndpoints endpoints;
    endpoints.rateFile = StockXEndpoints::userRateFile();
    if (!options.stockxApiUrl.isEmpty())
        endpoints.apiUrl = QUrl(options.stockxApiUrl);
    if (!options.stockxAuthUrl.isEmpty())
        endpoints.authUrl = QUrl(options.stockxAuthUrl);
    return endpoints;
}

namespace {
int runStockXSync(const Database &db, const QString &job, const Options &options)
{
    const StockXEndpoints endpoints = stockXEndpoints(options);
    const QDate since = QDate::fromString(options.since, Qt::ISODate);
    if (!options.since.isEmpty() && !since.isValid()) {
        err() << QCoreApplication::translate("cli", "error: --since takes a date like 2024-01-31") << Qt::endl;
        return ExitUsage;
    }
    const auto credentials = stockXCredentials();
    if (!credentials) {
        err() << QCoreApplication::translate("cli", "error: %1").arg(credentials.error().message) << Qt::endl;
        return ExitFailed;
    }
    StockXClient client(endpoints, credentials.value());
    const std::unique_ptr<StockXSyncJob> sync = makeStockXJob(job, db, client, since);
    QObject::connect(sync.get(), &StockXSyncJob::logLine, [](const QString &line) {
        out() << QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) << ' ' << line << Qt::endl;
    });
    QObject::connect(sync.get(), &StockXSyncJob::progress, [](const SyncProgress &p) {
        err() << QCoreApplication::translate("cli", "%1: %2 of %3 done, %4 stored")
                     .arg(p.phase)
                     .arg(p.pagesDone)
                     .arg(qMax(p.pagesKnown, p.pagesDone))
                     .arg(p.counts.stored())
              << '\r' << Qt::flush;
    });
    QObject::connect(&client, &StockXClient::retrying, [](const QString &why, int attempt, int delayMs) {
        err()
            << QCoreApplication::translate("cli", "%1 Attempt %2 in %3 s.").arg(why).arg(attempt).arg(delayMs / 1000.0)
            << Qt::endl;
    });
    QObject::connect(sync.get(), &StockXSyncJob::finished, [] { QCoreApplication::exit(0); });
    sync->start();
    if (sync->running())
        QCoreApplication::exec();
    err() << Qt::endl;
    if (sync->lastError().code == u"sync.busy"_s) {
        err() << sync->lastError().message << Qt::endl;
        return ExitBusy;
    }
    if (sync->run().status != u"completed"_s)
        return ExitFailed;
    return sync->run().counts.rejected > 0 ? ExitRowsRejected : ExitOk;
}
} // namespace

namespace {
// config get KEY, config set KEY VALUE: core.system_config, shared by every client of the database.
int runConfig(const Database &db, const QStringList &command)
{
    const SystemConfig config(db);
    if (command.at(1) == u"set"_s) {
        if (Status status = config.setValue(command.at(2), command.at(3)); !status) {
            err() << QCoreApplication::translate("cli", "error: %1").arg(status.error().toString()) << Qt::endl;
            return ExitFailed;
        }
        return ExitOk;
    }
    const auto value = config.value(command.at(2));
    if (!value) {
        err() << QCoreApplication::translate("cli", "error: %1").arg(value.error().toString()) << Qt::endl;
        return ExitFailed;
    }
    if (!value.value()) {
        err() << QCoreApplication::translate("cli", "error: %1 is not set").arg(command.at(2)) << Qt::endl;
        return ExitFailed;
    }
    out() << *value.value() << Qt::endl;
    return ExitOk;
}
} // namespace

int run(const Options &options)
{
    const bool isImport = options.command.value(0) == u"import"_s;
    if (isImport && options.command.size() != 2) {
        err() << QCoreApplication::translate("cli", "error: import takes exactly one file") << Qt::endl;
        return ExitUsage;
    }
    const bool isConfig = options.command.value(0) == u"config"_s;
    const QString command = isImport   ? u"import"_s
                            : isConfig ? u"config "_s + options.command.value(1)
                                       : options.command.join(u' ');
    if (isConfig && !((command == u"config get"_s && options.command.size() == 3) ||
                      (command == u"config set"_s && options.command.size() == 4))) {
        err() << QCoreApplication::translate("cli", "error: use config get KEY or config set KEY VALUE") << Qt::endl;
        return ExitUsage;
    }
    const QStringList syncCommands = {u"sync stockx orders"_s, u"sync stockx listings"_s, u"sync stockx catalog"_s};
    if (!QStringList{u"migrate"_s, u"demo"_s, u"stock list"_s, u"import"_s, u"config get"_s, u"config set"_s}.contains(
            command) &&
        !syncCommands.contains(command) && !isReportCommand(command) && !isSupplierCommand(options.command) &&
        !isStockCommand(options.command) && !isAwinCommand(options.command)) {
        err() << (command.isEmpty()
                      ? QCoreApplication::translate("cli", "error: no command given; try --help")
                      : QCoreApplication::translate("cli", "error: unknown command \"%1\"; try --help").arg(command))
              << Qt::endl;
        return ExitUsage;
    }
    const Result<DatabaseConfig> config = DatabaseConfig::forCommandLine(options.database);
    if (!config) {
        err() << QCoreApplication::translate("cli", "error: %1").arg(config.error().toString()) << Qt::endl;
        return ExitUsage;
    }
    const Database db(config.value());
    if (const int code = openDatabase(db); code != ExitOk)
        return code;
    if (command == u"migrate"_s) {
        out() << QCoreApplication::translate("cli", "Database %1 is at schema version %2.")
                     .arg(config.value().displayString())
                     .arg(Migrator(db).currentVersion().value())
              << Qt::endl;
        return ExitOk;
    }
    if (command == u"demo"_s)
        return runDemo(db, options);
    if (command == u"import"_s)
        return runImport(db, options.command.at(1), options);
    if (syncCommands.contains(command))
        return runStockXSync(db, options.command.at(2), options);
    if (isReportCommand(command))
        return runReport(db, command, options);
    if (isSupplierCommand(options.command))
        return runSupplier(db, options);
    if (isAwinCommand(options.command))
        return runAwin(db, options);
    if (isConfig)
        return runConfig(db, options.command);
    if (isStockCommand(options.command))
        return runStockCommand(db, options);
    return runStockList(db, options);
}

} // namespace sf::cli

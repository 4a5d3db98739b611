// Import benchmark: generates a StockX historical sales report (every row with the two-line legal note,
// N/A sizes and style codes, blank fees, tiny negative shipping credits) and a purchases sheet (German
// headers, decimal commas), imports each into SQLite and PostgreSQL, imports it again (every row a
// duplicate), and times the raw floor on the same file: `sqlite3 :memory: .import --csv` and `psql \copy`
// into a table of text columns. Prints figures; asserts nothing.
//
//   import_bench [--rows N] [--purchases N] [--postgres postgresql://...] [--no-sqlite] [--dir DIR]
#include "benchutil.h"
#include "db/sqlquery.h"
#include "imports/importrunner.h"
#include "stockxreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace sf;
using namespace Qt::StringLiterals;
using sf::bench::ms;
using sf::bench::rssMb;

namespace {
QString generatePurchases(const QString &dir, int rows)
{
    return bench::generatedFile(dir + u"/purchases_%1.csv"_s.arg(rows), [rows](QTextStream &out) {
        out << "Artikelnummer;Bezeichnung;Marke;Größe;Lieferant;Kaufdatum;EK "
               "Brutto;MwSt;Menge;Lagerort;Bestellnummer\n";
        static const QStringList brands{u"Nike"_s, u"Jordan"_s, u"adidas"_s, u"New Balance"_s, u"ASICS"_s};
        static const QStringList suppliers{u"Footlocker"_s, u"Snipes"_s, u"Zalando"_s, u"SNS"_s, u"Afew"_s};
        QRandomGenerator random(11);
        for (int n = 0; n < rows; ++n) {
            const int product = int(random.bounded(2000));
            const qint64 gross = 8000 + qint64(random.bounded(20000));
            out << u"%1%2-%3"_s.arg(QChar(u'A' + product % 26)).arg(2000 + product).arg(100 + product % 9 * 10) << ';'
                << brands.at(product % brands.size()) << u" Model "_s << product << ';'
                << brands.at(product % brands.size()) << ';' << (36 + random.bounded(12)) << ';'
                << suppliers.at(n % suppliers.size()) << ';'
                << QDate(2023, 1, 1).addDays(n % 700).toString(u"dd.MM.yyyy"_s) << ';'
                << Money(gross, u"EUR"_s).toDecimalString().replace(u'.', u',') << ";19;1;Regal " << (n % 40) << ';'
                << u"INV-"_s << (n / 3) << '\n';
        }
    });
}

double runProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    const double elapsed = ms([&] {
        process.start(program, arguments);
        process.waitForFinished(-1);
    });
    if (process.exitCode() != 0)
        std::printf("  %s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
    return elapsed;
}

double rawFloor(const DatabaseConfig &config, const QString &path, int columnCount, QChar delimiter)
{
    if (config.kind == DatabaseConfig::Kind::SQLite)
        return runProcess(u"sqlite3"_s, {u":memory:"_s, u".separator \"%1\""_s.arg(delimiter),
                                         u".import --csv %1 raw_floor"_s.arg(path)});
    QStringList columns;
    for (int i = 1; i <= columnCount; ++i)
        columns << u"c%1 text"_s.arg(i);
    const QString url =
        u"postgresql://%1@%2:%3/%4"_s.arg(config.user, config.host).arg(config.port).arg(config.databaseName);
    (void)runProcess(
        u"psql"_s,
        {url, u"-qc"_s, u"DROP TABLE IF EXISTS raw_floor; CREATE TABLE raw_floor (%1)"_s.arg(columns.join(u", "_s))});
    const double elapsed = runProcess(
        u"psql"_s, {url, u"-qc"_s, u"\\copy raw_floor FROM '%1' CSV HEADER DELIMITER '%2'"_s.arg(path, delimiter)});
    (void)runProcess(u"psql"_s, {url, u"-qc"_s, u"DROP TABLE raw_floor"_s});
    return elapsed;
}

// The writes the import cannot avoid, without it: the rows it stored, deleted and inserted again with one
// prepared statement per table, 500 rows per transaction, no lookups, no validation, no parsing. What the
// schema itself costs (the stock table's indexes, the search index trigger, the id indexes).
double bareInserts(const Database &db)
{
    const QStringList tables{u"{{inventory.stock}}"_s, u"{{logging.event_store}}"_s, u"{{sales.order}}"_s,
                             u"{{integration.import_records}}"_s};
    QSqlDatabase connection = db.connection();
    QList<QList<QSqlRecord>> rows;
    QStringList inserts;
    for (const QString &table : tables) {
        const QString name = db.dialect().render(table);
        QSqlQuery select(connection);
        select.setForwardOnly(true);
        if (!select.exec(u"SELECT * FROM "_s + name)) {
            std::printf("  bare inserts: %s\n", qPrintable(select.lastError().text()));
            return 0;
        }
        QList<QSqlRecord> records;
        while (select.next())
            records << select.record();
        QStringList columns;
        for (int i = 0; i < select.record().count(); ++i)
            columns << select.record().fieldName(i);
        inserts << u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(name, columns.join(u", "_s),
                                                            QStringList(columns.size(), u"?"_s).join(u", "_s));
        rows << records;
    }
    for (auto table = tables.crbegin(); table != tables.crend(); ++table)
        (void)execStatement(db, u"DELETE FROM "_s + *table);
    qsizetype count = 0;
    for (const QList<QSqlRecord> &records : std::as_const(rows))
        count = qMax(count, records.size());
    bool failed = false;
    const double elapsed = ms([&] {
        for (qsizetype first = 0; first < count && !failed; first += 500) {
            connection.transaction();
            for (qsizetype t = 0; t < tables.size(); ++t) {
                QSqlQuery insert(connection);
                insert.prepare(inserts.at(t));
                for (qsizetype i = first; i < qMin(first + 500, rows.at(t).size()); ++i) {
                    for (int c = 0; c < rows.at(t).at(i).count(); ++c)
                        insert.bindValue(c, rows.at(t).at(i).value(c));
                    if (!insert.exec() && !failed) {
                        std::printf("  bare inserts: %s\n", qPrintable(insert.lastError().text()));
                        failed = true;
                    }
                }
            }
            connection.commit();
        }
    });
    return failed ? 0 : elapsed;
}

void benchmark(const DatabaseConfig &config, const QString &path, int rows, int columnCount, QChar delimiter)
{
    const Database db(config);
    if (!bench::openMigrated(db, true))
        return;
    bench::resetPeakRss();
    const double rssBefore = rssMb();
    ImportReport report;
    const double first = ms([&] {
        const auto run = ImportRunner(db).run(path, {});
        if (!run)
            std::printf("  import failed: %s\n", qPrintable(run.error().toString()));
        report = run.value_or(ImportReport{});
    });
    const double peakGrowth = rssMb("VmHWM:") - rssBefore;
    // Before the re-import adds its import records; it holds every stored row in memory, so not for
    // the million-row sheet.
    const double bare = rows <= 200000 ? bareInserts(db) : 0;
    ImportReport again;
    const double second = ms([&] { again = ImportRunner(db).run(path, {}).value_or(ImportReport{}); });
    const double floor = rawFloor(config, path, columnCount, delimiter);
    std::printf("%-10s %7d rows: import %8.0f ms (%6.0f rows/s, %d imported, %d rejected), peak RSS +%.1f MB;\n"
                "%-10s re-import %8.0f ms (%d duplicates); raw floor %7.0f ms -> import is %.1fx the floor\n"
                "%-10s the stored rows inserted bare (no lookups, no checks): %.0f ms = %.1fx the raw floor\n",
                qPrintable(db.dialect().name()), rows, first, rows / (first / 1000.0), report.imported, report.rejected,
                peakGrowth, "", second, again.duplicates, floor, first / floor, "", bare, bare / floor);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows of the generated report."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption purchasesOption(u"purchases"_s, u"Rows of the generated purchases sheet (0: none)."_s,
                                             u"n"_s, u"0"_s);
    const QCommandLineOption postgres(u"postgres"_s, u"PostgreSQL URL for the PostgreSQL run."_s, u"url"_s);
    const QCommandLineOption noSqlite(u"no-sqlite"_s, u"Skip the SQLite runs."_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where the files go (kept for reuse)."_s, u"dir"_s);
    parser.addOptions({rowsOption, purchasesOption, postgres, noSqlite, dirOption});
    parser.addHelpOption();
    parser.process(app);
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const int rows = parser.value(rowsOption).toInt();
    QDir().mkpath(dir);

    struct Run {
        const char *title;
        QString path;
        int rows;
        int columns;
        QChar delimiter;
    };
    QList<Run> runs{{"StockX sales report", bench::writeStockXReport(dir, rows), rows,
                     int(bench::stockXReportHeader().size()), u','}};
    if (const int purchases = parser.value(purchasesOption).toInt(); purchases > 0)
        runs.append({"Purchases sheet", generatePurchases(dir, purchases), purchases, 11, u';'});
    for (const Run &run : runs) {
        std::printf("%s: %d rows, %.1f MB\n", run.title, run.rows, QFileInfo(run.path).size() / 1e6);
        DatabaseConfig sqlite;
        sqlite.sqlitePath = dir + u"/import_bench.sqlite"_s;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(sqlite.sqlitePath + suffix);
        if (!parser.isSet(noSqlite))
            benchmark(sqlite, run.path, run.rows, run.columns, run.delimiter);
        if (parser.isSet(postgres)) {
            const auto config = DatabaseConfig::fromString(parser.value(postgres));
            if (config)
                benchmark(config.value(), run.path, run.rows, run.columns, run.delimiter);
        }
    }
    return 0;
}

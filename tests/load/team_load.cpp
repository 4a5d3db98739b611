// Team mode under load (issue 17): eight soleflipper-cli processes at a time, for a set time, on one
// PostgreSQL database. Two lanes import overlapping StockX sales reports, two sync orders from the StockX
// emulator (which keeps selling meanwhile), four edit the same eight pairs the way an operator does: read
// the pair with its version, then save over that version. Afterwards nothing may be duplicated or lost:
// every sale is stored once, each on its own pair, the counts equal the sum of what every process
// reported, and each pair's edit counter equals the edits its lanes were told were saved.
//
//   team_load --postgres URL [--seconds 120]
//
// Exits 0 when every check holds; prints the figures either way.
#include "benchutil.h"
#include "stockxemulator.h"
#include "stockxreport.h"

#include "db/sqlquery.h"
#include "inventory/stockservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <array>
#include <memory>
#include <numeric>

using namespace sf;
using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

constexpr int kLanes = 8;
constexpr int kEditedPairs = 8;
constexpr int kReportRows = 400;
const QList<int> kReportStarts{0, 300, 600, 900}; // each report overlaps the next by 100 sales
constexpr int kSeededOrders = 300;
constexpr int kExitRowsRejected = 4, kExitStale = 5, kExitBusy = 6; // soleflipper-cli's

enum class Work { Import, Sync, Edit };

struct Tally {
    int runs = 0;
    int imported = 0;     // orders the imports reported as new
    int synced = 0;       // orders the syncs reported as new
    int rejected = 0;     // rows or records refused
    int busy = 0;         // syncs told another client runs it
    int stale = 0;        // edits refused as stale (then read again and retried)
    int contention = 0;   // times an import or sync said another client's write got in the way
    QList<int> saved;     // edits reported saved, per edited pair
    QStringList failures; // anything else: the command, its exit code and what it said
};

struct Lane {
    Work work = Work::Import;
    int index = 0;
    int step = 0;
    int pendingVersion = 0; // an edit lane's read, between `stock show` and `stock edit`
    int pendingCount = 0;
    int pair = 0;
    std::unique_ptr<QProcess> process;
};

// What one finished CLI process reported, added to the tally.
class LoadRun : public QObject {
public:
    LoadRun(QString cli, QString database, QStringList reports, const QList<StockItemId> &pairs,
            sf::emu::StockXEmulator &emulator)
        : m_cli(std::move(cli))
        , m_database(std::move(database))
        , m_reports(std::move(reports))
        , m_pairs(pairs)
        , m_emulator(emulator)
    {
        m_tally.saved = QList<int>(pairs.size(), 0);
    }

    Tally run(int seconds)
    {
        m_deadline.start();
        m_seconds = seconds;
        for (int i = 0; i < kLanes; ++i) {
            m_lanes[i].index = i;
            m_lanes[i].work = i < 2 ? Work::Import : i < 4 ? Work::Sync : Work::Edit;
            m_lanes[i].pair = i % kEditedPairs;
            next(m_lanes[i]);
        }
        // StockX keeps selling while the lanes run.
        QTimer sales;
        connect(&sales, &QTimer::timeout, this, [this] { sell(5); });
        sales.start(3000);
        m_loop.exec();
        return m_tally;
    }

    // A last import of every report and a last sync, one after the other: what a rerun must complete.
    void settle()
    {
        for (const QString &report : std::as_const(m_reports))
            finishImport(runNow({u"import"_s, report}));
        finishSync(runNow(syncArguments()));
    }

    const Tally &tally() const { return m_tally; }
    int soldOnStockX() const { return m_emulator.market().orderCount(); }

private:
    struct Finished {
        QStringList arguments;
        int exitCode = -1;
        QString output;
    };

    QStringList syncArguments() const
    {
        return {u"sync"_s,
                u"stockx"_s,
                u"orders"_s,
                u"--since"_s,
                QDate::currentDate().addYears(-2).toString(Qt::ISODate),
                u"--stockx-api-url"_s,
                m_emulator.apiUrl(),
                u"--stockx-auth-url"_s,
                m_emulator.authUrl()};
    }

    std::unique_ptr<QProcess> start(const QStringList &arguments, const QString &operatorName)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"SOLEFLIPPER_LANG"_s, u"en"_s);
        env.insert(u"SOLEFLIPPER_OPERATOR"_s, operatorName);
        env.insert(u"SOLEFLIPPER_STOCKX_API_KEY"_s, m_emulator.options().apiKey);
        env.insert(u"SOLEFLIPPER_STOCKX_CLIENT_ID"_s, m_emulator.options().clientId);
        env.insert(u"SOLEFLIPPER_STOCKX_CLIENT_SECRET"_s, m_emulator.options().clientSecret);
        if (m_refreshToken.isEmpty())
            m_refreshToken = m_emulator.issueRefreshToken();
        env.insert(u"SOLEFLIPPER_STOCKX_REFRESH_TOKEN"_s, m_refreshToken);
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(m_cli, arguments + QStringList{u"--database"_s, m_database});
        return process;
    }

    // Runs one command to its end while the emulator keeps serving (this is a test driver, not the app).
    Finished runNow(const QStringList &arguments)
    {
        auto process = start(arguments, u"settle"_s);
        QEventLoop wait;
        connect(process.get(), &QProcess::finished, &wait, &QEventLoop::quit);
        if (process->state() != QProcess::NotRunning)
            wait.exec();
        return {arguments, process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
                QString::fromUtf8(process->readAll())};
    }

    void next(Lane &lane)
    {
        if (m_deadline.elapsed() >= m_seconds * 1000LL && lane.pendingVersion == 0) {
            lane.process.reset();
            if (++m_lanesDone == kLanes)
                m_loop.quit();
            return;
        }
        QStringList arguments;
        switch (lane.work) {
        case Work::Import: arguments = {u"import"_s, m_reports.at((lane.index + lane.step) % m_reports.size())}; break;
        case Work::Sync: arguments = syncArguments(); break;
        case Work::Edit:
            arguments = lane.pendingVersion == 0 ? QStringList{u"stock"_s, u"show"_s, m_pairs.at(lane.pair).toString(),
                                                               u"--format"_s, u"json"_s}
                                                 : QStringList{u"stock"_s,
                                                               u"edit"_s,
                                                               m_pairs.at(lane.pair).toString(),
                                                               u"--notes"_s,
                                                               QString::number(lane.pendingCount + 1),
                                                               u"--if-version"_s,
                                                               QString::number(lane.pendingVersion)};
            break;
        }
        ++lane.step;
        lane.process = start(arguments, u"lane %1"_s.arg(lane.index + 1));
        connect(lane.process.get(), &QProcess::finished, this, [this, &lane, arguments] {
            const Finished done{arguments,
                                lane.process->exitStatus() == QProcess::NormalExit ? lane.process->exitCode() : -1,
                                QString::fromUtf8(lane.process->readAll())};
            lane.process.release()->deleteLater();
            const int pauseMs = finished(lane, done);
            QTimer::singleShot(pauseMs, this, [this, &lane] { next(lane); });
        });
    }

    // Adds what the process reported; returns how long the lane waits before its next command.
    int finished(Lane &lane, const Finished &done)
    {
        ++m_tally.runs;
        switch (lane.work) {
        case Work::Import: finishImport(done); return 0;
        case Work::Sync: return finishSync(done) ? 0 : 1000;
        case Work::Edit: finishEdit(lane, done); return 0;
        }
        return 0;
    }

    void fail(const Finished &done)
    {
        m_tally.failures << u"%1 → exit %2: %3"_s.arg(done.arguments.join(u' '))
                                .arg(done.exitCode)
                                .arg(done.output.trimmed().right(600));
    }

    static int count(const QString &text, const QString &pattern)
    {
        const QRegularExpressionMatch match = QRegularExpression(pattern).match(text);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    void countContention(const Finished &done)
    {
        static const QRegularExpression retried(u"(\\d+) times?, another client's write got in the way"_s);
        for (auto match = retried.globalMatch(done.output); match.hasNext();)
            m_tally.contention += match.next().captured(1).toInt();
    }

    void finishImport(const Finished &done)
    {
        countContention(done);
        const int imported = count(done.output, u"rows: (\\d+) imported"_s);
        if ((done.exitCode != 0 && done.exitCode != kExitRowsRejected) || imported < 0)
            return fail(done);
        m_tally.imported += imported;
        m_tally.rejected += qMax(0, count(done.output, u"duplicates skipped, (\\d+) rejected"_s));
        if (done.exitCode == kExitRowsRejected)
            fail(done); // the reports are clean: a rejection here is a concurrency fault
    }

    // False when another client ran the sync.
    bool finishSync(const Finished &done)
    {
        if (done.exitCode == kExitBusy) {
            ++m_tally.busy;
            return false;
        }
        countContention(done);
        const int created = count(done.output, u"Finished: (\\d+) new"_s);
        if (done.exitCode != 0 || created < 0) {
            fail(done);
            return true;
        }
        m_tally.synced += created;
        return true;
    }

    void finishEdit(Lane &lane, const Finished &done)
    {
        if (lane.pendingVersion == 0) {
            const QJsonObject pair = QJsonDocument::fromJson(done.output.toUtf8()).object();
            if (done.exitCode != 0 || pair.value(u"version"_s).toInt() <= 0)
                return fail(done);
            lane.pendingVersion = pair.value(u"version"_s).toInt();
            lane.pendingCount = pair.value(u"notes"_s).toString().toInt();
            return;
        }
        lane.pendingVersion = 0;
        if (done.exitCode == kExitStale) {
            ++m_tally.stale; // read it again and retry the same pair
            return;
        }
        if (done.exitCode != 0)
            return fail(done);
        ++m_tally.saved[lane.pair];
        lane.pair = (lane.pair + 1) % kEditedPairs;
    }

    void sell(int orders)
    {
        const auto &variants = m_emulator.catalog().variants();
        for (int i = 0; i < orders; ++i) {
            const auto &variant = variants.at((m_sold * 7 + i * 13) % variants.size());
            sf::emu::EmuOrder order;
            order.orderNumber = u"%1-%2"_s.arg(90000000 + m_sold).arg(80000000 + m_sold);
            order.listingId = u"load-listing-%1"_s.arg(m_sold);
            order.askId = u"load-ask-%1"_s.arg(m_sold);
            order.variantId = variant.variantId;
            order.amount = variant.lowestAsk;
            order.createdAt = m_emulator.now();
            order.updatedAt = order.createdAt;
            m_emulator.market().addOrder(order);
            ++m_sold;
        }
    }

    QString m_cli;
    QString m_database;
    QStringList m_reports;
    QList<StockItemId> m_pairs;
    sf::emu::StockXEmulator &m_emulator;
    QString m_refreshToken;
    std::array<Lane, kLanes> m_lanes;
    Tally m_tally;
    QElapsedTimer m_deadline;
    int m_seconds = 0;
    int m_lanesDone = 0;
    int m_sold = 0;
    QEventLoop m_loop;
};

qint64 scalar(const Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    return q.exec() && q.next() ? q.integer(0) : -1;
}

// Pairs of `ids` an order sold that are in stock again: an edit made on an older copy undid the sale.
qint64 soldYetInStock(const Database &db, const QList<StockItemId> &ids)
{
    qint64 count = 0;
    for (const StockItemId &id : ids) {
        SqlQuery q(db, u"SELECT COUNT(*) FROM {{sales.order}} o JOIN {{inventory.stock}} s ON s.id = "
                       "o.inventory_item_id WHERE s.id = :id AND s.status = 'in_stock' AND o.status NOT IN "
                       "('cancelled', 'returned', 'failed')"_s);
        q.bind(u":id"_s, id);
        count += q.exec() && q.next() ? q.integer(0) : 1;
    }
    return count;
}

// The eight pairs the edit lanes share, each with the counter 0 in its notes.
QList<StockItemId> pairsToEdit(const Database &db)
{
    QList<StockItemId> ids;
    SqlQuery q(db, u"SELECT id FROM {{inventory.stock}} WHERE status = 'in_stock' ORDER BY id LIMIT 8"_s);
    if (!q.exec())
        return ids;
    while (q.next())
        ids << q.id<StockItemId>(0);
    StockService service(db);
    for (const StockItemId &id : ids) {
        StockItem item = *service.repository().get(id).value();
        item.notes = u"0"_s;
        if (!service.updateItem(item))
            return {};
    }
    return ids;
}

struct Check {
    QString what;
    qint64 expected;
    qint64 actual;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Eight CLI processes importing, syncing and editing on one database"_s);
    const QCommandLineOption postgres(u"postgres"_s, u"The PostgreSQL database (its SoleFlipper schemas are dropped)"_s,
                                      u"url"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"How long the lanes run (default 120)"_s, u"s"_s, u"120"_s);
    parser.addOptions({postgres, seconds});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(postgres))
        parser.showHelp(2);

    const auto config = DatabaseConfig::fromString(parser.value(postgres));
    if (!config) {
        out() << config.error().toString() << Qt::endl;
        return 2;
    }
    Database db(config.value());
    if (!bench::openMigrated(db, true))
        return 1;
    QTemporaryDir dir;
    QStringList reports;
    for (int first : kReportStarts)
        reports << bench::writeStockXReport(dir.path(), kReportRows, first);

    QProcess demo;
    demo.start(QStringLiteral(SF_CLI_PATH),
               {u"demo"_s, u"--items"_s, u"200"_s, u"--database"_s, parser.value(postgres)});
    if (!demo.waitForFinished(120000) || demo.exitCode() != 0) {
        out() << "demo data failed: " << demo.readAllStandardError() << Qt::endl;
        return 1;
    }
    const QList<StockItemId> pairs = pairsToEdit(db);
    if (pairs.size() != kEditedPairs) {
        out() << "not enough pairs in stock to edit" << Qt::endl;
        return 1;
    }
    const qint64 ordersBefore = scalar(db, u"SELECT COUNT(*) FROM {{sales.order}}"_s);
    const qint64 reportOrdersBefore =
        scalar(db, u"SELECT COUNT(*) FROM {{sales.order}} WHERE external_id LIKE '600%-100%'"_s);
    const qint64 deadlocksBefore =
        scalar(db, u"SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"_s);

    emu::EmulatorOptions options;
    options.minIntervalMs = 200;
    emu::StockXEmulator emulator(options);
    emulator.market().seed(kSeededOrders, 0, emulator.now());
    if (emulator.start() == 0) {
        out() << "the StockX emulator could not listen" << Qt::endl;
        return 1;
    }

    LoadRun load(QStringLiteral(SF_CLI_PATH), parser.value(postgres), reports, pairs, emulator);
    QElapsedTimer wall;
    wall.start();
    load.run(parser.value(seconds).toInt());
    const double lanesSeconds = double(wall.elapsed()) / 1000.0;
    const Tally during = load.tally();
    load.settle();
    const Tally &tally = load.tally();

    const qint64 reportSales = kReportStarts.last() + kReportRows;
    const QString fromReports = u"SELECT COUNT(*) FROM {{sales.order}} WHERE external_id LIKE '600%-100%'"_s;
    const qint64 newOrders = scalar(db, u"SELECT COUNT(*) FROM {{sales.order}}"_s) - ordersBefore;
    QList<Check> checks{
        {u"sales from the reports, each stored once"_s, reportSales, scalar(db, fromReports) - reportOrdersBefore},
        {u"orders sold on StockX, each stored once"_s, load.soldOnStockX(), newOrders - reportSales},
        {u"new orders = what the imports and syncs reported"_s, tally.imported + tally.synced, newOrders},
        {u"pairs sold by two orders"_s, 0,
         scalar(db, u"SELECT COUNT(*) FROM (SELECT inventory_item_id FROM {{sales.order}} WHERE inventory_item_id IS "
                    "NOT NULL GROUP BY inventory_item_id HAVING COUNT(*) > 1) x"_s)},
        {u"edited pairs sold, yet in stock again (a lost status)"_s, 0, soldYetInStock(db, pairs)},
        {u"rows or records rejected"_s, 0, tally.rejected},
        {u"failed commands"_s, 0, tally.failures.size()},
    };
    StockService service(db);
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const auto item = service.repository().get(pairs.at(i));
        checks.append({u"pair %1: edits saved = its counter"_s.arg(i + 1), tally.saved.at(i),
                       item && item.value() ? item.value()->notes.toLongLong() : -1});
    }
    const qint64 deadlocks =
        scalar(db, u"SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"_s) - deadlocksBefore;

    out() << "team_load: " << kLanes << " CLI lanes for " << lanesSeconds << " s on " << config.value().displayString()
          << "\n  commands run: " << during.runs << " (then " << kReportStarts.size()
          << " imports and a sync to settle)"
          << "\n  imports reported " << tally.imported << " new orders; syncs " << tally.synced << " ("
          << load.soldOnStockX() << " sold on StockX)"
          << "\n  syncs refused because another client ran it: " << tally.busy
          << "\n  edits saved: " << std::accumulate(tally.saved.cbegin(), tally.saved.cend(), 0)
          << ", refused as stale and retried: " << tally.stale << "\n  deadlocks (pg_stat_database): " << deadlocks
          << "; contention retried by the imports and syncs: " << tally.contention << '\n';
    bool ok = true;
    for (const Check &check : std::as_const(checks)) {
        const bool held = check.expected == check.actual;
        ok = ok && held;
        out() << (held ? "  ok    " : "  FAIL  ") << check.what << ": " << check.actual
              << (held ? QString() : u" (expected %1)"_s.arg(check.expected)) << '\n';
    }
    for (const QString &failure : tally.failures)
        out() << "  failed: " << failure << '\n';
    out() << (ok ? "team_load: all checks hold" : "team_load: CHECKS FAILED") << Qt::endl;
    return ok ? 0 : 1;
}

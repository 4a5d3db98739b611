#include "stockxfixture.h"

#include "catchqt.h"

#include "db/sqlquery.h"
#include "fixtures.h"
#include "inventory/stockrepository.h"
#include "sync/stockx/stockxlistingwriter.h"
#include "sync/synclock.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sf::test {

StockXFixture::StockXFixture()
{
    emulator.options().rateLimit = false;
    emulator.start();
}

StockXEndpoints StockXFixture::endpoints() const
{
    StockXEndpoints e;
    e.apiUrl = QUrl(emulator.apiUrl());
    e.authUrl = QUrl(emulator.authUrl());
    e.minIntervalMs = minIntervalMs;
    e.timeoutMs = timeoutMs;
    e.backoffBaseMs = backoffBaseMs;
    e.backoffMaxMs = 200;
    e.maxAttempts = maxAttempts;
    return e;
}

StockXCredentials StockXFixture::credentials()
{
    return {emulator.options().apiKey, emulator.options().clientId, emulator.options().clientSecret,
            emulator.issueRefreshToken()};
}

void StockXFixture::saveCredentials(SecretStore &store, std::optional<StockXCredentials> given)
{
    std::optional<Status> saved;
    StockXCredentials::save(store, given.value_or(credentials()), [&](Status status) { saved = status; });
    REQUIRE(QTest::qWaitFor([&] { return saved.has_value(); }, 5000));
    REQUIRE(*saved);
}

std::unique_ptr<StockXClient> StockXFixture::client()
{
    return std::make_unique<StockXClient>(endpoints(), credentials());
}

QList<ListingId> StockXFixture::listPairs(Database &db, int count, qint64 amount)
{
    const emu::EmuProduct &stockx = emulator.catalog().products().at(3);
    const Product product = makeProduct(db, stockx.styleId, stockx.title);
    QList<ListingDraft> drafts;
    for (int i = 0; i < count; ++i) {
        auto pair = StockRepository(db).create(makeItem(product.id, sizeId(db, u"US 10"_s), "119.00"));
        REQUIRE(pair);
        drafts.append({pair.value().id, Money::fromMajor(amount, u"EUR"_s)});
    }
    auto writerClient = client();
    StockXListingWriter writer(db, *writerClient);
    QSignalSpy finished(&writer, &StockXListingWriter::finished);
    writer.create(drafts);
    REQUIRE((!finished.isEmpty() || finished.wait(60000)));
    QList<ListingId> listings;
    for (const ListingWriteResult &result : finished.first().first().value<QList<ListingWriteResult>>()) {
        INFO((result.error ? result.error->message.toStdString() : std::string()));
        REQUIRE(!result.error);
        listings.append(result.listing);
    }
    return listings;
}

bool StockXFixture::runToEnd(StockXSyncJob &job, int timeoutMs)
{
    QSignalSpy finished(&job, &StockXSyncJob::finished);
    job.start();
    return QTest::qWaitFor([&] { return finished.count() > 0; }, timeoutMs);
}

qint64 rowCount(const Database &db, const QString &table, const QString &where)
{
    SqlQuery q(db, u"SELECT COUNT(*) FROM {{"_s + table + u"}} "_s + where);
    if (!q.exec() || !q.next())
        return -1;
    return q.integer(0);
}

qint64 sumCents(const Database &db, const QString &table, const QString &column)
{
    // Summed in C++ from each row's exact money, so the check does not trust the database's own SUM.
    SqlQuery q(db, u"SELECT "_s + column + u" FROM {{"_s + table + u"}}"_s);
    if (!q.exec())
        return -1;
    qint64 total = 0;
    while (q.next())
        total += q.money(0, u"EUR"_s).value_or(Money()).minor();
    return total;
}

LockProbe::LockProbe(const StockXSyncJob &job, const QString &jobName)
    : other(*postgresConfig())
{
    QObject::connect(&job, &StockXSyncJob::progress, [this, jobName] {
        ++probes;
        if (SyncLock::acquire(other, u"stockx"_s, jobName)) {
            ++taken;
            (void)SyncLock::release(other, u"stockx"_s, jobName);
        }
    });
}

LockProbe::~LockProbe()
{
    other.releaseThreadConnection();
}

} // namespace sf::test

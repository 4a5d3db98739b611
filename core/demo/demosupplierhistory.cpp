#include "demosupplierhistory.h"

#include "db/multirowinsert.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "demodice.h"
#include "suppliers/supplieraccountrepository.h"
#include "suppliers/supplierrepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QStringList kFirstNames{u"Lena"_s, u"Jonas"_s, u"Mia"_s, u"Felix"_s, u"Sara"_s, u"Noah"_s, u"Emma"_s, u"Paul"_s};
const QStringList kLastNames{u"Weber"_s, u"Schulz"_s, u"Becker"_s, u"Hoffmann"_s, u"Koch"_s, u"Richter"_s};
const QStringList kLists{u"Main"_s, u"Raffles"_s, u"Members"_s};
const QStringList kFailures{u"Raffle lost"_s, u"Card declined"_s, u"Sold out at checkout"_s};

struct Bought {
    SupplierId supplier;
    QString product;
    std::optional<Money> gross;
    QDateTime at;
};

Result<QList<Bought>> purchases(const Database &db)
{
    SqlQuery q(db, u"SELECT supplier_id, product_id, gross_purchase_price, purchase_date FROM {{inventory.stock}} "
                   "WHERE supplier_id IS NOT NULL AND purchase_date IS NOT NULL ORDER BY id"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Bought> rows;
    while (q.next())
        rows.append({q.id<SupplierId>(0), q.string(1), q.money(2, u"EUR"_s), q.dateTime(3)});
    return rows;
}
} // namespace

Result<qint64> DemoSupplierHistory::write() const
{
    DemoDice dice(m_seed ^ 0xacc0'0017U);
    auto suppliers = SupplierRepository(m_db).all();
    if (!suppliers)
        return suppliers.error();
    auto bought = purchases(m_db);
    if (!bought)
        return bought.error();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const SupplierAccountRepository accounts(m_db);
    QHash<SupplierId, QList<QUuid>> accountsOf;
    for (const Supplier &supplier : suppliers.value()) {
        const int count = dice.between(2, 4);
        for (int i = 0; i < count; ++i) {
            SupplierAccount account;
            account.id = dice.uuid();
            account.supplierId = supplier.id;
            account.firstName = kFirstNames.at(dice.below(int(kFirstNames.size())));
            account.lastName = kLastNames.at(dice.below(int(kLastNames.size())));
            account.email = u"%1.%2+%3@mail.example"_s.arg(account.firstName.toLower(), account.lastName.toLower())
                                .arg(supplier.name.toLower().remove(u' ').left(12) + QString::number(i + 1));
            account.listName = kLists.at(i % kLists.size());
            account.countryCode = u"DE"_s;
            auto created = accounts.create(account);
            if (!created)
                return created.error();
            accountsOf[supplier.id].append(created.value().id);
        }
    }
    struct Row {
        QUuid id;
        QUuid account;
        Bought pair;
        bool success;
        QString failure;
    };
    QList<Row> rows;
    for (const Bought &pair : std::as_const(bought.value())) {
        const QList<QUuid> &own = accountsOf.value(pair.supplier);
        if (own.isEmpty())
            continue;
        if (dice.chance(20)) // an attempt that bought nothing, the day before
            rows.append({dice.uuid(),
                         own.at(dice.below(int(own.size()))),
                         {pair.supplier, pair.product, Money(0, u"EUR"_s), pair.at.addDays(-1)},
                         false,
                         kFailures.at(dice.below(int(kFailures.size())))});
        rows.append({dice.uuid(), own.at(dice.below(int(own.size()))), pair, true, {}});
    }
    MultiRowInsert insert(
        m_db,
        u"{{supplier.purchase_history}} (id, account_id, supplier_id, product_id, order_reference, "
        "purchase_amount, purchase_date, purchase_status, success, failure_reason)"_s,
        u":id, :account, :supplier, :product, :reference, :amount, :at, :status, :success, :failure"_s);
    const Status status = insert.run(rows.size(), [&](MultiRowInsert::Row &bind, qsizetype i) {
        const Row &row = rows.at(i);
        bind.bind(u":id"_s, row.id.toString(QUuid::WithoutBraces))
            .bind(u":account"_s, row.account.toString(QUuid::WithoutBraces))
            .bind(u":supplier"_s, row.pair.supplier)
            .bind(u":product"_s, row.pair.product)
            .bind(u":reference"_s, u"PO-%1"_s.arg(100000 + i))
            .bind(u":amount"_s, row.pair.gross.value_or(Money(0, u"EUR"_s)))
            .bind(u":at"_s, row.pair.at)
            .bind(u":status"_s, row.success ? u"completed"_s : u"failed"_s)
            .bind(u":success"_s, row.success)
            .bind(u":failure"_s, row.failure);
    });
    if (!status)
        return status.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return qint64(rows.size());
}

} // namespace sf

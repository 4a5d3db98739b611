#pragma once

#include "appcontext.h"
#include "catalog/product.h"
#include "db/database.h"
#include "events/changenotifier.h"
#include "inventory/stockitem.h"
#include "pricing/autolistingrule.h"

namespace sf::test {

// A product of the seeded Sneakers category with the given SKU and brand.
Product makeProduct(const Database &db, const QString &sku, const QString &name,
                    const QString &brand = QStringLiteral("Nike"));
SizeId sizeId(const Database &db, const QString &label);
StockItem makeItem(const ProductId &product, const SizeId &size, const char *gross, const QDate &purchased = {});
// What the app hands its main window, on a second connection to `db` and with secrets in memory.
AppContext appContextFor(const Database &db);
// A switched-on auto-listing rule for pairs in stock of `brand`: cost plus `markupBp`, asks expiring after
// `expiresDays`.
AutoListingRule costPlusRule(const QString &name, const QString &brand, qint64 markupBp, int expiresDays);

// Announces `db`'s committed writes for as long as it lives, as the app's startup does.
class Announcing final {
public:
    explicit Announcing(Database &db)
        : m_db(db)
    {
        m_db.setChangeNotifier(&notifier);
    }
    ~Announcing() { m_db.setChangeNotifier(nullptr); }
    Q_DISABLE_COPY_MOVE(Announcing)

    ChangeNotifier notifier;

private:
    Database &m_db;
};

} // namespace sf::test

#pragma once

#include "emulatorcatalog.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

#include <optional>

namespace sf::emu {

struct EmuListing {
    QString listingId;
    QString variantId;
    QString status = QStringLiteral("INACTIVE"); // INACTIVE ACTIVE DELETED CANCELED MATCHED COMPLETED
    qint64 amount = 0;
    QString currency = QStringLiteral("EUR");
    QString inventoryType = QStringLiteral("STANDARD");
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt;
    QString askId;
    QString orderNumber;
    QString batchId;
    QString lastOperationId;
};

struct EmuOperation {
    QString operationId;
    QString listingId;
    QString type;                               // CREATE UPDATE DELETE ACTIVATE DEACTIVATE
    QString status = QStringLiteral("PENDING"); // PENDING SUCCEEDED FAILED
    int pollsLeft = 0;
    bool willFail = false;
    QJsonObject change; // what the operation does to the listing once it succeeds
    QString error;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct EmuOrder {
    QString orderNumber;
    QString listingId;
    QString askId;
    QString variantId;
    qint64 amount = 0;
    QString currency = QStringLiteral("EUR");
    QString status = QStringLiteral("CREATED");
    QString inventoryType = QStringLiteral("STANDARD");
    QDateTime createdAt;
    QDateTime updatedAt;
    QString shippingId;
    QString trackingNumber;
};

struct EmuBatchItem {
    QString itemId;
    QString status;
    QJsonObject input;
    QString listingId;
    QString askId;
    QString error;
};

struct EmuBatch {
    QString batchId;
    QString kind; // create-listing update-listing delete-listing
    int pollsLeft = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<EmuBatchItem> items;
};

struct EmuPage {
    int count = 0;
    int pageNumber = 1;
    int pageSize = 0;
    bool hasNextPage = false;
};

// The seller's side of StockX: listings with their asynchronous operations, batches and orders that
// move through StockX's statuses. Everything lives in memory; time comes from the caller.
class EmulatorMarket {
public:
    explicit EmulatorMarket(const EmulatorCatalog &catalog, quint32 seed = 7);

    // Options the HTTP layer passes through.
    int pendingPolls = 1;
    int failOperations = 0; // the next N operations end FAILED
    bool moneyAsNumbers = false;
    bool unknownStatuses = false;

    void seed(int orders, int listings, const QDateTime &now);

    // Listing writes return the operation, or an error message for a 400/404.
    std::variant<EmuOperation, QString> createListing(const QJsonObject &input, const QDateTime &now,
                                                      const QString &batchId = {});
    std::variant<EmuOperation, QString> changeListing(const QString &listingId, const QString &type,
                                                      const QJsonObject &input, const QDateTime &now);
    const EmuOperation *pollOperation(const QString &listingId, const QString &operationId, const QDateTime &now);
    QList<const EmuOperation *> operationsOf(const QString &listingId) const;

    EmuBatch &startBatch(const QString &kind, const QJsonArray &items, const QDateTime &now);
    EmuBatch *pollBatch(const QString &batchId, const QDateTime &now);

    // Test control: a buyer takes the ask; an order moves one step (or to the named status).
    std::optional<EmuOrder> sell(const QString &listingId, const QDateTime &now);
    std::optional<EmuOrder> advance(const QString &orderNumber, const QString &status, const QDateTime &now);
    // The seller changes an ask on stockx.com (or in another tool): no operation, no batch.
    bool repriceElsewhere(const QString &listingId, qint64 amount, const QDateTime &now);
    // An order from a seller's history, as it stands (a test's own number, variant, amount and status).
    void addOrder(const EmuOrder &order);

    const EmuListing *listing(const QString &listingId) const;
    const EmuOrder *order(const QString &orderNumber) const;
    QList<const EmuListing *> listings(const QStringList &statuses, const QStringList &productIds,
                                       const QStringList &variantIds, bool expired, const QDateTime &now) const;
    QList<const EmuOrder *> orders(bool active, const QString &status, const QDate &from, const QDate &to) const;
    int listingCount() const { return int(m_listings.size()); }
    int orderCount() const { return int(m_orders.size()); }

    QJsonObject listingJson(const EmuListing &l, bool detailed) const;
    QJsonObject orderJson(const EmuOrder &o, bool detailed, const QString &apiBase) const;
    QJsonObject operationJson(const EmuOperation &op, const QString &apiBase) const;
    QJsonObject batchJson(const EmuBatch &b) const;
    QJsonObject batchItemJson(const EmuBatch &b, const EmuBatchItem &item) const;

    static bool isActiveOrderStatus(const QString &status);

private:
    QString newId();
    EmuOperation &addOperation(const QString &listingId, const QString &type, const QJsonObject &change,
                               const QDateTime &now);
    void finish(EmuOperation &op, const QDateTime &now);
    QJsonObject payoutJson(const EmuOrder &o) const;
    QString shownStatus(const QString &status) const;

    const EmulatorCatalog &m_catalog;
    QRandomGenerator m_rng;
    QList<EmuListing> m_listings;
    QHash<QString, int> m_listingIndex;
    QHash<QString, EmuOperation> m_operations;
    QList<EmuOrder> m_orders; // kept in creation order
    QHash<QString, int> m_orderIndex;
    QHash<QString, EmuBatch> m_batches;
    quint64 m_nextOrder = 10000000;
};

} // namespace sf::emu

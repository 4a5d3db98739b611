#include "purchaserecorder.h"

using namespace Qt::StringLiterals;

namespace sf {

QString PurchaseRecorder::nextKey(const ImportedPurchase &purchase)
{
    const QString content = purchase.contentKey();
    const quint64 shortKey = QStringView(content).left(16).toULongLong(nullptr, 16);
    m_uncommitted << shortKey;
    return content + u'#' + QString::number(m_seen[shortKey]++);
}

Result<RecordResult> PurchaseRecorder::record(ImportedPurchase p, const QString &key)
{
    QJsonObject processed = p.toJson();
    const auto existing = m_stock.repository().findByImportKey(key);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        processed.insert(u"stock_item_id"_s, existing.value()->toString());
        return RecordResult{RecordOutcome::Duplicate, processed, {}};
    }
    const auto product = m_catalog.product(p.product);
    if (!product)
        return product.error();
    const auto size = m_catalog.size(p.product.sizeLabel);
    if (!size)
        return size.error();
    const auto supplier = m_catalog.supplier(p.supplier);
    if (!supplier)
        return supplier.error();
    p.item.productId = product.value();
    p.item.sizeId = size.value().id;
    p.item.supplierId = supplier.value();
    p.item.createdByImport = true;
    p.item.importKey = key;
    const auto added = m_stock.addItem(p.item);
    if (!added)
        return added.error();
    processed.insert(u"stock_item_id"_s, added.value().id.toString());
    return RecordResult{RecordOutcome::Imported, processed, {}};
}

void PurchaseRecorder::forgetUncommitted()
{
    m_catalog.forgetUncommitted();
    for (const quint64 key : std::as_const(m_uncommitted))
        if (--m_seen[key] == 0)
            m_seen.remove(key);
    m_uncommitted.clear();
}

} // namespace sf

#include "importrowsmodel.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
bool isRejected(const ImportRecord &record)
{
    return record.status == u"error"_s;
}

const QStringList &processedOrder()
{
    static const QStringList order{
        u"order_number"_s, u"sku"_s,        u"item"_s,          u"product"_s,        u"style_code"_s,
        u"size"_s,         u"sale_price"_s, u"net_price"_s,     u"gross_price"_s,    u"vat_rate"_s,
        u"quantity"_s,     u"currency"_s,   u"seller_fee"_s,    u"processing_fee"_s, u"shipping_fee"_s,
        u"other_fees"_s,   u"sold_at"_s,    u"purchase_date"_s, u"payout_date"_s,    u"supplier"_s,
        u"location"_s,     u"status"_s,     u"marketplace"_s,   u"buyer_country"_s,  u"email"_s,
        u"name"_s};
    return order;
}
} // namespace

QString ImportRowsModel::valueTitle(const QString &name)
{
    static const QHash<QString, const char *> titles{{u"order_number"_s, QT_TR_NOOP("Order")},
                                                     {u"item"_s, QT_TR_NOOP("Item")},
                                                     {u"style_code"_s, QT_TR_NOOP("Style code")},
                                                     {u"size"_s, QT_TR_NOOP("Size")},
                                                     {u"sale_price"_s, QT_TR_NOOP("Sale price")},
                                                     {u"currency"_s, QT_TR_NOOP("Currency")},
                                                     {u"seller_fee"_s, QT_TR_NOOP("Seller fee")},
                                                     {u"processing_fee"_s, QT_TR_NOOP("Processing fee")},
                                                     {u"shipping_fee"_s, QT_TR_NOOP("Shipping fee")},
                                                     {u"other_fees"_s, QT_TR_NOOP("Other fees")},
                                                     {u"sold_at"_s, QT_TR_NOOP("Sold")},
                                                     {u"payout_date"_s, QT_TR_NOOP("Paid out")},
                                                     {u"status"_s, QT_TR_NOOP("Status")},
                                                     {u"marketplace"_s, QT_TR_NOOP("Marketplace")},
                                                     {u"buyer_country"_s, QT_TR_NOOP("Buyer country")},
                                                     {u"sku"_s, QT_TR_NOOP("SKU")},
                                                     {u"product"_s, QT_TR_NOOP("Product")},
                                                     {u"net_price"_s, QT_TR_NOOP("Net price")},
                                                     {u"gross_price"_s, QT_TR_NOOP("Gross price")},
                                                     {u"vat_rate"_s, QT_TR_NOOP("VAT %")},
                                                     {u"quantity"_s, QT_TR_NOOP("Pairs")},
                                                     {u"purchase_date"_s, QT_TR_NOOP("Bought")},
                                                     {u"supplier"_s, QT_TR_NOOP("Supplier")},
                                                     {u"location"_s, QT_TR_NOOP("Location")},
                                                     {u"email"_s, QT_TR_NOOP("Email")},
                                                     {u"name"_s, QT_TR_NOOP("Name")},
                                                     {u"city"_s, QT_TR_NOOP("City")},
                                                     {u"country"_s, QT_TR_NOOP("Country")},
                                                     {u"password_given"_s, QT_TR_NOOP("Password")},
                                                     {u"proxy_given"_s, QT_TR_NOOP("Proxy")}};
    const char *title = titles.value(name);
    return title ? tr(title) : name;
}

void ImportRowsModel::setRecords(const QList<ImportRecord> &records, const QStringList &preferredOrder)
{
    beginResetModel();
    m_records = records;
    QStringList present;
    for (const ImportRecord &record : std::as_const(m_records))
        for (auto it = valuesOf(record).begin(); it != valuesOf(record).end(); ++it)
            if (!present.contains(it.key()))
                present << it.key();
    const QStringList &order =
        preferredOrder.isEmpty() && m_values == Values::Processed ? processedOrder() : preferredOrder;
    m_names.clear();
    for (const QString &name : order)
        if (present.removeAll(name) > 0)
            m_names << name;
    present.sort();
    m_names += present;
    endResetModel();
}

const QJsonObject &ImportRowsModel::valuesOf(const ImportRecord &record) const
{
    return m_values == Values::Processed ? record.processedData : record.sourceData;
}

int ImportRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstValue + int(m_names.size());
}

QString ImportRowsModel::outcomeText(const QString &status)
{
    if (status == u"processed"_s)
        return tr("New");
    if (status == u"updated"_s)
        return tr("Updated");
    if (status == u"duplicate"_s)
        return tr("Duplicate");
    if (status == u"error"_s)
        return tr("Rejected");
    if (status == u"valid"_s)
        return tr("OK");
    return status;
}

QVariant ImportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportRecord &r = m_records.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column == Line)
            return r.line;
        if (column == Outcome)
            return outcomeText(r.status);
        if (column == Problem)
            return r.errorMessage;
        return valuesOf(r).value(m_names.at(column - FirstValue)).toVariant();
    case SortRole: return column == Line ? QVariant(r.line) : data(index, Qt::DisplayRole);
    case RejectedRole: return isRejected(r);
    case Qt::ForegroundRole:
        if (column == Outcome || column == Problem)
            return QBrush(isRejected(r) ? QColor(0xb3, 0x26, 0x1e) : QColor(0x1e, 0x7b, 0x34));
        break;
    }
    return {};
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line: return tr("Line");
    case Outcome: return tr("Outcome");
    case Problem: return tr("Problem");
    }
    const QString name = m_names.value(section - FirstValue);
    return m_values == Values::Processed ? valueTitle(name) : name;
}

} // namespace sf

#include "stocktablemodel.h"

#include "common/moneytext.h"
#include "stockeditcommand.h"

#include "domain/orderfinancials.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QColor statusColor(ItemStatus status)
{
    switch (status) {
    case ItemStatus::InStock: return QColor(0x2e, 0x7d, 0x32);
    case ItemStatus::ListedStockX:
    case ItemStatus::ListedAlias:
    case ItemStatus::Listed: return QColor(0x15, 0x65, 0xc0);
    case ItemStatus::Sold: return QColor(0x6a, 0x1b, 0x9a);
    case ItemStatus::Error: return QColor(0xc6, 0x28, 0x28);
    case ItemStatus::Canceled: return QColor(0x75, 0x75, 0x75);
    default: return QColor(0xef, 0x6c, 0x00);
    }
}
} // namespace

StockTableModel::StockTableModel(StockService &service, QUndoStack &undoStack, QObject *parent)
    : PagedTableModel<StockRow>(parent)
    , m_service(service)
    , m_undoStack(undoStack)
{}

int StockTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<StockQuery::Sort> StockTableModel::sortFor(int column)
{
    using S = StockQuery::Sort;
    switch (column) {
    case Sku: return S::Sku;
    case Product: return S::Product;
    case Brand: return S::Brand;
    case Size: return S::Size;
    case Status: return S::State;
    case Location: return S::Location;
    case Supplier: return S::Supplier;
    case Quantity: return S::Quantity;
    case NetPrice: return S::NetPrice;
    case GrossPrice: return S::GrossPrice;
    case PurchaseDate: return S::PurchaseDate;
    case DaysInStock: return S::PurchaseDate;
    default: return std::nullopt;
    }
}

QVariant StockTableModel::display(const StockRow &row, int column) const
{
    const StockItem &item = row.item;
    switch (column) {
    case Sku: return row.sku;
    case Product: return row.productName;
    case Brand: return row.brandName;
    case Size: return row.sizeLabel;
    case Status: return itemstatus::displayName(item.status);
    case Location: return item.location;
    case Supplier: return row.supplierName;
    case Quantity: return item.quantity;
    case NetPrice: return moneyText(item.netPrice);
    case GrossPrice: return moneyText(item.grossPrice);
    case PurchaseDate:
        return item.purchaseDate.isValid()
                   ? QLocale().toString(item.purchaseDate.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case DaysInStock: {
        if (item.status == ItemStatus::Sold || item.status == ItemStatus::Canceled)
            return QString();
        const auto days = daysInStock(item.purchaseDate.toLocalTime().date(), m_today);
        return days ? QVariant(*days) : QVariant();
    }
    case Listed: {
        QStringList where;
        if (item.listedStockX)
            where << u"StockX"_s;
        if (item.listedAlias)
            where << u"Alias"_s;
        if (item.listedLocal)
            where << tr("Local");
        return where.join(u" · "_s);
    }
    }
    return {};
}

QVariant StockTableModel::sortValue(const StockRow &row, int column) const
{
    const StockItem &item = row.item;
    switch (column) {
    case Status: return itemstatus::key(item.status);
    case NetPrice: return item.netPrice ? item.netPrice->minor() : -1;
    case GrossPrice: return item.grossPrice ? item.grossPrice->minor() : -1;
    case PurchaseDate:
    case DaysInStock: return item.purchaseDate;
    default: return display(row, column);
    }
}

QVariant StockTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockRow &row = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(row, column);
    case Qt::EditRole:
        switch (column) {
        case Status: return itemstatus::key(row.item.status);
        case NetPrice: return row.item.netPrice ? row.item.netPrice->toDecimalString() : QString();
        case GrossPrice: return row.item.grossPrice ? row.item.grossPrice->toDecimalString() : QString();
        case PurchaseDate: return row.item.purchaseDate.toLocalTime().date();
        default: return display(row, column);
        }
    case SortRole: return sortValue(row, column);
    case ItemIdRole: return QVariant::fromValue(row.item.id);
    case StatusRole: return itemstatus::key(row.item.status);
    case Qt::ForegroundRole:
        if (column == Status)
            return QBrush(statusColor(row.item.status));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Quantity || column == NetPrice || column == GrossPrice || column == DaysInStock)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == Product && !row.item.notes.isEmpty())
            return row.item.notes;
        if (column == GrossPrice && row.item.grossPrice)
            return tr("VAT %1 %").arg(row.item.vatRate.toDecimalString());
        return {};
    default: return {};
    }
}

QVariant StockTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sku: return tr("SKU");
    case Product: return tr("Product");
    case Brand: return tr("Brand");
    case Size: return tr("Size");
    case Status: return tr("Status");
    case Location: return tr("Location");
    case Supplier: return tr("Supplier");
    case Quantity: return tr("Qty");
    case NetPrice: return tr("Net price");
    case GrossPrice: return tr("Gross price");
    case PurchaseDate: return tr("Purchased");
    case DaysInStock: return tr("Days");
    case Listed: return tr("Listed on");
    }
    return {};
}

Qt::ItemFlags StockTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case Status:
    case Location:
    case Quantity:
    case NetPrice:
    case GrossPrice:
    case PurchaseDate: f |= Qt::ItemIsEditable; break;
    default: break;
    }
    return f;
}

std::optional<StockItem> StockTableModel::edited(const StockItem &item, int column, const QVariant &value) const
{
    StockItem after = item;
    switch (column) {
    case Status: {
        const auto status = itemstatus::fromKey(value.toString());
        if (!status)
            return std::nullopt;
        after.status = *status;
        return after;
    }
    case Location: after.location = value.toString().trimmed(); return after;
    case Quantity: {
        bool ok = false;
        after.quantity = value.toInt(&ok);
        return ok && after.quantity >= 0 ? std::optional(after) : std::nullopt;
    }
    case NetPrice:
    case GrossPrice: {
        const auto money = Money::parse(value.toString(), item.currency);
        if (!money || money->isNegative())
            return std::nullopt;
        // Editing one price recomputes the other at the item's VAT rate.
        if (column == NetPrice) {
            after.netPrice = money;
            after.grossPrice = item.vatRate.grossFromNet(*money);
        } else {
            after.grossPrice = money;
            after.netPrice = item.vatRate.netFromGross(*money);
        }
        return after;
    }
    case PurchaseDate: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return std::nullopt;
        const QTime time = item.purchaseDate.isValid() ? item.purchaseDate.toLocalTime().time() : QTime(12, 0);
        after.purchaseDate = QDateTime(date, time).toUTC();
        return after;
    }
    default: return std::nullopt;
    }
}

bool StockTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const StockItem &before = rowAt(index.row()).item;
    const auto after = edited(before, index.column(), value);
    if (!after) {
        Q_EMIT errorOccurred(tr("\"%1\" is not a valid %2.")
                                 .arg(value.toString(), headerData(index.column(), Qt::Horizontal).toString()));
        return false;
    }
    auto *command = new StockEditCommand(
        m_service, {before}, {*after},
        tr("Change %1 of %2").arg(headerData(index.column(), Qt::Horizontal).toString(), rowAt(index.row()).sku),
        [this](const Error &error) { Q_EMIT errorOccurred(error.message); });
    command->setOnStored([this](const QList<StockItem> &items) { adoptStored(items); });
    return pushCommand(m_undoStack, command);
}

StockTableModel::PageReader StockTableModel::pageReader(const std::optional<KeysetCursor> &after, int limit) const
{
    return [query = m_query, after, limit](const Database &db) -> Result<KeysetPage<StockRow>> {
        return StockRepository(db).fetchPage(query, after, limit);
    };
}

const Database &StockTableModel::database() const
{
    return m_service.repository().database();
}

void StockTableModel::adopt(StockRow &row, int position)
{
    // Names repeat across thousands of rows; sharing one copy keeps memory proportional to what is new.
    for (QString *text : {&row.sku, &row.productName, &row.brandName, &row.sizeLabel, &row.supplierName,
                          &row.item.location, &row.item.currency})
        *text = intern(*text);
    m_rowOfId.insert(row.item.id, position);
}

void StockTableModel::forgetRows()
{
    m_strings.clear();
    m_rowOfId.clear();
    m_today = QDate::currentDate();
}

QString StockTableModel::intern(const QString &text)
{
    const auto it = m_strings.constFind(text);
    if (it != m_strings.constEnd())
        return *it;
    m_strings.insert(text);
    return text;
}

void StockTableModel::setQuery(const StockQuery &query)
{
    m_query = query;
    reload();
}

void StockTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortFor(column);
    if (!sort)
        return;
    StockQuery query = m_query;
    query.sort = *sort;
    // Days in stock grows as the purchase date falls, so it sorts the other way round.
    query.descending = (order == Qt::DescendingOrder) != (column == DaysInStock);
    if (query != m_query)
        setQuery(query);
}

QList<StockItemId> StockTableModel::idsOf(const QModelIndexList &indexes) const
{
    QList<StockItemId> ids;
    for (const QModelIndex &index : indexes) {
        const StockItemId id = rowAt(index.row()).item.id;
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void StockTableModel::adoptStored(const QList<StockItem> &items)
{
    for (const StockItem &item : items)
        if (const auto it = m_rowOfId.constFind(item.id); it != m_rowOfId.cend()) {
            StockRow row = rowAt(*it);
            row.item = item;
            replaceRow(*it, row);
        }
}

void StockTableModel::refreshRows(const QList<StockItemId> &ids)
{
    QList<StockItemId> shown;
    for (const StockItemId &id : ids)
        if (m_rowOfId.contains(id))
            shown.append(id);
    std::function<Result<QList<StockRow>>(const Database &)> read = [shown](const Database &db) {
        return StockRepository(db).fetchRows(shown);
    };
    if (!worker()) {
        showFresh(read(database()));
        return;
    }
    worker()->run<Result<QList<StockRow>>>(this, read, [this](Result<QList<StockRow>> fresh) { showFresh(fresh); });
}

void StockTableModel::showFresh(const Result<QList<StockRow>> &fresh)
{
    if (!fresh) {
        Q_EMIT errorOccurred(fresh.error().toString());
        return;
    }
    // Rows may have been read again meanwhile; only those still shown are replaced.
    for (const StockRow &row : fresh.value())
        if (const auto it = m_rowOfId.constFind(row.item.id); it != m_rowOfId.cend())
            replaceRow(*it, row);
    Q_EMIT loaded();
}

void StockTableModel::dropRows(const QList<StockItemId> &ids)
{
    for (const StockItemId &id : ids) {
        const auto it = m_rowOfId.constFind(id);
        if (it == m_rowOfId.constEnd())
            continue;
        removeRowAt(it.value());
        m_rowOfId.clear();
        for (int i = 0; i < rowCount(); ++i)
            m_rowOfId.insert(rowAt(i).item.id, i);
    }
    Q_EMIT loaded();
}

} // namespace sf

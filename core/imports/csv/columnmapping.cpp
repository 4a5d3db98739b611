#include "columnmapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
using Field = ColumnMapping::Field;

// What people call these columns, in English and German, written as normalized() gives them.
const QHash<Field, QStringList> &synonyms()
{
    static const QHash<Field, QStringList> names{
        {Field::Sku,
         {u"sku"_s, u"style"_s, u"stylecode"_s, u"styleid"_s, u"artikelnummer"_s, u"artnr"_s, u"modelnumber"_s,
          u"productcode"_s}},
        {Field::ProductName,
         {u"productname"_s, u"product"_s, u"name"_s, u"item"_s, u"artikel"_s, u"bezeichnung"_s, u"produkt"_s,
          u"modell"_s}},
        {Field::Brand, {u"brand"_s, u"marke"_s, u"hersteller"_s}},
        {Field::Size, {u"size"_s, u"grosse"_s, u"groesse"_s, u"gr"_s, u"eusize"_s, u"ussize"_s, u"skusize"_s}},
        {Field::Supplier,
         {u"supplier"_s, u"shop"_s, u"store"_s, u"retailer"_s, u"lieferant"_s, u"handler"_s, u"haendler"_s,
          u"bezugsquelle"_s}},
        {Field::PurchaseDate,
         {u"purchasedate"_s, u"buydate"_s, u"date"_s, u"datum"_s, u"kaufdatum"_s, u"einkaufsdatum"_s, u"orderdate"_s,
          u"bestelldatum"_s}},
        {Field::NetPrice,
         {u"netprice"_s, u"net"_s, u"netbuy"_s, u"netto"_s, u"nettopreis"_s, u"eknetto"_s, u"purchasepricenet"_s,
          u"einkaufspreisnetto"_s}},
        {Field::GrossPrice,
         {u"grossprice"_s, u"gross"_s, u"grossbuy"_s, u"brutto"_s, u"bruttopreis"_s, u"price"_s, u"preis"_s,
          u"purchaseprice"_s, u"einkaufspreis"_s, u"ek"_s, u"kaufpreis"_s, u"cost"_s}},
        {Field::VatRate, {u"vat"_s, u"vatrate"_s, u"mwst"_s, u"ust"_s, u"steuersatz"_s, u"tax"_s, u"taxrate"_s}},
        {Field::Quantity, {u"quantity"_s, u"qty"_s, u"menge"_s, u"anzahl"_s, u"stuck"_s, u"stueck"_s, u"pairs"_s}},
        {Field::Location, {u"location"_s, u"lager"_s, u"lagerort"_s, u"ort"_s, u"storage"_s, u"shelf"_s, u"regal"_s}},
        {Field::Notes, {u"notes"_s, u"note"_s, u"notiz"_s, u"notizen"_s, u"comment"_s, u"kommentar"_s, u"bemerkung"_s}},
        {Field::Reference,
         {u"ordernumber"_s, u"orderno"_s, u"order"_s, u"invoice"_s, u"invoicenumber"_s, u"bestellnummer"_s,
          u"rechnungsnummer"_s, u"reference"_s, u"referenz"_s}},
    };
    return names;
}

// Lower case letters and digits only; umlauts folded the way people type them without ("ö" -> "o").
QString normalized(const QString &header)
{
    QString folded = header.toLower().replace(u"ß"_s, u"ss"_s).normalized(QString::NormalizationForm_KD);
    QString result;
    for (const QChar c : std::as_const(folded))
        if (c.isLetterOrNumber() && c.unicode() < 128)
            result += c;
    return result;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[j] =
                std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// How well a header names a field: 100 for a known name, less for a known name inside a longer header
// ("Purchase price (EUR)") or a small spelling slip ("Lieferrant"), 0 for no match.
int score(const QString &header, Field field)
{
    const QString h = normalized(header);
    if (h.isEmpty())
        return 0;
    int best = 0;
    for (const QString &name : synonyms().value(field)) {
        if (h == name)
            return 100;
        if (name.size() >= 4 && h.contains(name))
            best = std::max(best, 60 + int(name.size() * 30 / h.size()));
        else if (name.size() >= 6 && editDistance(h, name) <= 2)
            best = std::max(best, 50);
    }
    return best;
}
} // namespace

QList<ColumnMapping::Field> ColumnMapping::fields()
{
    return {Field::Sku,          Field::ProductName, Field::Brand,      Field::Size,    Field::Supplier,
            Field::PurchaseDate, Field::NetPrice,    Field::GrossPrice, Field::VatRate, Field::Quantity,
            Field::Location,     Field::Notes,       Field::Reference};
}

QString ColumnMapping::key(Field field)
{
    static const QStringList keys{u"sku"_s,      u"product"_s, u"brand"_s,    u"size"_s, u"supplier"_s,
                                  u"date"_s,     u"net"_s,     u"gross"_s,    u"vat"_s,  u"quantity"_s,
                                  u"location"_s, u"notes"_s,   u"reference"_s};
    return keys.at(int(field));
}

std::optional<ColumnMapping::Field> ColumnMapping::fieldForKey(const QString &key)
{
    for (Field field : fields())
        if (ColumnMapping::key(field) == key)
            return field;
    return std::nullopt;
}

QString ColumnMapping::title(Field field)
{
    static const char *const titles[] = {QT_TRANSLATE_NOOP("ColumnMapping", "SKU / style code"),
                                         QT_TRANSLATE_NOOP("ColumnMapping", "Product name"),
                                         QT_TRANSLATE_NOOP("ColumnMapping", "Brand"),
                                         QT_TRANSLATE_NOOP("ColumnMapping", "Size"),
                                         QT_TRANSLATE_NOOP("ColumnMapping", "Supplier"),
                                         QT_TRANSLATE_NOOP("ColumnMapping", "Purchase date"),
                                         QT_TRANSLATE_NOOP("ColumnMapping", "Net price"),
                                         QT_TRANSLATE_NOOP("ColumnMapping", "Gross price"),
                                         QT_TRANSLATE_NOOP("ColumnMapping", "VAT rate"),
                                         QT_TRANSLATE_NOOP("ColumnMapping", "Quantity"),
                                         QT_TRANSLATE_NOOP("ColumnMapping", "Location"),
                                         QT_TRANSLATE_NOOP("ColumnMapping", "Notes"),
                                         QT_TRANSLATE_NOOP("ColumnMapping", "Order / invoice number")};
    return QCoreApplication::translate("ColumnMapping", titles[int(field)]);
}

ColumnMapping ColumnMapping::guess(const QStringList &header)
{
    struct Candidate {
        int score;
        Field field;
        QString column;
    };
    QList<Candidate> candidates;
    for (const QString &column : header)
        for (Field field : fields())
            if (const int s = score(column, field); s > 0)
                candidates.append({s, field, column});
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    ColumnMapping mapping;
    QStringList used;
    for (const Candidate &c : std::as_const(candidates)) {
        if (mapping.has(c.field) || used.contains(c.column))
            continue;
        mapping.set(c.field, c.column);
        used << c.column;
    }
    return mapping;
}

QString ColumnMapping::signature(const QStringList &header)
{
    QStringList names;
    for (const QString &column : header)
        names << normalized(column);
    return QString::fromLatin1(
        QCryptographicHash::hash(names.join(u'|').toUtf8(), QCryptographicHash::Sha256).toHex().left(64));
}

void ColumnMapping::set(Field field, const QString &column)
{
    if (column.isEmpty())
        m_columns.remove(field);
    else
        m_columns.insert(field, column);
}

QString ColumnMapping::problem() const
{
    if (!has(Field::Sku))
        return QCoreApplication::translate("ColumnMapping", "Choose the column with the SKU or style code.");
    if (!has(Field::NetPrice) && !has(Field::GrossPrice))
        return QCoreApplication::translate("ColumnMapping", "Choose the column with the net or gross price.");
    return {};
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject object;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        object.insert(key(it.key()), it.value());
    return object;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &object)
{
    ColumnMapping mapping;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (const auto field = fieldForKey(it.key()))
            mapping.set(*field, it.value().toString());
    return mapping;
}

} // namespace sf

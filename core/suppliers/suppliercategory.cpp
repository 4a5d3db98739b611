#include "suppliercategory.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace sf::suppliercategory {

QStringList keys()
{
    return {u"sneaker_retailers"_s, u"general_retail"_s, u"luxury_fashion"_s, u"direct_brands"_s,
            u"specialty_stores"_s};
}

QString displayName(const QString &key)
{
    if (key == u"sneaker_retailers"_s)
        return QCoreApplication::translate("Suppliers", "Sneaker retailer");
    if (key == u"general_retail"_s)
        return QCoreApplication::translate("Suppliers", "General retail");
    if (key == u"luxury_fashion"_s)
        return QCoreApplication::translate("Suppliers", "Luxury fashion");
    if (key == u"direct_brands"_s)
        return QCoreApplication::translate("Suppliers", "Brand store");
    if (key == u"specialty_stores"_s)
        return QCoreApplication::translate("Suppliers", "Specialty store");
    return key;
}

QString guess(const QString &supplierName)
{
    static const QHash<QString, QString> known{
        {u"bstn"_s, u"sneaker_retailers"_s},       {u"solebox"_s, u"sneaker_retailers"_s},
        {u"footlocker"_s, u"sneaker_retailers"_s}, {u"foot locker"_s, u"sneaker_retailers"_s},
        {u"jd sports"_s, u"sneaker_retailers"_s},  {u"amazon"_s, u"general_retail"_s},
        {u"mediamarkt"_s, u"general_retail"_s},    {u"zalando"_s, u"general_retail"_s},
        {u"otto"_s, u"general_retail"_s},          {u"bestsecret"_s, u"luxury_fashion"_s},
        {u"mytheresa"_s, u"luxury_fashion"_s},     {u"farfetch"_s, u"luxury_fashion"_s},
        {u"ssense"_s, u"luxury_fashion"_s},        {u"nike"_s, u"direct_brands"_s},
        {u"adidas"_s, u"direct_brands"_s},         {u"uniqlo"_s, u"direct_brands"_s},
        {u"crocs"_s, u"direct_brands"_s},          {u"lego"_s, u"specialty_stores"_s},
        {u"apple store"_s, u"specialty_stores"_s}, {u"samsung"_s, u"specialty_stores"_s},
        {u"taschen"_s, u"specialty_stores"_s}};
    const QString name = supplierName.trimmed().toLower();
    if (const auto it = known.constFind(name); it != known.constEnd())
        return *it;
    // "Nike SNKRS", "BSTN Store Munich": the first known name the supplier's name starts with.
    for (auto it = known.constBegin(); it != known.constEnd(); ++it)
        if (name.startsWith(it.key() + u' '))
            return it.value();
    return u"general_retail"_s;
}

} // namespace sf::suppliercategory

#pragma once

#include "domain/ids.h"
#include "domain/money.h"

#include <QDateTime>

#include <QStringList>

#include <optional>

namespace sf {

// A shop account the reseller buys with (supplier.account). Its password lives in the SecretStore
// under passwordKey(), never in the database.
struct SupplierAccount {
    QUuid id;
    SupplierId supplierId;
    QString email;
    QString firstName;
    QString lastName;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString zipCode;
    QString stateCode;
    QString countryCode;
    QString phoneNumber;
    QString listName;
    QString browserPreference;
    QString status = QStringLiteral("active"); // active, inactive, suspended, banned
    bool verified = false;
    QDateTime lastUsedAt;
    // Recomputed from supplier.purchase_history (original-system.md §3.17).
    int purchases = 0;
    Money spent;
    Money averageOrderValue;
    double successRatePercent = 0;
    QString supplierName; // read with the account, for the view across suppliers

    static QStringList statuses()
    {
        return {QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("suspended"),
                QStringLiteral("banned")};
    }

    QString passwordKey() const
    {
        return QStringLiteral("supplier-account/%1/password").arg(id.toString(QUuid::WithoutBraces));
    }
    QString proxyKey() const
    {
        return QStringLiteral("supplier-account/%1/proxy").arg(id.toString(QUuid::WithoutBraces));
    }
};

} // namespace sf

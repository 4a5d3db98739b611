#pragma once

#include "domain/ids.h"

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

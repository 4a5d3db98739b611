#include "supplieraccountimporter.h"

#include "imports/csv/fieldreader.h"
#include "suppliers/supplieraccountrepository.h"
#include "suppliers/supplierrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

QStringList SupplierAccountImporter::requiredColumns()
{
    return {u"EMAIL"_s, u"FIRST_NAME"_s, u"LAST_NAME"_s, u"LISTNAME"_s};
}

QStringList SupplierAccountImporter::privateColumns() const
{
    return {u"PASSWORD"_s, u"PROXY"_s, u"CC_NUMBER"_s, u"CVV"_s};
}

std::variant<SupplierAccountImporter::Row, QString> SupplierAccountImporter::read(const CsvColumns &columns,
                                                                                  const CsvRecord &record) const
{
    FieldReader fields(columns, record);
    Row row;
    SupplierAccount &a = row.account;
    a.email = fields.text(u"EMAIL"_s, FieldReader::Required).toLower();
    a.firstName = fields.text(u"FIRST_NAME"_s);
    a.lastName = fields.text(u"LAST_NAME"_s);
    a.addressLine1 = fields.text(u"ADDRESS_LINE_1"_s);
    a.addressLine2 = fields.text(u"ADDRESS_LINE_2"_s);
    a.city = fields.text(u"CITY"_s);
    a.zipCode = fields.text(u"ZIP_CODE"_s);
    a.stateCode = fields.text(u"STATE_CODE"_s);
    a.countryCode = fields.text(u"COUNTRY_CODE"_s).toUpper();
    a.phoneNumber = fields.text(u"PHONE_NUMBER"_s);
    a.browserPreference = fields.text(u"BROWSER"_s);
    a.listName = fields.text(u"LISTNAME"_s, FieldReader::Required);
    row.supplierName = a.listName;
    // Passwords are taken as written: blanks and "N/A" could be real passwords only in theory.
    row.password = columns.value(record, u"PASSWORD"_s);
    row.proxy = fields.text(u"PROXY"_s);
    if (!fields.ok())
        return fields.error();
    if (!a.email.contains(u'@') || a.email.size() > 150)
        return QCoreApplication::translate("SupplierAccountImporter", "EMAIL \"%1\" is not an email address.")
            .arg(a.email);
    if (a.countryCode.size() > 5)
        return QCoreApplication::translate("SupplierAccountImporter",
                                           "COUNTRY_CODE \"%1\" is longer than a country code.")
            .arg(a.countryCode);
    return row;
}

QJsonObject SupplierAccountImporter::toJson(const Row &row)
{
    const SupplierAccount &a = row.account;
    return {{u"supplier"_s, row.supplierName},
            {u"email"_s, a.email},
            {u"name"_s, QString(a.firstName + u' ' + a.lastName).trimmed()},
            {u"city"_s, a.city},
            {u"country"_s, a.countryCode},
            {u"password_given"_s, !row.password.isEmpty()},
            {u"proxy_given"_s, !row.proxy.isEmpty()}};
}

RecordResult SupplierAccountImporter::check(const CsvColumns &columns, const CsvRecord &record) const
{
    const auto row = read(columns, record);
    if (const auto *why = std::get_if<QString>(&row))
        return RecordResult::rejected(*why);
    return {RecordOutcome::Valid, toJson(std::get<Row>(row)), {}};
}

Result<RecordResult> SupplierAccountImporter::store(const CsvColumns &columns, const CsvRecord &record)
{
    const auto read = this->read(columns, record);
    if (const auto *why = std::get_if<QString>(&read))
        return RecordResult::rejected(*why);
    Row row = std::get<Row>(read);
    if (!m_suppliers.contains(row.supplierName)) {
        const auto supplier = SupplierRepository(m_db).findOrCreate(row.supplierName);
        if (!supplier)
            return supplier.error();
        m_suppliers.insert(row.supplierName, supplier.value().id);
    }
    row.account.supplierId = m_suppliers.value(row.supplierName);
    SupplierAccountRepository accounts(m_db);
    const auto existing = accounts.findByEmail(row.account.supplierId, row.account.email);
    if (!existing)
        return existing.error();
    RecordOutcome outcome = RecordOutcome::Duplicate;
    if (existing.value()) {
        row.account.id = existing.value()->id;
    } else {
        const auto created = accounts.create(row.account);
        if (!created)
            return created.error();
        row.account.id = created.value().id;
        outcome = RecordOutcome::Imported;
    }
    // A newer list may carry a changed password: the keychain entry is simply written again.
    if (!row.password.isEmpty())
        m_pendingSecrets.append({row.account.passwordKey(), row.password});
    if (!row.proxy.isEmpty())
        m_pendingSecrets.append({row.account.proxyKey(), row.proxy});
    QJsonObject processed = toJson(row);
    processed.insert(u"account_id"_s, row.account.id.toString(QUuid::WithoutBraces));
    return RecordResult{outcome, processed, {}};
}

void SupplierAccountImporter::forgetUncommitted()
{
    m_suppliers.clear();
    m_pendingSecrets.clear();
}

QList<std::pair<QString, QString>> SupplierAccountImporter::takeSecrets()
{
    return std::exchange(m_pendingSecrets, {});
}

} // namespace sf

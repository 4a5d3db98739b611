#pragma once

#include "imports/rowimporter.h"
#include "suppliers/supplieraccount.h"

#include <QHash>

#include <variant>

namespace sf {

class Database;

// Supplier account lists (original-system.md §6.5): EMAIL, FIRST_NAME, LAST_NAME, ADDRESS_LINE_1/2, CITY,
// ZIP_CODE, STATE_CODE, COUNTRY_CODE, PHONE_NUMBER, BROWSER, LISTNAME (the supplier the account belongs
// to), PASSWORD and PROXY. Passwords and proxies go to the SecretStore through takeSecrets(); they are
// never stored in the database or the import records. Card numbers and CVVs are not read at all.
// An account is a duplicate when its supplier already has that email (case does not matter).
class SupplierAccountImporter : public RowImporter {
public:
    explicit SupplierAccountImporter(const Database &db)
        : m_db(db)
    {}

    static QStringList requiredColumns();

    RecordResult check(const CsvColumns &columns, const CsvRecord &record) const override;
    Result<RecordResult> store(const CsvColumns &columns, const CsvRecord &record) override;
    QStringList privateColumns() const override;
    void forgetUncommitted() override;
    QList<std::pair<QString, QString>> takeSecrets() override;

private:
    struct Row {
        SupplierAccount account;
        QString supplierName;
        QString password;
        QString proxy;
    };
    std::variant<Row, QString> read(const CsvColumns &columns, const CsvRecord &record) const;
    static QJsonObject toJson(const Row &row);

    const Database &m_db;
    QHash<QString, SupplierId> m_suppliers;
    QList<std::pair<QString, QString>> m_pendingSecrets;
};

} // namespace sf

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace sf {

// Which column of a purchases spreadsheet holds which value. Guessed from the header (English and
// German names, spelling slips) and adjustable by the operator; saved as a named preset.
class ColumnMapping {
public:
    enum class Field {
        Sku,
        ProductName,
        Brand,
        Size,
        Supplier,
        PurchaseDate,
        NetPrice,
        GrossPrice,
        VatRate,
        Quantity,
        Location,
        Notes,
        Reference, // order or invoice number, part of the key that recognises a row imported before
    };

    static QList<Field> fields();
    static QString key(Field field); // stable name for presets and --map
    static std::optional<Field> fieldForKey(const QString &key);
    static QString title(Field field); // translated

    // The best column for every field the header seems to have; each column is used at most once.
    static ColumnMapping guess(const QStringList &header);
    // Identifies a header regardless of case and spacing, to offer the preset saved for it.
    static QString signature(const QStringList &header);

    QString column(Field field) const { return m_columns.value(field); }
    void set(Field field, const QString &column);
    bool has(Field field) const { return !m_columns.value(field).isEmpty(); }
    // Empty when usable; otherwise what is missing, in the operator's words.
    QString problem() const;

    QJsonObject toJson() const;
    static ColumnMapping fromJson(const QJsonObject &object);
    bool operator==(const ColumnMapping &other) const = default;

private:
    QHash<Field, QString> m_columns;
};

} // namespace sf

#pragma once

#include "awinoffer.h"
#include "domain/result.h"
#include "imports/csv/csvreader.h"

#include <QHash>

#include <variant>

namespace sf {

// Turns the records of an Awin feed into offers, by column name (never by position: the column list is
// the operator's choice). A row is rejected only when nothing identifies it (aw_product_id) or its price
// cannot be read; anything else unreadable is kept as far as it goes and flagged.
class AwinFeedParser {
public:
    Status readHeader(const QStringList &header);
    // The offer, or why the row was rejected.
    std::variant<AwinOffer, QString> parse(const CsvRecord &record) const;
    // The row's aw_product_id as written (empty when it has none), also for a rejected row.
    QString idOf(const CsvRecord &record) const { return field(record, "aw_product_id"); }

    // Whether the file (plain or gzip) starts with an Awin feed's header: for a file dropped on the window.
    static bool looksLikeFeed(const QString &path);
    // The columns parse() reads, in the feed's order: what a download asks for.
    static const QStringList &requestedColumns();
    // "1203a544.101" and "1203A544-101" are one code: upper case, dots, spaces and underscores as dashes.
    static QString normaliseStyleCode(const QString &code);
    // The style code after the description's last pipe ("… Stabilität. | 1203A544.101"), else one that
    // looks like a style code at the end of the name; normalised, or empty.
    static QString styleCodeIn(const QString &description, const QString &name);

private:
    QString field(const CsvRecord &record, const char *column) const;

    QHash<QString, int> m_columns;
    qsizetype m_headerSize = 0;
};

} // namespace sf

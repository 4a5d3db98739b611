#include "importpresetrepository.h"

#include "db/sqlquery.h"
#include "db/transaction.h"
#include "domain/rowuuid.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sf {

Result<QList<ImportPreset>> ImportPresetRepository::fetch(const QString &where,
                                                          const std::function<void(SqlQuery &)> &bind) const
{
    SqlQuery q(m_db,
               u"SELECT id, name, format, header_signature, mapping FROM {{integration.import_presets}} "_s + where);
    bind(q);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<ImportPreset> presets;
    while (q.next())
        presets.append({QUuid::fromString(q.string(0)), q.string(1), q.string(2), q.string(3),
                        ColumnMapping::fromJson(QJsonDocument::fromJson(q.string(4).toUtf8()).object())});
    return presets;
}

Result<ImportPreset> ImportPresetRepository::save(const ImportPreset &preset) const
{
    ImportPreset saved = preset;
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const auto existing = byName(preset.name);
    if (!existing)
        return existing.error();
    saved.id = existing.value() ? existing.value()->id : newRowUuid();
    SqlQuery q(m_db,
               existing.value()
                   ? u"UPDATE {{integration.import_presets}} SET format = :format, header_signature = :signature, "
                     "mapping = :mapping, updated_at = {{now}} WHERE id = :id AND name = :name"_s
                   : u"INSERT INTO {{integration.import_presets}} (id, name, format, header_signature, mapping) "
                     "VALUES (:id, :name, :format, :signature, :mapping)"_s);
    q.bind(u":id"_s, saved.id.toString(QUuid::WithoutBraces))
        .bind(u":name"_s, saved.name)
        .bind(u":format"_s, saved.format)
        .bind(u":signature"_s, saved.headerSignature)
        .bind(u":mapping"_s, QString::fromUtf8(QJsonDocument(saved.mapping.toJson()).toJson(QJsonDocument::Compact)));
    if (Status status = q.exec(); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return saved;
}

Result<std::optional<ImportPreset>> ImportPresetRepository::byName(const QString &name) const
{
    return firstOf(fetch(u"WHERE name = :name"_s, [&](SqlQuery &q) { q.bind(u":name"_s, name); }));
}

Result<std::optional<ImportPreset>> ImportPresetRepository::forHeader(const QString &format,
                                                                      const QString &headerSignature) const
{
    return firstOf(fetch(u"WHERE format = :format AND header_signature = :signature ORDER BY updated_at DESC"_s,
                         [&](SqlQuery &q) { q.bind(u":format"_s, format).bind(u":signature"_s, headerSignature); }));
}

Result<QList<ImportPreset>> ImportPresetRepository::all() const
{
    return fetch(u"ORDER BY name"_s, [](SqlQuery &) {});
}

} // namespace sf

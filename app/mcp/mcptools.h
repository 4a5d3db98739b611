#pragma once

#include "catalog/size.h"
#include "db/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace sf::mcp {

// What a tool answered: its structured result, or what went wrong inside it (an MCP result with
// isError, so the assistant can read it and try again).
struct ToolReply {
    QJsonObject structured;
    std::optional<QString> error;
};

// The tools and resources of soleflipper-mcp. The memory tools write to `memories`; every business
// tool and resource reads `business`, which the server opens read-only, through the same core
// repositories the window and the CLI use. Money is given as exact decimal strings with a currency.
class McpTools {
public:
    static inline const QString kInvalidCode = QStringLiteral("mcp.invalid_params");
    static inline const QString kNotFoundCode = QStringLiteral("mcp.not_found");

    McpTools(const Database &memories, const Database &business, const QUuid &session);

    QJsonArray definitions() const; // tools/list
    // Runs a tool. An Error (code kInvalidCode) for an unknown tool or arguments its schema refuses.
    Result<ToolReply> call(const QString &name, const QJsonObject &arguments) const;

    QJsonArray resources() const; // resources/list
    // An Error (code kNotFoundCode) for an unknown URI; other Errors are the database's.
    Result<QJsonObject> readResource(const QString &uri) const;

private:
    using Run = ToolReply (McpTools::*)(const QJsonObject &) const;
    struct Tool {
        QString name;
        QString title;
        QString description;
        QJsonObject inputSchema;
        Run run;
    };
    static QList<Tool> tools();

    Result<Size> sizeLabelled(const QString &label) const;
    ToolReply storeMemory(const QJsonObject &args) const;
    ToolReply searchMemory(const QJsonObject &args) const;
    ToolReply listMemories(const QJsonObject &args) const;
    ToolReply stockSearch(const QJsonObject &args) const;
    ToolReply orderLookup(const QJsonObject &args) const;
    ToolReply kpis(const QJsonObject &args) const;
    ToolReply deadStock(const QJsonObject &args) const;
    ToolReply priceHistory(const QJsonObject &args) const;

    const Database &m_memories;
    const Database &m_business;
    QUuid m_session;
};

} // namespace sf::mcp

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>
#include <variant>

namespace sf::mcp {

class McpTools;

// The Model Context Protocol over JSON-RPC 2.0, one message per line (the stdio transport): takes one
// line from the client and gives the line to answer, if any (notifications get none). Every request
// gets an answer, also a malformed or oversized one; nothing a client sends ends the server.
class McpServer {
public:
    static constexpr qsizetype kMaxMessage = 1024 * 1024;
    // The newest first: what we answer a client asking for one we do not know.
    static inline const QStringList kProtocolVersions = {QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"),
                                                         QStringLiteral("2025-03-26"), QStringLiteral("2024-11-05")};

    McpServer(McpTools &tools, QString version);

    std::optional<QByteArray> handleLine(const QByteArray &line);
    // The answer to a line longer than kMaxMessage, which the reader did not keep.
    static QByteArray oversized();
    bool initialized() const { return m_initialized; }

private:
    struct Failure {
        int code;
        QString message;
    };
    using Answer = std::variant<QJsonObject, Failure>;

    Answer dispatch(const QString &method, const QJsonObject &params);
    Answer initialize(const QJsonObject &params);
    Answer callTool(const QJsonObject &params);
    Answer readResource(const QJsonObject &params);
    static QByteArray reply(const QJsonValue &id, const Answer &answer);

    McpTools &m_tools;
    QString m_version;
    bool m_initialized = false;
};

} // namespace sf::mcp

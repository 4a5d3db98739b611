#include "mcpschema.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sf::mcp {

namespace {
std::optional<QString> checkString(const QString &name, const QJsonObject &rule, const QJsonValue &value)
{
    if (!value.isString())
        return QCoreApplication::translate("McpSchema", "\"%1\" must be a string.").arg(name);
    const QString text = value.toString();
    if (rule.contains(u"maxLength"_s) && text.size() > rule.value(u"maxLength"_s).toInt())
        return QCoreApplication::translate("McpSchema", "\"%1\" is longer than %2 characters.")
            .arg(name)
            .arg(rule.value(u"maxLength"_s).toInt());
    if (rule.contains(u"enum"_s) && !rule.value(u"enum"_s).toArray().contains(value)) {
        QStringList allowed;
        for (const QJsonValue &option : rule.value(u"enum"_s).toArray())
            allowed << option.toString();
        return QCoreApplication::translate("McpSchema", "\"%1\" must be one of: %2.").arg(name, allowed.join(u", "_s));
    }
    if (rule.value(u"format"_s).toString() == u"date"_s && !QDate::fromString(text, Qt::ISODate).isValid())
        return QCoreApplication::translate("McpSchema", "\"%1\" must be a date as YYYY-MM-DD.").arg(name);
    return std::nullopt;
}

std::optional<QString> checkInteger(const QString &name, const QJsonObject &rule, const QJsonValue &value)
{
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)))
        return QCoreApplication::translate("McpSchema", "\"%1\" must be a whole number.").arg(name);
    if (rule.contains(u"minimum"_s) && number < rule.value(u"minimum"_s).toDouble())
        return QCoreApplication::translate("McpSchema", "\"%1\" must be at least %2.")
            .arg(name)
            .arg(rule.value(u"minimum"_s).toInteger());
    if (rule.contains(u"maximum"_s) && number > rule.value(u"maximum"_s).toDouble())
        return QCoreApplication::translate("McpSchema", "\"%1\" must be at most %2.")
            .arg(name)
            .arg(rule.value(u"maximum"_s).toInteger());
    return std::nullopt;
}
} // namespace

std::optional<QString> checkArguments(const QJsonObject &schema, const QJsonObject &arguments)
{
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    for (const QJsonValue &required : schema.value(u"required"_s).toArray())
        if (!arguments.contains(required.toString()))
            return QCoreApplication::translate("McpSchema", "\"%1\" is required.").arg(required.toString());
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        if (!properties.contains(it.key()))
            return QCoreApplication::translate("McpSchema", "There is no argument \"%1\".").arg(it.key());
        const QJsonObject rule = properties.value(it.key()).toObject();
        const QString type = rule.value(u"type"_s).toString();
        std::optional<QString> wrong;
        if (type == u"string"_s)
            wrong = checkString(it.key(), rule, it.value());
        else if (type == u"integer"_s)
            wrong = checkInteger(it.key(), rule, it.value());
        else if (type == u"object"_s && !it.value().isObject())
            wrong = QCoreApplication::translate("McpSchema", "\"%1\" must be an object.").arg(it.key());
        if (wrong)
            return wrong;
    }
    return std::nullopt;
}

} // namespace sf::mcp

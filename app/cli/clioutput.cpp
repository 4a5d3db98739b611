#include "clioutput.h"

#include "cliio.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sf::cli {

int failed(const Error &error)
{
    err() << QCoreApplication::translate("cli", "error: %1").arg(error.toString()) << Qt::endl;
    return ExitFailed;
}

int usage(const QString &message)
{
    err() << QCoreApplication::translate("cli", "error: %1").arg(message) << Qt::endl;
    return ExitUsage;
}

namespace {
QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

void printRows(const QList<Fields> &rows, const QStringList &header, const QString &format)
{
    if (format == u"json"_s) {
        QJsonArray array;
        for (const Fields &row : rows) {
            QJsonObject object;
            for (const auto &[name, value] : row)
                object.insert(name, value);
            array.append(object);
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (format == u"csv"_s) {
        out() << header.join(u',') << "\r\n";
        for (const Fields &row : rows) {
            QStringList cells;
            for (const auto &field : row)
                cells << csvField(field.second);
            out() << cells.join(u',') << "\r\n";
        }
    } else {
        QList<int> widths;
        for (const QString &name : header)
            widths << int(name.size());
        for (const Fields &row : rows)
            for (int i = 0; i < row.size(); ++i)
                widths[i] = qMax(widths.at(i), int(row.at(i).second.left(40).size()));
        const auto line = [&](const QStringList &cells) {
            QStringList padded;
            for (int i = 0; i < cells.size(); ++i)
                padded << cells.at(i).left(40).leftJustified(widths.at(i));
            out() << padded.join(u"  "_s).trimmed() << '\n';
        };
        line(header);
        for (const Fields &row : rows) {
            QStringList cells;
            for (const auto &field : row)
                cells << field.second;
            line(cells);
        }
    }
    out().flush();
}

bool knownFormat(const QString &format)
{
    return QStringList{u"table"_s, u"csv"_s, u"json"_s}.contains(format);
}

} // namespace sf::cli

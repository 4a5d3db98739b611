#include "importvalues.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
int germanOrEnglishMonth(const QString &name)
{
    static const QStringList german{u"januar"_s,    u"februar"_s, u"märz"_s,     u"april"_s,
                                    u"mai"_s,       u"juni"_s,    u"juli"_s,     u"august"_s,
                                    u"september"_s, u"oktober"_s, u"november"_s, u"dezember"_s};
    static const QStringList english{u"january"_s,   u"february"_s, u"march"_s,    u"april"_s,
                                     u"may"_s,       u"june"_s,     u"july"_s,     u"august"_s,
                                     u"september"_s, u"october"_s,  u"november"_s, u"december"_s};
    const QString lower = name.toLower().remove(u'.');
    for (int i = 0; i < 12; ++i)
        if (german.at(i).startsWith(lower) || english.at(i).startsWith(lower) || (lower == u"maerz"_s && i == 2))
            return lower.size() >= 3 || lower == german.at(i) ? i + 1 : 0;
    return 0;
}

QDateTime atUtc(const QDate &date, const QTime &time, int offsetSeconds)
{
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

int expandYear(int year)
{
    return year < 100 ? 2000 + year : year;
}
} // namespace

QString sizeLabelFromNumber(const QString &size)
{
    bool isNumber = false;
    const double value = QString(size).replace(u',', u'.').toDouble(&isNumber);
    return isNumber && value > 20 && value <= 50 ? u"EU "_s + size : size;
}

bool isMissingValue(const QString &text)
{
    static const QStringList kMissing{u""_s, u"n/a"_s, u"na"_s, u"-"_s, u"null"_s, u"none"_s, u"nan"_s};
    return kMissing.contains(text.trimmed().toLower());
}

std::optional<QDateTime> parseImportDateTime(const QString &text)
{
    // Notion exports a date range as "start → end"; the start is the date.
    const QString t = text.section(u'\u2192', 0, 0).trimmed();
    if (isMissingValue(t))
        return std::nullopt;
    // 2024-03-01 14:05:09 +00 / +0000 / +01:00, or ISO 8601 with T and Z.
    static const QRegularExpression iso(
        u"^(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$"_s);
    if (const auto m = iso.match(t); m.hasMatch()) {
        int offset = 0;
        const QString zone = m.captured(7);
        if (!zone.isEmpty() && zone != u"Z"_s) {
            const QString digits = zone.mid(1).remove(u':');
            offset = (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60) * (zone.startsWith(u'-') ? -1 : 1);
        }
        const QTime time = m.captured(4).isEmpty()
                               ? QTime(12, 0)
                               : QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        const QDateTime dt =
            atUtc(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()), time, offset);
        return dt.isValid() ? std::optional(dt) : std::nullopt;
    }
    // 15.01.2024, 15.01.24, 15/01/24, 01/15/2024 13:00:00
    static const QRegularExpression numeric(
        u"^(\\d{1,2})([./])(\\d{1,2})\\2(\\d{2}|\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"_s);
    if (const auto m = numeric.match(t); m.hasMatch()) {
        int day = m.captured(1).toInt();
        int month = m.captured(3).toInt();
        if (m.captured(2) == u"/"_s && month > 12 && day <= 12)
            std::swap(day, month); // month first (US style): 01/15/2024
        const QTime time = m.captured(5).isEmpty()
                               ? QTime(12, 0)
                               : QTime(m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7).toInt());
        const QDateTime dt = atUtc(QDate(expandYear(m.captured(4).toInt()), month, day), time, 0);
        return dt.isValid() ? std::optional(dt) : std::nullopt;
    }
    // 15. Januar 2024, 15 Jan 2024, 3. März 24
    static const QRegularExpression written(u"^(\\d{1,2})\\.?\\s+([\\p{L}]+\\.?)\\s+(\\d{2}|\\d{4})$"_s);
    if (const auto m = written.match(t); m.hasMatch()) {
        const int month = germanOrEnglishMonth(m.captured(2));
        if (month == 0)
            return std::nullopt;
        const QDateTime dt =
            atUtc(QDate(expandYear(m.captured(3).toInt()), month, m.captured(1).toInt()), QTime(12, 0), 0);
        return dt.isValid() ? std::optional(dt) : std::nullopt;
    }
    // January 15, 2024 or Jan 15, 2024 3:05 PM (Notion's CSV export)
    static const QRegularExpression monthFirst(
        u"^([\\p{L}]+\\.?)\\s+(\\d{1,2}),\\s*(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})\\s*([AaPp][Mm])?)?$"_s);
    if (const auto m = monthFirst.match(t); m.hasMatch()) {
        const int month = germanOrEnglishMonth(m.captured(1));
        if (month == 0)
            return std::nullopt;
        int hour = 12;
        int minute = 0;
        if (!m.captured(4).isEmpty()) {
            hour = m.captured(4).toInt();
            minute = m.captured(5).toInt();
            const QString half = m.captured(6).toLower();
            if (half == u"am"_s && hour == 12)
                hour = 0;
            else if (half == u"pm"_s && hour < 12)
                hour += 12;
        }
        const QDateTime dt = atUtc(QDate(m.captured(3).toInt(), month, m.captured(2).toInt()), QTime(hour, minute), 0);
        return dt.isValid() ? std::optional(dt) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace sf

#include "catchqt.h"

#include "imports/csv/csvreader.h"
#include "imports/importvalues.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace sf;
using namespace Qt::StringLiterals;

namespace {
QList<CsvRecord> readAll(const QByteArray &bytes, QChar delimiter = u',', TextEncoding encoding = TextEncoding::Utf8)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, encoding, delimiter);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records << record;
    return records;
}
} // namespace

TEST_CASE("CSV: quoted fields with delimiters / doubled quotes and line breaks", "[imports][csv]")
{
    const auto records =
        readAll("Order Number,Item,Special references\r\n"
                "13274521-13174280,\"Nike Dunk Low \"\"Panda\"\"\",\"Intra-EU supply, Art. 138\r\nSelf-billing\"\r\n"
                "13274521-99999999,\"Air Jordan 1, High\",plain\r\n");
    REQUIRE(records.size() == 3);
    CHECK(records.at(0).fields == QStringList{u"Order Number"_s, u"Item"_s, u"Special references"_s});
    CHECK(records.at(1).fields.at(1) == u"Nike Dunk Low \"Panda\""_s);
    CHECK(records.at(1).fields.at(2) == u"Intra-EU supply, Art. 138\nSelf-billing"_s);
    CHECK(records.at(1).line == 2);
    CHECK(records.at(1).lastLine == 3);
    CHECK(records.at(2).line == 4); // physical line, not record number
    CHECK(records.at(2).fields.at(1) == u"Air Jordan 1, High"_s);
    for (const auto &r : records)
        CHECK(r.error.isEmpty());
}

TEST_CASE("CSV: line ends / BOM / blank lines / empty fields / no final newline", "[imports][csv]")
{
    const auto records = readAll("\xEF\xBB\xBF"
                                 "a;b;c\n\n1;;3\r2;x;\n\"\";\"\";\"\"",
                                 u';');
    REQUIRE(records.size() == 4);
    CHECK(records.at(0).fields.first() == u"a"_s); // BOM gone
    CHECK(records.at(1).fields == QStringList{u"1"_s, u""_s, u"3"_s});
    CHECK(records.at(1).line == 3);
    CHECK(records.at(2).fields == QStringList{u"2"_s, u"x"_s, u""_s});
    CHECK(records.at(3).fields == QStringList{u""_s, u""_s, u""_s});
}

TEST_CASE("CSV: malformed records carry their line and reading goes on", "[imports][csv]")
{
    const auto records = readAll("id,name\n1,\"ok\"\n2,\"broken\"x\n3,fine\n4,\"never closed\n5,lost\n");
    REQUIRE(records.size() == 5);
    CHECK(records.at(2).error.contains(u"line 3"_s));
    CHECK(records.at(3).error.isEmpty());
    CHECK(records.at(3).fields.at(1) == u"fine"_s);
    CHECK(records.at(4).line == 5);
    CHECK(records.at(4).error.contains(u"line 5"_s));
    CHECK(records.at(4).error.contains(u"never closed"_s));
}

TEST_CASE("CSV: NUL characters are data / not the end of the file", "[imports][csv]")
{
    // Found by the fuzzer: a NUL at the start of a line once made the reader loop forever.
    const auto records = readAll(QByteArray("a,b\n\0,x\n\0\nlast,1\n", 17));
    REQUIRE(records.size() == 4);
    CHECK(records.at(1).fields == QStringList{QString(QChar(u'\0')), u"x"_s});
    CHECK(records.at(3).fields.first() == u"last"_s);
    CHECK(records.at(3).line == 4);
}

TEST_CASE("CSV: encodings and chunk borders", "[imports][csv]")
{
    // Windows-1252: € is 0x80, „ is 0x84, ü is 0xFC.
    const QByteArray cp1252 = "Artikel;Preis\n\x84M\xFC"
                              "ller\x93;\x80 99,90\n";
    CHECK(detectEncoding(cp1252) == TextEncoding::Windows1252);
    auto records = readAll(cp1252, u';', TextEncoding::Windows1252);
    REQUIRE(records.size() == 2);
    CHECK(records.at(1).fields.at(0) == u"\u201EMüller\u201C"_s);
    CHECK(records.at(1).fields.at(1) == u"€ 99,90"_s);
    CHECK(encodingName(TextEncoding::Windows1252) == u"Windows-1252"_s);

    // A long UTF-8 file whose multi-byte characters straddle the 64 KiB read chunks.
    QByteArray big = "name\n";
    for (int i = 0; i < 20000; ++i)
        big += "Stüssy Tribe Tee \xE2\x80\x9C"
               "Black\xE2\x80\x9D\n";
    CHECK(detectEncoding(big) == TextEncoding::Utf8);
    records = readAll(big);
    REQUIRE(records.size() == 20001);
    for (const auto &r : records.mid(1))
        REQUIRE(r.fields.first() == u"Stüssy Tribe Tee \u201CBlack\u201D"_s);
    CHECK(records.last().line == 20001);
}

TEST_CASE("CSV: dialect sniffing", "[imports][csv]")
{
    CHECK(sniffCsv("a,b,c\n1,2,3\n").delimiter == u',');
    CHECK(sniffCsv("Datum;Preis;Notiz\n15.01.2024;99,90;\"a, b\"\n").delimiter == u';');
    CHECK(sniffCsv("a\tb\n1\t2\n").delimiter == u'\t');
    CHECK(sniffCsv("a|b|c\n1|2|3\n").delimiter == u'|');
    const CsvDialect bom = sniffCsv("\xEF\xBB\xBFid,name\n");
    CHECK(bom.hasBom);
    CHECK(bom.encoding == TextEncoding::Utf8);
    CHECK(sniffCsv("").delimiter == u',');
}

TEST_CASE("Import dates in the formats resellers' files use", "[imports][dates]")
{
    auto utc = [](int y, int mo, int d, int h = 12, int mi = 0, int s = 0) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
    };
    CHECK(parseImportDateTime(u"2024-03-01 14:05:09 +00"_s) == utc(2024, 3, 1, 14, 5, 9));
    CHECK(parseImportDateTime(u"2024-03-01 14:05:09 +0100"_s) == utc(2024, 3, 1, 13, 5, 9));
    CHECK(parseImportDateTime(u"2024-03-01T14:05:09Z"_s) == utc(2024, 3, 1, 14, 5, 9));
    CHECK(parseImportDateTime(u"2024-03-01"_s) == utc(2024, 3, 1));
    CHECK(parseImportDateTime(u"15.01.2024"_s) == utc(2024, 1, 15));
    CHECK(parseImportDateTime(u"15/01/24"_s) == utc(2024, 1, 15));
    CHECK(parseImportDateTime(u"01/15/2024 13:00:00"_s) == utc(2024, 1, 15, 13));
    CHECK(parseImportDateTime(u"15. Januar 2024"_s) == utc(2024, 1, 15));
    CHECK(parseImportDateTime(u"3. März 2024"_s) == utc(2024, 3, 3));
    CHECK(parseImportDateTime(u"7 Dec 2023"_s) == utc(2023, 12, 7));
    CHECK(parseImportDateTime(u"January 15, 2024"_s) == utc(2024, 1, 15));
    CHECK(parseImportDateTime(u"Feb 3, 2024 3:05 PM"_s) == utc(2024, 2, 3, 15, 5));
    CHECK(parseImportDateTime(u"Feb 3, 2024 12:30 AM"_s) == utc(2024, 2, 3, 0, 30));
    CHECK(parseImportDateTime(u"March 1, 2024 \u2192 March 4, 2024"_s) == utc(2024, 3, 1));
    CHECK_FALSE(parseImportDateTime(u"31.02.2024"_s));
    CHECK_FALSE(parseImportDateTime(u"N/A"_s));
    CHECK_FALSE(parseImportDateTime(u"yesterday"_s));
    CHECK_FALSE(parseImportDateTime(u"15. Brumaire 2024"_s));
    CHECK(isMissingValue(u" n/a "_s));
    CHECK_FALSE(isMissingValue(u"0"_s));
}

TEST_CASE("CSV: a 50 MB report streams in flat memory with the right line numbers", "[imports][csv]")
{
    // Every record spans two physical lines, as in StockX reports.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.csv"_s);
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("Order Number,Item,Special references,Listing Price\n");
    const QByteArray row = ",\"Nike Dunk Low Retro \"\"Panda\"\"\",\"Intra-EU supply, Art. 138 Directive 2006/112/EC.\n"
                           "Self-billing.\",120.00\n";
    qint64 records = 0;
    while (out.size() < 50 * 1000 * 1000) {
        out.write(QByteArray::number(70000000 + records) + row);
        ++records;
    }
    out.close();

    auto rssKb = [] {
        QFile status(u"/proc/self/status"_s);
        if (!status.open(QIODevice::ReadOnly))
            return qint64(0);
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        return qint64(0);
    };
    QFile in(path);
    REQUIRE(in.open(QIODevice::ReadOnly));
    CsvReader reader(in, TextEncoding::Utf8, u',');
    const qint64 before = rssKb();
    qint64 peak = before;
    CsvRecord record;
    qint64 read = 0;
    qint64 lastLine = 0;
    qint64 malformed = 0;
    while (reader.next(record)) {
        malformed += record.error.isEmpty() ? 0 : 1;
        if (++read % 50000 == 0)
            peak = qMax(peak, rssKb());
        lastLine = record.line;
    }
    CHECK(malformed == 0);
    CHECK(read == records + 1);
    CHECK(lastLine == 2 * records);   // header on line 1, each record two lines
    CHECK(peak - before < 32 * 1024); // far below the file's 50 MB: the reader keeps a chunk, not the file
}

TEST_CASE("CSV: bytes that are not UTF-8 after the sniffed start are flagged and replaced", "[imports][csv]")
{
    QByteArray bytes = "Name,Price\n";
    while (bytes.size() < 70 * 1024)
        bytes += "Nike Dunk Low,120\n";
    bytes += "M\xFC"
             "ller Sneaker,99\n"; // Latin-1 ü beyond the 64 KB sample
    const CsvDialect dialect = sniffCsv(bytes.left(64 * 1024));
    CHECK(dialect.encoding == TextEncoding::Utf8);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, dialect.encoding, dialect.delimiter);
    CsvRecord record, last;
    while (reader.next(record))
        last = record;
    CHECK(reader.hadEncodingErrors());
    CHECK(last.fields.first() == u"M\uFFFDller Sneaker"_s);
}

#pragma once

#include <QByteArray>
#include <QString>

namespace sf {

// The encodings resellers' spreadsheets come in. Windows-1252 is what Excel writes on German and
// English Windows; Latin-1 differs from it only in 0x80-0x9F (where Windows-1252 has €, „, “, – ...).
enum class TextEncoding { Utf8, Windows1252, Latin1 };

QString encodingName(TextEncoding encoding);

// UTF-8 (with or without BOM) when the sample is valid UTF-8, else Windows-1252. Latin-1 is never
// guessed: every Latin-1 file is also readable as Windows-1252 except for C1 control characters.
TextEncoding detectEncoding(const QByteArray &sample, bool *hasBom = nullptr);

// Incremental decoder: feed chunks of any size, including ones that split a UTF-8 sequence.
class TextDecoder {
public:
    explicit TextDecoder(TextEncoding encoding);
    QString decode(const QByteArray &chunk);
    // True when UTF-8 input contained invalid sequences (decoded as U+FFFD).
    bool hadErrors() const { return m_errors; }

private:
    TextEncoding m_encoding;
    QByteArray m_pending; // an incomplete UTF-8 sequence carried to the next chunk
    bool m_errors = false;
};

} // namespace sf

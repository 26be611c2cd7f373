#include "core/io/strictjson.h"

#include <QJsonParseError>
#include <QSet>

#include <charconv>
#include <cstring>
#include <vector>

namespace pb {

namespace {

constexpr qsizetype kBinaryProbeBytes = 64 * 1024;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// "'x'" for a printable ASCII byte, "byte 0xNN" otherwise.
QString describeByte(char c)
{
    const auto u = uchar(c);
    if (u > 0x20 && u < 0x7f)
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    return QStringLiteral("byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
}

/// One pass over the text with an explicit stack (no recursion, so no depth-driven stack
/// overflow). Fails at the first violation and keeps its offset for the message.
class StrictJsonChecker
{
public:
    StrictJsonChecker(QByteArrayView bytes, const JsonLimits &limits)
        : m_bytes(bytes), m_begin(bytes.data()), m_p(bytes.data()),
          m_end(bytes.data() + bytes.size()), m_limits(limits)
    {
    }

    bool document();
    qsizetype errorOffset() const { return m_errorAt; }
    QString error() const
    {
        return jsonLineAndColumn(m_bytes, m_errorAt) + QStringLiteral(": ") + m_what;
    }

private:
    struct Frame
    {
        bool object = false;
        qsizetype count = 0;
        QSet<QByteArray> keys;
    };

    bool fail(const QString &what) { return failAt(m_p, what); }
    bool failAt(const char *at, const QString &what)
    {
        m_errorAt = at - m_begin;
        m_what = what;
        return false;
    }
    bool encoding();
    void skipSpace();
    bool values();
    bool openContainer(bool *stillOpen);
    bool afterValue(bool *expectValue);
    bool member();
    bool scalar();
    bool unexpectedAtValue();
    bool string(QByteArray *decoded);
    bool escape(QByteArray *decoded);
    bool hex4(uint *out);
    bool utf8();
    bool number();
    bool numberInRange(const char *start, const char *intEnd, qsizetype fractionZeros);
    bool literal();
    char previousSignificant() const;

    QByteArrayView m_bytes;
    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const JsonLimits &m_limits;
    std::vector<Frame> m_stack;
    qsizetype m_values = 0;
    qsizetype m_errorAt = 0;
    QString m_what;
};

bool StrictJsonChecker::document()
{
    if (m_bytes.size() > m_limits.maxBytes)
        return fail(QStringLiteral("the document is %1 bytes; at most %2 are accepted")
                        .arg(m_bytes.size())
                        .arg(m_limits.maxBytes));
    if (!encoding())
        return false;
    skipSpace();
    if (m_p == m_end)
        return fail(m_bytes.isEmpty() ? QStringLiteral("the document is empty")
                                      : QStringLiteral("the document holds only white space"));
    if (!values())
        return false;
    skipSpace();
    if (m_p != m_end && *m_p == '/')
        return fail(QStringLiteral("comments are not allowed in JSON"));
    if (m_p != m_end)
        return fail(QStringLiteral("unexpected %1 after the end of the JSON value (a JSON text "
                                   "holds exactly one value)")
                        .arg(describeByte(*m_p)));
    return true;
}

bool StrictJsonChecker::encoding()
{
    const qsizetype n = m_bytes.size();
    if (n >= 2 && ((uchar(m_p[0]) == 0xff && uchar(m_p[1]) == 0xfe) ||
                   (uchar(m_p[0]) == 0xfe && uchar(m_p[1]) == 0xff)))
        return fail(QStringLiteral("UTF-16 text (it starts with a UTF-16 byte-order mark); JSON "
                                   "files must be UTF-8"));
    const void *nul = std::memchr(m_p, 0, size_t(std::min(n, kBinaryProbeBytes)));
    if (nul)
        return failAt(static_cast<const char *>(nul),
                      QStringLiteral("binary data (a NUL byte): this is not a JSON text file "
                                     "(or it is UTF-16/UTF-32, and JSON files must be UTF-8)"));
    // RFC 8259 §8.1: a parser may ignore a UTF-8 byte-order mark.
    if (n >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_p += 3;
    return true;
}

void StrictJsonChecker::skipSpace()
{
    while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool StrictJsonChecker::values()
{
    bool expectValue = true;
    for (;;) {
        if (!expectValue) {
            if (m_stack.empty())
                return true;
            if (!afterValue(&expectValue))
                return false;
            continue;
        }
        skipSpace();
        if (m_p == m_end)
            return fail(QStringLiteral("the document ends where a value is expected (is the file "
                                       "truncated?)"));
        if (++m_values > m_limits.maxValues)
            return fail(
                QStringLiteral("more than %1 values in the document").arg(m_limits.maxValues));
        if (!m_stack.empty() && !m_stack.back().object &&
            ++m_stack.back().count > m_limits.maxArrayElements)
            return fail(QStringLiteral("an array with more than %1 elements")
                            .arg(m_limits.maxArrayElements));
        if (*m_p == '{' || *m_p == '[') {
            bool stillOpen = false;
            if (!openContainer(&stillOpen))
                return false;
            expectValue = stillOpen;
            continue;
        }
        if (!scalar())
            return false;
        expectValue = false;
    }
}

bool StrictJsonChecker::openContainer(bool *stillOpen)
{
    if (int(m_stack.size()) >= m_limits.maxDepth)
        return fail(QStringLiteral("arrays and objects nested deeper than %1 levels")
                        .arg(m_limits.maxDepth));
    const bool object = *m_p == '{';
    m_stack.push_back(Frame{object, 0, {}});
    ++m_p;
    skipSpace();
    if (m_p != m_end && *m_p == (object ? '}' : ']')) {
        ++m_p;
        m_stack.pop_back();
        *stillOpen = false;
        return true;
    }
    *stillOpen = true;
    return !object || member();
}

bool StrictJsonChecker::afterValue(bool *expectValue)
{
    skipSpace();
    Frame &f = m_stack.back();
    if (m_p == m_end)
        return fail(f.object ? QStringLiteral("the document ends inside an object (a missing '}'; "
                                              "is the file truncated?)")
                             : QStringLiteral("the document ends inside an array (a missing ']'; "
                                              "is the file truncated?)"));
    if (*m_p == ',') {
        ++m_p;
        *expectValue = true;
        if (!f.object)
            return true;
        skipSpace();
        return member();
    }
    if (*m_p == (f.object ? '}' : ']')) {
        ++m_p;
        m_stack.pop_back();
        *expectValue = false;
        return true;
    }
    if (*m_p == '/')
        return fail(QStringLiteral("comments are not allowed in JSON"));
    return fail(f.object ? QStringLiteral("expected ',' or '}' after an object member, got %1")
                               .arg(describeByte(*m_p))
                         : QStringLiteral("expected ',' or ']' after an array element, got %1")
                               .arg(describeByte(*m_p)));
}

bool StrictJsonChecker::member()
{
    Frame &f = m_stack.back();
    if (m_p == m_end)
        return fail(QStringLiteral("the document ends inside an object (is the file truncated?)"));
    if (*m_p != '"') {
        if (*m_p == '}' && previousSignificant() == ',')
            return fail(QStringLiteral("a trailing comma before '}' is not allowed in JSON"));
        if (*m_p == '\'')
            return fail(QStringLiteral("member names need double quotes, not single quotes"));
        if (*m_p == '/')
            return fail(QStringLiteral("comments are not allowed in JSON"));
        return fail(QStringLiteral("expected a member name in double quotes, got %1")
                        .arg(describeByte(*m_p)));
    }
    if (++f.count > m_limits.maxObjectMembers)
        return fail(
            QStringLiteral("an object with more than %1 members").arg(m_limits.maxObjectMembers));
    const char *start = m_p;
    QByteArray key;
    if (!string(&key))
        return false;
    if (f.keys.contains(key))
        return failAt(start, QStringLiteral("duplicate member name \"%1\" in one object (which "
                                            "value counts is undefined in JSON)")
                                 .arg(QString::fromUtf8(key.left(64))));
    f.keys.insert(key);
    skipSpace();
    if (m_p == m_end || *m_p != ':')
        return fail(QStringLiteral("expected ':' after the member name"));
    ++m_p;
    return true;
}

char StrictJsonChecker::previousSignificant() const
{
    for (const char *q = m_p; q != m_begin;) {
        --q;
        if (*q != ' ' && *q != '\n' && *q != '\r' && *q != '\t')
            return *q;
    }
    return 0;
}

bool StrictJsonChecker::scalar()
{
    const char c = *m_p;
    if (c == '"')
        return string(nullptr);
    if (c == '-' || isDigit(c))
        return number();
    if (c == 't' || c == 'f' || c == 'n')
        return literal();
    return unexpectedAtValue();
}

bool StrictJsonChecker::unexpectedAtValue()
{
    const char c = *m_p;
    const QByteArrayView rest(m_p, std::min<qsizetype>(m_end - m_p, 9));
    if (c == '.')
        return fail(QStringLiteral("a number must start with a digit (write 0.5, not .5)"));
    if (c == '+')
        return fail(QStringLiteral("a number cannot start with '+'"));
    if (rest.startsWith("NaN") || rest.startsWith("Infinity"))
        return fail(QStringLiteral("NaN and Infinity are not JSON numbers (ParaBench writes null "
                                   "for them)"));
    if (c == '\'')
        return fail(QStringLiteral("strings need double quotes, not single quotes"));
    if (c == '/')
        return fail(QStringLiteral("comments are not allowed in JSON"));
    if ((c == ']' || c == '}') && previousSignificant() == ',')
        return fail(QStringLiteral("a trailing comma before '%1' is not allowed in JSON")
                        .arg(QLatin1Char(c)));
    return fail(QStringLiteral("expected a value, got %1").arg(describeByte(c)));
}

bool StrictJsonChecker::string(QByteArray *decoded)
{
    const char *start = m_p++;
    for (;;) {
        if (m_p - start > m_limits.maxStringBytes)
            return failAt(
                start,
                QStringLiteral("a string longer than %1 bytes").arg(m_limits.maxStringBytes));
        if (m_p == m_end)
            return failAt(start, QStringLiteral("unterminated string (the document ends before "
                                                "its closing quote)"));
        const auto c = uchar(*m_p);
        if (c == '"') {
            ++m_p;
            return true;
        }
        if (c == '\\') {
            if (!escape(decoded))
                return false;
            continue;
        }
        if (c < 0x20)
            return fail(c == '\n' ? QStringLiteral("line break inside a string (a missing closing "
                                                   "quote?)")
                                  : QStringLiteral("control character U+%1 inside a string "
                                                   "(write it as \\u%1)")
                                        .arg(c, 4, 16, QLatin1Char('0')));
        const char *from = m_p;
        if (c < 0x80)
            ++m_p;
        else if (!utf8())
            return false;
        if (decoded)
            decoded->append(from, m_p - from);
    }
}

bool StrictJsonChecker::escape(QByteArray *decoded)
{
    const char *backslash = m_p++;
    if (m_p == m_end)
        return failAt(backslash, QStringLiteral("the document ends inside an escape sequence"));
    const char e = *m_p++;
    static const char kSimple[] = "\"\\/bfnrt";
    static const char kValue[] = "\"\\/\b\f\n\r\t";
    if (const char *hit = e ? std::strchr(kSimple, e) : nullptr) {
        if (decoded)
            decoded->append(kValue[hit - kSimple]);
        return true;
    }
    if (e != 'u')
        return failAt(backslash,
                      QStringLiteral("invalid escape \\%1 in a string; JSON allows only \\\" \\\\ "
                                     "\\/ \\b \\f \\n \\r \\t and \\uXXXX")
                          .arg(uchar(e) > 0x20 && uchar(e) < 0x7f ? QString(QLatin1Char(e))
                                                                  : describeByte(e)));
    uint cp = 0;
    if (!hex4(&cp))
        return failAt(backslash, QStringLiteral("\\u must be followed by four hex digits"));
    if (cp >= 0xdc00 && cp <= 0xdfff)
        return failAt(backslash, QStringLiteral("unpaired surrogate \\u%1 (a low surrogate "
                                                "without a high one before it)")
                                     .arg(cp, 4, 16, QLatin1Char('0')));
    if (cp >= 0xd800 && cp <= 0xdbff) {
        uint low = 0;
        if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u' || (m_p += 2, !hex4(&low)) ||
            low < 0xdc00 || low > 0xdfff)
            return failAt(backslash, QStringLiteral("unpaired surrogate \\u%1 (a high surrogate "
                                                    "must be followed by \\uDC00-\\uDFFF)")
                                         .arg(cp, 4, 16, QLatin1Char('0')));
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
    }
    if (decoded) {
        const char32_t c32 = cp;
        decoded->append(QString::fromUcs4(&c32, 1).toUtf8());
    }
    return true;
}

bool StrictJsonChecker::hex4(uint *out)
{
    if (m_end - m_p < 4)
        return false;
    uint v = 0;
    for (int i = 0; i < 4; ++i, ++m_p) {
        const char c = *m_p;
        const int d = isDigit(c)               ? c - '0'
                      : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                      : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                               : -1;
        if (d < 0)
            return false;
        v = v * 16 + uint(d);
    }
    *out = v;
    return true;
}

bool StrictJsonChecker::utf8()
{
    // RFC 3629 table 3-7: well-formed sequences only (no overlongs, surrogates or > U+10FFFF).
    const auto c0 = uchar(*m_p);
    int continuation = 0;
    uchar lo = 0x80, hi = 0xbf; // range of the second byte
    if (c0 >= 0xc2 && c0 <= 0xdf)
        continuation = 1;
    else if (c0 >= 0xe0 && c0 <= 0xef) {
        continuation = 2;
        lo = c0 == 0xe0 ? 0xa0 : 0x80;
        hi = c0 == 0xed ? 0x9f : 0xbf;
    } else if (c0 >= 0xf0 && c0 <= 0xf4) {
        continuation = 3;
        lo = c0 == 0xf0 ? 0x90 : 0x80;
        hi = c0 == 0xf4 ? 0x8f : 0xbf;
    } else {
        return fail(QStringLiteral("invalid UTF-8 (%1); JSON text must be UTF-8")
                        .arg(describeByte(char(c0))));
    }
    if (m_end - m_p <= continuation)
        return fail(QStringLiteral("the document ends inside a UTF-8 sequence"));
    for (int i = 1; i <= continuation; ++i) {
        const auto c = uchar(m_p[i]);
        if (c < (i == 1 ? lo : 0x80) || c > (i == 1 ? hi : 0xbf))
            return fail(QStringLiteral("invalid UTF-8 (%1 followed by byte 0x%2); JSON text must "
                                       "be UTF-8")
                            .arg(describeByte(char(c0)))
                            .arg(c, 2, 16, QLatin1Char('0')));
    }
    m_p += continuation + 1;
    return true;
}

bool StrictJsonChecker::number()
{
    const char *start = m_p;
    const auto excerpt = [&] {
        const char *to = m_p;
        while (to != m_end && to - start < 24 && (isDigit(*to) || std::strchr("+-.eE", *to)))
            ++to;
        return QString::fromLatin1(start, to - start);
    };
    if (*m_p == '-' && (++m_p == m_end || !isDigit(*m_p)))
        return failAt(start, QStringLiteral("'-' must be followed by a digit"));
    if (*m_p == '0' && m_p + 1 != m_end && isDigit(m_p[1]))
        return failAt(start,
                      QStringLiteral("leading zeros are not allowed (\"%1\")").arg(excerpt()));
    while (m_p != m_end && isDigit(*m_p))
        ++m_p;
    const char *intEnd = m_p;
    qsizetype fractionZeros = 0;
    if (m_p != m_end && *m_p == '.') {
        if (++m_p == m_end || !isDigit(*m_p))
            return failAt(
                start,
                QStringLiteral("a digit must follow the decimal point (\"%1\")").arg(excerpt()));
        for (bool leading = true; m_p != m_end && isDigit(*m_p); ++m_p) {
            leading = leading && *m_p == '0';
            fractionZeros += leading ? 1 : 0;
        }
    }
    if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
        if (++m_p != m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return failAt(start,
                          QStringLiteral("the exponent of \"%1\" has no digits").arg(excerpt()));
        while (m_p != m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p - start > m_limits.maxNumberChars)
        return failAt(start, QStringLiteral("a number of %1 characters (at most %2)")
                                 .arg(m_p - start)
                                 .arg(m_limits.maxNumberChars));
    return numberInRange(start, intEnd, fractionZeros);
}

bool StrictJsonChecker::numberInRange(const char *start, const char *intEnd,
                                      qsizetype fractionZeros)
{
    double value = 0;
    if (std::from_chars(start, m_p, value).ec != std::errc::result_out_of_range)
        return true;
    // Out of range: underflow (a tiny number) reads as 0 and is harmless; overflow would read
    // as infinity, which JSON cannot express. The sign of the decimal exponent tells them apart.
    const char *digits = *start == '-' ? start + 1 : start;
    const bool zeroInteger = intEnd - digits == 1 && *digits == '0';
    long long exponent = 0;
    for (const char *e = intEnd; e != m_p; ++e)
        if (*e == 'e' || *e == 'E') {
            // Saturates at the long long range, which is all the sign test needs.
            const auto r = std::from_chars(e[1] == '+' ? e + 2 : e + 1, m_p, exponent);
            if (r.ec == std::errc::result_out_of_range)
                exponent = e[1] == '-' ? -(1LL << 62) : (1LL << 62);
            break;
        }
    const long long magnitude =
        zeroInteger ? exponent - fractionZeros - 1 : exponent + (intEnd - digits - 1);
    if (magnitude < 0)
        return true;
    return failAt(start,
                  QStringLiteral("the number %1 is beyond the range of a double")
                      .arg(QString::fromLatin1(start, std::min<qsizetype>(m_p - start, 24))));
}

bool StrictJsonChecker::literal()
{
    for (const char *word : {"true", "false", "null"}) {
        const auto n = qsizetype(std::strlen(word));
        if (m_end - m_p >= n && std::memcmp(m_p, word, size_t(n)) == 0) {
            m_p += n;
            return true;
        }
    }
    return fail(QStringLiteral("unknown word; JSON knows only true, false and null"));
}

} // namespace

QString jsonLineAndColumn(QByteArrayView bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    qsizetype line = 1, column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = uchar(bytes[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xc0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2 (byte offset %3)").arg(line).arg(column).arg(offset);
}

bool checkStrictJson(QByteArrayView bytes, const JsonLimits &limits, QString *error,
                     qsizetype *errorOffset)
{
    StrictJsonChecker checker(bytes, limits);
    if (checker.document())
        return true;
    if (error)
        *error = checker.error();
    if (errorOffset)
        *errorOffset = checker.errorOffset();
    return false;
}

std::optional<QJsonDocument> parseStrictJson(const QByteArray &bytes, const JsonLimits &limits,
                                             QString *error, qsizetype *errorOffset)
{
    if (!checkStrictJson(bytes, limits, error, errorOffset))
        return std::nullopt;
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) { // Qt stricter than RFC 8259 somewhere
        if (error)
            *error = jsonLineAndColumn(bytes, parseError.offset) + QStringLiteral(": ") +
                     parseError.errorString();
        if (errorOffset)
            *errorOffset = parseError.offset;
        return std::nullopt;
    }
    return doc;
}

} // namespace pb

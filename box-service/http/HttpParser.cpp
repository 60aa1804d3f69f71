// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpParser.h"

#include <QUrl>

#include <cctype>

namespace mente::box {

namespace {
constexpr qsizetype kMaxChunkLine = 1024;
constexpr int kMaxLengthDigits = 18; // fits a qint64 with room to spare

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~': return true;
    default: return false;
    }
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text)
        if (!isTchar(c))
            return false;
    return true;
}

// Field values: visible ASCII, space, tab and obs-text; no other control character.
bool isFieldValue(const QByteArray &text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

QByteArray trimOws(const QByteArray &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text.at(begin) == ' ' || text.at(begin) == '\t'))
        ++begin;
    while (end > begin && (text.at(end - 1) == ' ' || text.at(end - 1) == '\t'))
        --end;
    return text.mid(begin, end - begin);
}

QByteArray withoutCr(const QByteArray &line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

void HttpParser::reset()
{
    m_state = State::Head;
    m_request = HttpRequest();
    m_remaining = 0;
    m_trailerBytes = 0;
    m_expectContinue = false;
    m_errorStatus = 0;
    m_errorText.clear();
}

HttpParser::Progress HttpParser::fail(int status, const QByteArray &text)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorText = text;
    return Progress::Failed;
}

bool HttpParser::takeBody(QByteArray &buffer)
{
    const qint64 take = qMin<qint64>(m_remaining, buffer.size());
    m_request.body += buffer.left(take);
    buffer.remove(0, take);
    m_remaining -= take;
    return m_remaining == 0;
}

QByteArray HttpParser::tooLargeText() const
{
    return "The request body is larger than " + QByteArray::number(m_limits.maxBodyBytes) + " bytes.";
}

HttpParser::Progress HttpParser::feed(QByteArray &buffer)
{
    switch (m_state) {
    case State::Head: return parseHead(buffer);
    case State::Body:
        if (!takeBody(buffer))
            return Progress::NeedMore;
        m_state = State::Done;
        return Progress::Done;
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
    case State::Trailers: return feedChunked(buffer);
    case State::Done: return Progress::Done;
    case State::Failed: return Progress::Failed;
    }
    return Progress::Failed;
}

HttpParser::Progress HttpParser::parseHead(QByteArray &buffer)
{
    // A client may send an empty line or two before a request (RFC 9112 §2.2).
    while (buffer.startsWith("\r\n"))
        buffer.remove(0, 2);
    if (buffer.isEmpty())
        return Progress::NeedMore;
    // Not an HTTP request at all (a TLS hello on the plain port, a scanner's probe): no need to wait.
    if (!isTchar(buffer.at(0)))
        return fail(400, "This is not an HTTP request.");
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.contains("\n\n"))
            return fail(400, "Lines of the request head must end in CR LF.");
        if (buffer.size() > m_limits.maxHeadBytes)
            return fail(431, "The request head is too large.");
        return Progress::NeedMore;
    }
    if (end + 4 > m_limits.maxHeadBytes)
        return fail(431, "The request head is too large.");
    const QByteArray head = buffer.left(end);
    buffer.remove(0, end + 4);

    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        // Every line but the last ends in CR LF; no CR anywhere else.
        const bool last = i == lines.size() - 1;
        const qsizetype cr = line.indexOf('\r');
        if (last ? cr >= 0 : cr != line.size() - 1)
            return fail(400, "Lines of the request head must end in CR LF.");
    }
    if (!parseRequestLine(withoutCr(lines.at(0))))
        return Progress::Failed;
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!parseHeaderLine(withoutCr(lines.at(i)), m_request.headers))
            return Progress::Failed;
    if (m_request.headers.size() > m_limits.maxHeaders)
        return fail(431, "The request has too many header fields.");
    if (!checkFraming())
        return Progress::Failed;
    if (m_state == State::Head) {
        m_state = State::Done;
        return Progress::Done;
    }
    return Progress::HeadDone;
}

bool HttpParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()) {
        fail(400, "The request line is not METHOD TARGET HTTP/1.1.");
        return false;
    }
    const QByteArray &version = parts.at(2);
    if (version == "HTTP/1.1" || version == "HTTP/1.0") {
        m_request.minorVersion = version.back() - '0';
    } else if (version.size() == 8 && version.startsWith("HTTP/") && version.at(6) == '.'
               && std::isdigit(static_cast<unsigned char>(version.at(5)))
               && std::isdigit(static_cast<unsigned char>(version.at(7)))) {
        fail(505, "Only HTTP/1.0 and HTTP/1.1 are spoken here.");
        return false;
    } else {
        fail(400, "The request line is not METHOD TARGET HTTP/1.1.");
        return false;
    }
    const QByteArray &target = parts.at(1);
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f) {
            fail(400, "The request target has a character that must be percent-encoded.");
            return false;
        }
    }
    m_request.method = parts.at(0);
    m_request.target = target;
    if (target == "*" && m_request.method == "OPTIONS") {
        m_request.path = QStringLiteral("*");
        return true;
    }
    if (!target.startsWith('/') || target.startsWith("//")) {
        fail(400, "The request target must be a path (origin-form).");
        return false;
    }
    const QUrl url(QStringLiteral("http://box") + QString::fromLatin1(target));
    if (!url.isValid()) {
        fail(400, "The request target is not a valid path.");
        return false;
    }
    m_request.path = url.path();
    m_request.query = QUrlQuery(url);
    return true;
}

bool HttpParser::parseHeaderLine(const QByteArray &line, HttpHeaders &into)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        fail(400, "Folded header lines (obs-fold) are not accepted.");
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.left(colon))) {
        fail(400, "A header line is not NAME: VALUE.");
        return false;
    }
    const QByteArray value = line.mid(colon + 1);
    if (!isFieldValue(value)) {
        fail(400, "A header value has a control character.");
        return false;
    }
    into.append(qMakePair(line.left(colon), trimOws(value)));
    return true;
}

bool HttpParser::checkFraming()
{
    const HttpRequest &r = m_request;
    const int transferEncodings = r.headerCount("Transfer-Encoding");
    const int contentLengths = r.headerCount("Content-Length");
    const int hosts = r.headerCount("Host");
    if (hosts > 1 || (hosts == 0 && r.minorVersion >= 1)) {
        fail(400, "An HTTP/1.1 request needs exactly one Host header.");
        return false;
    }
    if (transferEncodings > 0 && contentLengths > 0) {
        fail(400, "A request must not have both Content-Length and Transfer-Encoding.");
        return false;
    }
    if (transferEncodings > 0) {
        if (r.minorVersion == 0) {
            fail(400, "Transfer-Encoding is not allowed in HTTP/1.0.");
            return false;
        }
        QByteArray joined;
        for (const auto &[key, value] : r.headers)
            if (key.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
                joined += (joined.isEmpty() ? "" : ",") + value;
        if (trimOws(joined).compare("chunked", Qt::CaseInsensitive) != 0) {
            fail(501, "Only the chunked transfer coding is supported.");
            return false;
        }
        m_state = State::ChunkSize;
    } else if (contentLengths > 1) {
        fail(400, "A request must not have more than one Content-Length.");
        return false;
    } else if (contentLengths == 1) {
        const QByteArray text = r.header("Content-Length");
        bool digits = !text.isEmpty() && text.size() <= kMaxLengthDigits;
        for (const char c : text)
            digits = digits && c >= '0' && c <= '9';
        if (!digits) {
            fail(400, "Content-Length is not a number.");
            return false;
        }
        const qint64 length = text.toLongLong();
        if (length > m_limits.maxBodyBytes) {
            fail(413, tooLargeText());
            return false;
        }
        if (length > 0) {
            m_state = State::Body;
            m_remaining = length;
        }
    }
    if (r.minorVersion >= 1 && r.headerCount("Expect") > 0) {
        if (r.header("Expect").compare("100-continue", Qt::CaseInsensitive) != 0) {
            fail(417, "Only \"Expect: 100-continue\" is understood.");
            return false;
        }
        m_expectContinue = m_state != State::Head;
    }
    return true;
}

HttpParser::Progress HttpParser::feedChunked(QByteArray &buffer)
{
    for (;;) {
        switch (m_state) {
        case State::ChunkSize: {
            const qsizetype eol = buffer.indexOf("\r\n");
            if (eol < 0) {
                if (buffer.size() > kMaxChunkLine)
                    return fail(400, "A chunk-size line is too long.");
                return Progress::NeedMore;
            }
            const QByteArray line = buffer.left(eol);
            buffer.remove(0, eol + 2);
            qsizetype digits = 0;
            while (digits < line.size() && std::isxdigit(static_cast<unsigned char>(line.at(digits))))
                ++digits;
            if (digits > 15)
                return fail(400, "A chunk size is too large.");
            if (digits == 0 || (digits < line.size() && line.at(digits) != ';') || !isFieldValue(line))
                return fail(400, "A chunk-size line is not a hexadecimal number.");
            const qint64 size = line.left(digits).toLongLong(nullptr, 16);
            if (m_request.body.size() + size > m_limits.maxBodyBytes)
                return fail(413, tooLargeText());
            m_remaining = size;
            m_state = size == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData:
            if (!takeBody(buffer))
                return Progress::NeedMore;
            m_state = State::ChunkDataEnd;
            break;
        case State::ChunkDataEnd:
            if (buffer.size() < 2)
                return Progress::NeedMore;
            if (!buffer.startsWith("\r\n"))
                return fail(400, "A chunk's data must end in CR LF.");
            buffer.remove(0, 2);
            m_state = State::ChunkSize;
            break;
        case State::Trailers: {
            const qsizetype eol = buffer.indexOf("\r\n");
            if (eol < 0) {
                if (m_trailerBytes + buffer.size() > m_limits.maxHeadBytes)
                    return fail(431, "The request's trailer fields are too large.");
                return Progress::NeedMore;
            }
            const QByteArray line = buffer.left(eol);
            buffer.remove(0, eol + 2);
            m_trailerBytes += eol + 2;
            if (m_trailerBytes > m_limits.maxHeadBytes)
                return fail(431, "The request's trailer fields are too large.");
            if (line.isEmpty()) {
                m_state = State::Done;
                return Progress::Done;
            }
            HttpHeaders ignored; // trailers are checked, not used
            if (line.contains('\r') || line.contains('\n') || !parseHeaderLine(line, ignored))
                return m_state == State::Failed ? Progress::Failed : fail(400, "A trailer line is malformed.");
            break;
        }
        default: return feed(buffer);
        }
    }
}

} // namespace mente::box

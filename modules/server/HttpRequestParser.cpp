#include "server/HttpRequestParser.h"

#include <QUrl>

#include <cctype>
#include <cstring>

namespace Aksara::Server {

QByteArray httpReason(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 204: return QByteArrayLiteral("No Content");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 411: return QByteArrayLiteral("Length Required");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 414: return QByteArrayLiteral("URI Too Long");
    case 415: return QByteArrayLiteral("Unsupported Media Type");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: return status < 400 ? QByteArrayLiteral("OK") : QByteArrayLiteral("Error");
    }
}

namespace {
// RFC 9110 tchar.
bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127)
            return false;
        if (std::strchr("\"(),/:;<=>?@[\\]{}", c))
            return false;
    }
    return true;
}

bool hasControl(const QByteArray &s)
{
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 32 && c != '\t') || u == 127)
            return true;
    }
    return false;
}

bool hasToken(const QByteArray &list, const char *token)
{
    for (const QByteArray &part : list.split(','))
        if (part.trimmed().toLower() == token)
            return true;
    return false;
}

constexpr int kMaxEmptyLines = 8; // CRLFs tolerated before a request line
} // namespace

HttpRequestParser::HttpRequestParser(HttpLimits limits)
    : m_limits(limits)
{
}

void HttpRequestParser::feed(const QByteArray &bytes)
{
    if (m_state == State::Failed)
        return;
    m_buffer.append(bytes);
}

HttpRequestParser::Event HttpRequestParser::fail(int status, const QByteArray &reason)
{
    m_state = State::Failed;
    m_buffer.clear();
    m_pos = 0;
    m_request = {};
    Event e;
    e.kind = Kind::Error;
    e.status = status;
    e.reason = reason;
    return e;
}

HttpRequestParser::Event HttpRequestParser::next()
{
    int emptyLines = 0;
    while (true) {
        switch (m_state) {
        case State::Failed:
            return fail(400, QByteArrayLiteral("connection already refused"));
        case State::Start:
        case State::Headers: {
            const qsizetype nl = m_buffer.indexOf('\n', m_pos);
            if (nl < 0) {
                const qsizetype pending = m_buffer.size() - m_pos;
                if (m_state == State::Start && pending > m_limits.maxRequestLine)
                    return fail(414, QByteArrayLiteral("request line longer than ") + QByteArray::number(m_limits.maxRequestLine)
                                         + QByteArrayLiteral(" bytes"));
                if (m_state == State::Headers && m_headerBytes + pending > m_limits.maxHeaderBytes)
                    return fail(431, QByteArrayLiteral("headers longer than ") + QByteArray::number(m_limits.maxHeaderBytes)
                                         + QByteArrayLiteral(" bytes"));
                return {};
            }
            QByteArray line = m_buffer.mid(m_pos, nl - m_pos);
            m_pos = nl + 1;
            if (line.endsWith('\r'))
                line.chop(1);
            if (m_state == State::Start) {
                if (line.isEmpty()) {
                    // Tolerated before a request line (RFC 9112 2.2), a few.
                    if (++emptyLines > kMaxEmptyLines)
                        return fail(400, QByteArrayLiteral("empty lines instead of a request"));
                    m_buffer.remove(0, m_pos);
                    m_pos = 0;
                    continue;
                }
                Event e = parseRequestLine(line);
                if (e.kind == Kind::Error)
                    return e;
            } else {
                Event e = parseHeaderLine(line);
                if (e.kind != Kind::NeedMore)
                    return e;
            }
            break;
        }
        case State::Body: {
            if (m_buffer.size() - m_pos < m_contentLength)
                return {};
            m_request.body = m_buffer.mid(m_pos, m_contentLength);
            m_pos += m_contentLength;
            Event e;
            e.kind = Kind::Request;
            e.request = std::move(m_request);
            m_request = {};
            m_buffer.remove(0, m_pos);
            m_pos = 0;
            m_state = State::Start;
            return e;
        }
        }
    }
}

HttpRequestParser::Event HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    if (line.size() > m_limits.maxRequestLine)
        return fail(414, QByteArrayLiteral("request line longer than ") + QByteArray::number(m_limits.maxRequestLine)
                             + QByteArrayLiteral(" bytes"));
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3)
        return fail(400, QByteArrayLiteral("malformed request line"));
    const QByteArray &method = parts[0];
    const QByteArray &target = parts[1];
    const QByteArray &version = parts[2];
    if (!isToken(method))
        return fail(400, QByteArrayLiteral("malformed method"));
    if (version == "HTTP/1.1")
        m_request.minorVersion = 1;
    else if (version == "HTTP/1.0")
        m_request.minorVersion = 0;
    else if (version.size() == 8 && version.startsWith("HTTP/") && std::isdigit(static_cast<unsigned char>(version[5]))
             && version[6] == '.' && std::isdigit(static_cast<unsigned char>(version[7])))
        return fail(505, QByteArrayLiteral("HTTP version ") + version.mid(5) + QByteArrayLiteral(" not supported"));
    else
        return fail(400, QByteArrayLiteral("malformed HTTP version"));
    static const QList<QByteArray> known{"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"};
    if (!known.contains(method))
        return fail(501, QByteArrayLiteral("method not implemented"));
    if (target.isEmpty() || hasControl(target) || target.contains('#'))
        return fail(400, QByteArrayLiteral("malformed request target"));
    QByteArray pathAndQuery;
    if (target.startsWith('/')) {
        pathAndQuery = target;
    } else if (target == "*" && method == "OPTIONS") {
        pathAndQuery = target;
    } else if (target.startsWith("http://") || target.startsWith("https://")) {
        // The absolute form: only its path and query count.
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        pathAndQuery = slash < 0 ? QByteArrayLiteral("/") : target.mid(slash);
    } else {
        return fail(400, QByteArrayLiteral("malformed request target"));
    }
    const qsizetype q = pathAndQuery.indexOf('?');
    const QByteArray rawPath = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    const QByteArray decoded = QByteArray::fromPercentEncoding(rawPath);
    if (decoded.contains('\0'))
        return fail(400, QByteArrayLiteral("malformed request target"));
    m_request.method = method;
    m_request.path = QString::fromUtf8(decoded);
    if (q >= 0) {
        m_request.rawQuery = pathAndQuery.mid(q + 1);
        m_request.query = QUrlQuery(QString::fromUtf8(m_request.rawQuery));
    }
    m_state = State::Headers;
    m_headerBytes = 0;
    m_headerCount = 0;
    return {};
}

HttpRequestParser::Event HttpRequestParser::parseHeaderLine(const QByteArray &line)
{
    if (line.isEmpty())
        return endOfHeaders();
    m_headerBytes += int(line.size()) + 2;
    if (m_headerBytes > m_limits.maxHeaderBytes)
        return fail(431, QByteArrayLiteral("headers longer than ") + QByteArray::number(m_limits.maxHeaderBytes)
                             + QByteArrayLiteral(" bytes"));
    if (++m_headerCount > m_limits.maxHeaders)
        return fail(431, QByteArrayLiteral("more than ") + QByteArray::number(m_limits.maxHeaders)
                             + QByteArrayLiteral(" header lines"));
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(400, QByteArrayLiteral("folded header line"));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(400, QByteArrayLiteral("malformed header line"));
    const QByteArray name = line.left(colon).toLower();
    if (!isToken(name))
        return fail(400, QByteArrayLiteral("malformed header name"));
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (hasControl(value))
        return fail(400, QByteArrayLiteral("control character in a header"));
    auto it = m_request.headers.find(name);
    if (it == m_request.headers.end()) {
        m_request.headers.insert(name, value);
    } else {
        if (name == "content-length") {
            if (*it != value)
                return fail(400, QByteArrayLiteral("conflicting Content-Length headers"));
        } else {
            *it += QByteArrayLiteral(", ") + value;
        }
    }
    return {};
}

HttpRequestParser::Event HttpRequestParser::endOfHeaders()
{
    if (m_request.headers.contains("transfer-encoding"))
        return fail(501, QByteArrayLiteral("Transfer-Encoding (chunked) is not accepted; send Content-Length"));
    m_contentLength = 0;
    if (m_request.headers.contains("content-length")) {
        const QByteArray v = m_request.headers.value("content-length");
        if (v.isEmpty() || v.size() > 18)
            return fail(400, QByteArrayLiteral("bad Content-Length"));
        for (const char c : v)
            if (c < '0' || c > '9')
                return fail(400, QByteArrayLiteral("bad Content-Length"));
        m_contentLength = v.toLongLong();
        if (m_contentLength > m_limits.maxBody)
            return fail(413, QByteArrayLiteral("body of ") + v + QByteArrayLiteral(" bytes over the limit of ")
                                 + QByteArray::number(m_limits.maxBody));
    }
    m_expectContinue = m_contentLength > 0 && hasToken(m_request.headers.value("expect"), "100-continue");
    const QByteArray connection = m_request.headers.value("connection");
    m_request.keepAlive = m_request.minorVersion >= 1 ? !hasToken(connection, "close") : hasToken(connection, "keep-alive");
    m_state = State::Body; // a body of 0 bytes is complete at once
    return next();
}

} // namespace Aksara::Server

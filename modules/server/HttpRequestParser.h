#pragma once

#include "server/Http.h"

#include <QByteArray>

namespace Aksara::Server {

// The bounds of one HTTP request (docs/security.md "Limits and robustness (issue 15): HTTP").
struct HttpLimits {
    int maxRequestLine = 8 * 1024;   // longer: 414
    int maxHeaderBytes = 16 * 1024;  // all header lines together; more: 431
    int maxHeaders = 100;            // more lines: 431
    qint64 maxBody = 64 * 1024;      // a larger Content-Length: 413, refused from the header
};

// An incremental HTTP/1.1 request parser: fed the bytes of one connection as they arrive, it gives
// complete requests one at a time (pipelining: the bytes of the next stay buffered until next()
// is called again) or the refusal that ends the connection. A pure function of the bytes: no
// sockets, no clocks, so that it can be unit-tested and fuzzed (fuzz/FuzzHttp.cpp).
//
// Bounded everywhere: the request line, the header section (bytes and lines) and the body
// (Content-Length only, at most maxBody, refused before a byte of it is read). What is refused:
// chunked or any other Transfer-Encoding (501), a body without Content-Length where one is needed
// (411), an unknown method (501), a bad or repeated Content-Length, a malformed line, a header
// name with spaces, an obsolete folded line, HTTP other than 1.0/1.1 (505), bare garbage (400).
// After an error the parser stays failed: the connection is to be closed.
class HttpRequestParser {
public:
    enum class Kind { NeedMore, Request, Error };
    struct Event {
        Kind kind = Kind::NeedMore;
        HttpRequest request;  // Kind::Request
        int status = 0;       // Kind::Error: the answer to send before closing
        QByteArray reason;    // Kind::Error: for the log ("request line longer than 8192 bytes")
    };

    explicit HttpRequestParser(HttpLimits limits = {});

    // Appends bytes received; call next() to parse them.
    void feed(const QByteArray &bytes);
    // The next complete request, an error, or NeedMore.
    Event next();

    // Whether some bytes of a request not yet complete have arrived (its header deadline runs).
    bool inRequest() const { return m_state != State::Failed && (!m_buffer.isEmpty() || m_state != State::Start); }
    // Whether the headers of the current request are complete and its body is being read.
    bool inBody() const { return m_state == State::Body; }
    // Whether the request being read asked for "Expect: 100-continue" before sending its body
    // (the body's size was accepted: the front answers 100 Continue).
    bool expectsContinue() const { return m_state == State::Body && m_expectContinue; }
    bool failed() const { return m_state == State::Failed; }
    // Bytes held (unparsed input and the body so far): bounded by the limits.
    qint64 buffered() const { return m_buffer.size(); }
    const HttpLimits &limits() const { return m_limits; }

private:
    enum class State { Start, Headers, Body, Failed };
    Event fail(int status, const QByteArray &reason);
    Event parseRequestLine(const QByteArray &line);
    Event parseHeaderLine(const QByteArray &line);
    Event endOfHeaders();

    HttpLimits m_limits;
    State m_state = State::Start;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // parsed up to here
    int m_headerBytes = 0;
    int m_headerCount = 0;
    qint64 m_contentLength = 0;
    bool m_expectContinue = false;
    HttpRequest m_request;
};

} // namespace Aksara::Server

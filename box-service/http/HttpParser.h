// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"

namespace mente::box {

// A strict, incremental HTTP/1.x request parser (RFC 9112). It takes bytes as they arrive and
// never holds more than the head cap plus the body limit: a Content-Length above the limit is
// refused from the head alone, a chunked body as soon as it grows past it. Anything ambiguous
// in the framing (both Content-Length and Transfer-Encoding, a bad number, obs-fold, bare CR
// or LF, a space before a colon) is a 400, so no proxy in front can read it differently.
class HttpParser
{
public:
    struct Limits
    {
        qsizetype maxHeadBytes = 16 * 1024; // request line + headers (and a chunked body's trailers)
        qint64 maxBodyBytes = 256 * 1024;
        int maxHeaders = 100;
    };
    enum class Progress {
        NeedMore, // give it more bytes
        HeadDone, // the head is parsed and a body follows: call feed() again
        Done,     // one whole request: take it, then reset() for the next one
        Failed,   // answer errorStatus() and close
    };

    explicit HttpParser(Limits limits) : m_limits(limits) {}

    // Consumes bytes from the front of `buffer`, as many as belong to this request.
    Progress feed(QByteArray &buffer);
    void reset();

    bool inHead() const { return m_state == State::Head; }
    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest() { return std::move(m_request); }
    // The client sent "Expect: 100-continue" and waits for an interim answer before the body.
    bool expectsContinue() const { return m_expectContinue; }
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorText() const { return m_errorText; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done, Failed };

    Progress fail(int status, const QByteArray &text);
    Progress parseHead(QByteArray &buffer);
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line, HttpHeaders &into);
    bool checkFraming();
    Progress feedChunked(QByteArray &buffer);
    bool takeBody(QByteArray &buffer); // true once the Content-Length body or the chunk is complete
    QByteArray tooLargeText() const;

    Limits m_limits;
    State m_state = State::Head;
    HttpRequest m_request;
    qint64 m_remaining = 0; // bytes left of a Content-Length body or of the current chunk
    qsizetype m_trailerBytes = 0;
    bool m_expectContinue = false;
    int m_errorStatus = 0;
    QByteArray m_errorText;
};

} // namespace mente::box

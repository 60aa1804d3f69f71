// SPDX-License-Identifier: GPL-3.0-or-later
// The box's HTTP request parser on arbitrary bytes, whole and split at a point the input picks:
// it must answer Done or Failed (with a 4xx/5xx) or ask for more, never crash, loop or read out of
// bounds, never keep more than its limits, and parse a split request as it parses the whole one.
#include "http/HttpParser.h"

#include <cstdint>
#include <cstdlib>

using namespace mente::box;

namespace {
struct Outcome
{
    HttpParser::Progress progress;
    int status;
    QByteArray body;
    int requests;
};

Outcome run(const QByteArray &bytes, qsizetype split)
{
    HttpParser::Limits limits;
    limits.maxHeadBytes = 2048;
    limits.maxBodyBytes = 4096;
    HttpParser parser(limits);
    QByteArray buffer;
    Outcome out{HttpParser::Progress::NeedMore, 0, {}, 0};
    for (const QByteArray &piece : {bytes.left(split), bytes.mid(split)}) {
        buffer += piece;
        for (int guard = 0; guard < 100000; ++guard) {
            const qsizetype before = buffer.size();
            out.progress = parser.feed(buffer);
            if (buffer.size() > before || parser.request().body.size() > limits.maxBodyBytes)
                std::abort();
            if (out.progress == HttpParser::Progress::Done) {
                ++out.requests;
                out.body += parser.takeRequest().body;
                parser.reset();
                if (buffer.isEmpty())
                    break;
                continue;
            }
            if (out.progress == HttpParser::Progress::Failed) {
                out.status = parser.errorStatus();
                if (out.status < 400 || out.status > 599)
                    std::abort();
                return out;
            }
            if (out.progress == HttpParser::Progress::NeedMore)
                break;
        }
        if (!parser.inHead() && buffer.size() > limits.maxHeadBytes + limits.maxBodyBytes)
            std::abort();
    }
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Outcome whole = run(bytes, bytes.size());
    const Outcome split = run(bytes, size == 0 ? 0 : qsizetype(data[0] % size));
    // Splitting the bytes must not change what was understood.
    if (whole.progress == HttpParser::Progress::Done && split.progress == HttpParser::Progress::Done
        && (whole.body != split.body || whole.requests != split.requests))
        std::abort();
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "http/HttpSettings.h"

#include <functional>

namespace mente::box {

class HttpResponder;

// What a port does with its requests, shared by all its connections.
struct HttpService
{
    HttpSettings settings;
    // Called once per request; answers through the responder, at once or later.
    std::function<void(const HttpRequest &, HttpResponder)> handle;
    // The answer for a request the HTTP layer refuses itself (400, 408, 413, 431, ...).
    std::function<HttpResponse(int status, const QByteArray &message)> errorReply;
};

} // namespace mente::box

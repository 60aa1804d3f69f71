# SPDX-License-Identifier: GPL-3.0-or-later
# The box's HTTP/1.1 layer (API and setup page), on Qt's event loop: docs/http-layer.md.
target_sources(mente_box_http PRIVATE
    http/HttpConnection.cpp http/HttpConnection.h
    http/HttpHandler.h
    http/HttpListener.cpp http/HttpListener.h
    http/HttpParser.cpp http/HttpParser.h
    http/HttpRequest.cpp http/HttpRequest.h
    http/HttpResponder.cpp http/HttpResponder.h
    http/HttpResponse.cpp http/HttpResponse.h
    http/HttpSettings.h
    http/HttpStream.cpp http/HttpStream.h)

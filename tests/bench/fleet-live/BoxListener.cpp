// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoxListener.h"

#include "http/HttpConnection.h"

#include <unistd.h>

namespace mente::bench {

BoxListener::BoxListener(box::HttpService service, QObject *parent) : HttpListener(std::move(service), parent) {}

void BoxListener::abortAll()
{
    for (box::HttpConnection *c : findChildren<box::HttpConnection *>(Qt::FindDirectChildrenOnly))
        c->abortNow();
}

void BoxListener::incomingConnection(qintptr descriptor)
{
    emit attempted();
    if (m_refusing) {
        ::close(int(descriptor)); // the console sees the connection closed before any TLS
        return;
    }
    HttpListener::incomingConnection(descriptor);
}

} // namespace mente::bench

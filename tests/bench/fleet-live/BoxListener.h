// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpListener.h"

namespace mente::bench {

// The box's own listening port (HttpListener: TLS, deadlines, limits) that also counts every
// connection attempt and, while the box is "down", closes each one at accept.
class BoxListener : public box::HttpListener
{
    Q_OBJECT
public:
    explicit BoxListener(box::HttpService service, QObject *parent = nullptr);

    void setRefusing(bool refusing) { m_refusing = refusing; }
    bool refusing() const { return m_refusing; }
    void abortAll(); // every open connection (streams and kept-alive ones) closed at once

signals:
    void attempted(); // a TCP connection arrived, answered or not

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    bool m_refusing = false;
};

} // namespace mente::bench

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/SshKeyPair.h"
#include "launch/TunnelEndpoint.h"
#include "support/NamespaceLab.h"

#include <QByteArray>
#include <QString>

#include <gtest/gtest.h>

namespace mente::test {

// tunnel-lab.sh for the whole executable, with the console's key already authorized on the
// lab's "box" sshd.
class TunnelLabEnvironment : public ::testing::Environment
{
public:
    void SetUp() override;
    void TearDown() override;

    static NamespaceLab &lab();
    static const console::SshKeyPair &key() { return s_key; }
    static console::TunnelEndpoint endpoint(); // the box's sshd, pinned to its real host key
    static console::TunnelTimings fastTimings();

private:
    static inline console::SshKeyPair s_key;
};

// A whole HTTP/1.0 GET through 127.0.0.1:port; the body, or what arrived before the connection broke.
QByteArray httpGet(quint16 port, const QByteArray &path, int timeoutMs = 10000);

} // namespace mente::test

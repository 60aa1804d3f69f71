// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QString>

#include <vector>

namespace mente::box {

// A set of TCP ports written the way operators and nmap write them: "22,80,1000-2000".
class PortList
{
public:
    // Every port, 1-65535.
    static PortList all();
    // Parses "1-1000,3389"; an error names the field `field` (the wire name, "ports").
    static Result<PortList> parse(const QString &text, const QString &field = QStringLiteral("ports"));

    const std::vector<quint16> &ports() const { return m_ports; } // ascending, no duplicates
    int size() const { return int(m_ports.size()); }
    bool isEmpty() const { return m_ports.empty(); }

private:
    std::vector<quint16> m_ports;
};

} // namespace mente::box

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace mente::test {

// Runs a command to its end (15 s at most); its output, stdout and stderr merged.
QString run(const QStringList &argv, int *code = nullptr);

// A namespace "mente-setup-PID" with veth "mstPIDh" (host, SUBNET.1) and "mstPIDn" (inside,
// SUBNET.2 unless made without an address: a LAN without DHCP, where nothing gives the box one);
// removed again however the test ends.
class Namespace
{
public:
    explicit Namespace(QString subnetPrefix = QStringLiteral("10.231"));
    ~Namespace() { remove(); }

    bool create(QString *error, bool innerAddress = true);
    void remove();
    QString addresses() const;
    QString defaultRoute() const;

    QString name;
    QString hostIf;
    QString nsIf;
    QString subnet;
    bool made = false;
};

// Root and iproute2 can make a network namespace here.
bool canMakeNamespaces();

} // namespace mente::test

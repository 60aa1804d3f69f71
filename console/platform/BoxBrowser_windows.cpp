// SPDX-License-Identifier: GPL-3.0-or-later
// BoxBrowser on Windows: no DNS-SD browser in this build yet (DnsServiceBrowse of windns.h would be
// the one to use, Windows 10 1809 and later). available() is false and the dialog asks for the
// address; boxes are still reachable by their mDNS name, which Windows resolves.
#include "platform/BoxBrowser.h"

namespace mente::console {

struct BoxBrowser::Impl
{};

BoxBrowser::BoxBrowser(QObject *parent) : QObject(parent), m_impl(std::make_unique<Impl>()) {}

BoxBrowser::~BoxBrowser() = default;

void BoxBrowser::start() {}

bool BoxBrowser::available() const
{
    return false;
}

} // namespace mente::console

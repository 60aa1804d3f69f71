// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The system's DNS-SD on Windows (dnsapi.dll: DnsServiceBrowse and DnsServiceResolve, Windows 10
// 1809 and later), loaded at run time so the console still starts on older Windows and reports
// "not available" there. Free of Qt and of <windows.h> in this header, so BoxBrowser_windows.cpp
// (Qt) and this file (Win32) can each be compile-checked on their own.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace mente::console {

// One resolved service instance.
struct DnsSdService
{
    std::wstring instance; // "Mente box 7K3MQ2R9ZX4P._https._tcp.local"
    std::wstring host;     // "mente-7k3mq2r9zx4p.local"
    std::string ipv4;      // "192.168.11.20", empty when it has none
    std::uint16_t port = 0;
    std::vector<std::pair<std::wstring, std::wstring>> txt; // key, value
};

// Browses one service type and resolves instances. Every callback runs on a system thread: the
// caller hands the result to its own thread. Callbacks stop when the object is destroyed.
class WindowsDnsSd
{
public:
    // One browse's answer: the instance names heard (ok false: the browse failed). Not called for
    // a cancelled browse.
    using Instances = std::function<void(std::vector<std::wstring> instances, bool ok)>;
    // One resolve's answer for the instance asked about (ok false: it failed; service is empty).
    using Resolved = std::function<void(std::wstring instance, DnsSdService service, bool ok)>;

    WindowsDnsSd(Instances instances, Resolved resolved);
    ~WindowsDnsSd();
    WindowsDnsSd(const WindowsDnsSd &) = delete;
    WindowsDnsSd &operator=(const WindowsDnsSd &) = delete;

    // dnsapi.dll has DnsServiceBrowse (Windows 10 1809 and later).
    static bool available();
    // Starts one browse of queryName ("_mente._sub._https._tcp.local"); false when it cannot start.
    bool browse(const std::wstring &queryName);
    // Resolves one instance name from a browse; false when it cannot start.
    bool resolve(const std::wstring &instance);
    // Cancels what still runs (each cancelled call reports once more, and is then freed).
    void cancelAll();

    struct State;

private:
    std::shared_ptr<State> m_state;
};

} // namespace mente::console

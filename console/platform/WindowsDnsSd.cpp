// SPDX-License-Identifier: GPL-3.0-or-later
// DnsServiceBrowse / DnsServiceResolve from dnsapi.dll, looked up with GetProcAddress. A browse
// with DNS_QUERY_REQUEST_VERSION1 answers once, with the PTR records of the instances it heard;
// BoxBrowser_windows.cpp browses again every few seconds. Lifetime: each running call holds the
// shared state; a call is freed by its own final callback (a resolve's one answer, a browse's
// answer, or the ERROR_CANCELLED answer that DnsService*Cancel promises), and a callback that
// comes after the owner is gone finds the state closed and reports nothing. Results are handed
// on under the state's lock, so the owner cannot go away while one is handed on; the lock is
// recursive in case a cancel calls back on the cancelling thread.
#include "platform/WindowsDnsSd.h"

#include <mutex>
#include <set>
#include <type_traits>

// windns.h needs the types of windows.h first.
// clang-format off
#include <windows.h>
#include <windns.h>
// clang-format on

namespace mente::console {

namespace {

// The Windows SDK's winerror.h has it; mingw-w64's (10.0) does not.
#ifndef DNS_REQUEST_PENDING
constexpr DNS_STATUS DNS_REQUEST_PENDING = 9506L;
#endif

using BrowseFn = DNS_STATUS(WINAPI *)(PDNS_SERVICE_BROWSE_REQUEST, PDNS_SERVICE_CANCEL);
using ResolveFn = DNS_STATUS(WINAPI *)(PDNS_SERVICE_RESOLVE_REQUEST, PDNS_SERVICE_CANCEL);
using CancelFn = DNS_STATUS(WINAPI *)(PDNS_SERVICE_CANCEL);
using FreeInstanceFn = VOID(WINAPI *)(PDNS_SERVICE_INSTANCE);
using FreeFn = VOID(WINAPI *)(PVOID, DNS_FREE_TYPE);

// The functions, found once. dnsapi.dll stays loaded for the life of the process.
struct DnsApi
{
    BrowseFn browse = nullptr;
    CancelFn browseCancel = nullptr;
    ResolveFn resolve = nullptr;
    CancelFn resolveCancel = nullptr;
    FreeInstanceFn freeInstance = nullptr;
    FreeFn freeRecords = nullptr;

    bool complete() const { return browse && browseCancel && resolve && resolveCancel && freeInstance && freeRecords; }

    static const DnsApi &get()
    {
        static const DnsApi api = [] {
            DnsApi a;
            HMODULE dll = LoadLibraryExW(L"dnsapi.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
            if (!dll)
                return a;
            // GetProcAddress gives FARPROC; each is cast to the type windns.h declares.
            const auto find = [dll](auto &fn, const char *name) {
                fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(
                    reinterpret_cast<void *>(GetProcAddress(dll, name)));
            };
            find(a.browse, "DnsServiceBrowse");
            find(a.browseCancel, "DnsServiceBrowseCancel");
            find(a.resolve, "DnsServiceResolve");
            find(a.resolveCancel, "DnsServiceResolveCancel");
            find(a.freeInstance, "DnsServiceFreeInstance");
            find(a.freeRecords, "DnsFree");
            return a;
        }();
        return api;
    }
};

std::string ipv4Text(const IP4_ADDRESS *address)
{
    if (!address)
        return {};
    // IP4_ADDRESS is in network byte order: the first byte in memory is the first number.
    const auto *b = reinterpret_cast<const unsigned char *>(address);
    return std::to_string(b[0]) + '.' + std::to_string(b[1]) + '.' + std::to_string(b[2]) + '.' + std::to_string(b[3]);
}

std::wstring text(const wchar_t *s)
{
    return s ? std::wstring(s) : std::wstring();
}

} // namespace

struct Call;

struct WindowsDnsSd::State
{
    std::recursive_mutex mutex;
    bool closed = false;
    Instances instances;
    Resolved resolved;
    std::set<Call *> running;
};

// One running DnsServiceBrowse or DnsServiceResolve; the context pointer Windows hands back.
struct Call
{
    std::shared_ptr<WindowsDnsSd::State> state;
    bool isBrowse = false;
    std::wstring name; // the query or instance name: Windows reads it while the call runs
    DNS_SERVICE_CANCEL cancel{};

    // Takes the call off the running list and hands the result on unless the owner is gone.
    template<typename Deliver> void finish(Deliver deliver)
    {
        std::lock_guard lock(state->mutex);
        state->running.erase(this);
        if (!state->closed)
            deliver();
    }
};

namespace {

VOID WINAPI browseDone(DWORD status, PVOID context, PDNS_RECORD records)
{
    std::unique_ptr<Call> call(static_cast<Call *>(context));
    std::vector<std::wstring> found;
    // DNS-SD answers in wide strings whatever UNICODE says (windns.h types the list by UNICODE).
    for (auto *r = reinterpret_cast<PDNS_RECORDW>(records); r; r = r->pNext)
        if (r->wType == DNS_TYPE_PTR && r->dwTtl > 0 && r->Data.PTR.pNameHost) // TTL 0: a goodbye
            found.emplace_back(r->Data.PTR.pNameHost);
    if (records)
        DnsApi::get().freeRecords(records, DnsFreeRecordList);
    call->finish([&] {
        if (status != ERROR_CANCELLED)
            call->state->instances(std::move(found), status == ERROR_SUCCESS);
    });
}

VOID WINAPI resolveDone(DWORD status, PVOID context, PDNS_SERVICE_INSTANCE instance)
{
    std::unique_ptr<Call> call(static_cast<Call *>(context));
    DnsSdService service;
    if (instance) {
        service.instance = text(instance->pszInstanceName);
        service.host = text(instance->pszHostName);
        service.ipv4 = ipv4Text(instance->ip4Address);
        service.port = instance->wPort;
        for (DWORD i = 0; i < instance->dwPropertyCount; ++i)
            service.txt.emplace_back(text(instance->keys[i]), text(instance->values[i]));
        DnsApi::get().freeInstance(instance);
    }
    const bool ok = status == ERROR_SUCCESS && !service.instance.empty();
    call->finish([&] {
        if (status != ERROR_CANCELLED)
            call->state->resolved(call->name, std::move(service), ok);
    });
}

} // namespace

WindowsDnsSd::WindowsDnsSd(Instances instances, Resolved resolved) : m_state(std::make_shared<State>())
{
    m_state->instances = std::move(instances);
    m_state->resolved = std::move(resolved);
}

WindowsDnsSd::~WindowsDnsSd()
{
    std::lock_guard lock(m_state->mutex);
    m_state->closed = true;
    cancelAll();
}

bool WindowsDnsSd::available()
{
    return DnsApi::get().complete();
}

namespace {
// Starts one call: fill(request, call) fills the request, start(request, cancel) makes it. The
// call is on the running list before its callback can take it off (the state's lock).
template<typename Request, typename Fill, typename Start>
bool startCall(const std::shared_ptr<WindowsDnsSd::State> &state, bool isBrowse, const std::wstring &name, Fill fill,
               Start start)
{
    if (!DnsApi::get().complete())
        return false;
    auto call = std::make_unique<Call>();
    call->state = state;
    call->isBrowse = isBrowse;
    call->name = name; // Windows reads it while the call runs
    Request request{};
    request.Version = DNS_QUERY_REQUEST_VERSION1;
    request.InterfaceIndex = 0; // every interface
    request.pQueryContext = call.get();
    fill(request, *call);
    std::lock_guard lock(state->mutex);
    if (start(&request, &call->cancel) != DNS_REQUEST_PENDING)
        return false;
    state->running.insert(call.release()); // the callback frees it
    return true;
}
} // namespace

bool WindowsDnsSd::browse(const std::wstring &queryName)
{
    return startCall<DNS_SERVICE_BROWSE_REQUEST>(
        m_state, true, queryName,
        [](DNS_SERVICE_BROWSE_REQUEST &r, Call &call) {
            r.QueryName = call.name.c_str();
            r.pBrowseCallback = browseDone;
        },
        DnsApi::get().browse);
}

bool WindowsDnsSd::resolve(const std::wstring &instance)
{
    return startCall<DNS_SERVICE_RESOLVE_REQUEST>(
        m_state, false, instance,
        [](DNS_SERVICE_RESOLVE_REQUEST &r, Call &call) {
            r.QueryName = call.name.data();
            r.pResolveCompletionCallback = resolveDone;
        },
        DnsApi::get().resolve);
}

void WindowsDnsSd::cancelAll()
{
    const DnsApi &api = DnsApi::get();
    std::lock_guard lock(m_state->mutex);
    // Each cancelled call answers once more (ERROR_CANCELLED) and frees itself there: on another
    // thread that answer waits for the lock, so the call lives while it is cancelled; on this one
    // it comes inside the cancel, which is why a copy of the list is walked.
    const std::vector<Call *> running(m_state->running.begin(), m_state->running.end());
    for (Call *call : running)
        (void)(call->isBrowse ? api.browseCancel(&call->cancel) : api.resolveCancel(&call->cancel));
}

} // namespace mente::console

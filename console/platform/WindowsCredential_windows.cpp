// SPDX-License-Identifier: GPL-3.0-or-later
// Not built or run on Linux: mstsc reads a "TERMSRV/<host>" domain credential when it connects.
#include "platform/WindowsCredential.h"

#include <QCoreApplication>

#include <wincred.h>
#include <windows.h>

namespace mente::console::platform {

namespace {
std::wstring targetFor(const QString &host)
{
    return (QStringLiteral("TERMSRV/") + host).toStdWString();
}
} // namespace

bool addTerminalServerCredential(const QString &host, const QString &user, const QString &password, QString *error)
{
    std::wstring target = targetFor(host);
    std::wstring name = user.toStdWString();
    std::wstring secret = password.toStdWString();
    CREDENTIALW credential = {};
    credential.Type = CRED_TYPE_DOMAIN_PASSWORD;
    credential.TargetName = target.data();
    credential.UserName = name.data();
    credential.CredentialBlob = reinterpret_cast<LPBYTE>(secret.data());
    credential.CredentialBlobSize = DWORD(secret.size() * sizeof(wchar_t));
    credential.Persist = CRED_PERSIST_SESSION; // gone at logoff even if the console dies first
    const BOOL ok = CredWriteW(&credential, 0);
    SecureZeroMemory(secret.data(), secret.size() * sizeof(wchar_t));
    if (!ok) {
        *error = QCoreApplication::translate("mente::console::platform", "Windows refused the credential (error %1).")
                     .arg(GetLastError());
        return false;
    }
    return true;
}

void removeTerminalServerCredential(const QString &host)
{
    const std::wstring target = targetFor(host);
    CredDeleteW(target.c_str(), CRED_TYPE_DOMAIN_PASSWORD, 0);
}

} // namespace mente::console::platform

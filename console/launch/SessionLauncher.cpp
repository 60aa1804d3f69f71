// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/SessionLauncher.h"

#include "launch/AskpassServer.h"
#include "launch/ClipboardHandoff.h"
#include "launch/CommandBuilder.h"
#include "launch/DefaultProfiles.h"
#include "launch/ProcessLauncher.h"
#include "launch/VncPasswordFile.h"
#include "platform/OsSupport.h"
#include "platform/WindowsCredential.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace mente::console {

namespace {
constexpr int AskpassLifetimeMs = 120000;
constexpr int VncGraceMs = 60000;

// mstsc's TERMSRV credential lives exactly as long as this object (a child of the session's
// handover, so also when the console quits first).
class TemporaryCredential : public QObject
{
public:
    TemporaryCredential(QString host, QObject *parent) : QObject(parent), m_host(std::move(host)) {}
    ~TemporaryCredential() override { platform::removeTerminalServerCredential(m_host); }

private:
    QString m_host;
};
} // namespace

SessionLauncher::SessionLauncher(ProcessLauncher *processes, ProgramLocator locator, QString askpassHelper,
                                 QObject *parent)
    : QObject(parent), m_processes(processes), m_locator(std::move(locator)), m_askpassHelper(std::move(askpassHelper))
{}

QString SessionLauncher::askpassHelperNextTo(const QString &applicationDir)
{
    return QDir(applicationDir).filePath(platform::executableName(QStringLiteral("mente-askpass")));
}

bool SessionLauncher::resolve(const LaunchProfile &profile, LaunchProfile *chosen, QString *program,
                              QStringList *terminal, QString *error) const
{
    QList<LaunchProfile> candidates{profile};
    if (profile == DefaultProfiles::forProtocol(profile.protocol, DefaultProfiles::current()))
        candidates += DefaultProfiles::alternatives(profile.protocol, DefaultProfiles::current());
    for (const LaunchProfile &candidate : std::as_const(candidates)) {
        *program = m_locator.find(candidate.program);
        if (!program->isEmpty()) {
            *chosen = candidate;
            break;
        }
    }
    if (program->isEmpty()) {
        *error =
            tr("%1 is not installed: it is neither on PATH nor in the usual folders. %2")
                .arg(profile.program.isEmpty() ? tr("No program is set for %1").arg(profile.protocol) : profile.program,
                     profile.installHint.isEmpty() ? tr("Set the program for %1 in Settings.").arg(profile.protocol)
                                                   : profile.installHint);
        return false;
    }
    if (chosen->terminal) {
        *terminal = m_locator.terminal();
        if (terminal->isEmpty()) {
            *error = tr("%1 runs in a terminal, and no terminal emulator was found. Install one (for example "
                        "apt install xterm).")
                         .arg(chosen->program);
            return false;
        }
    }
    return true;
}

LaunchPlan SessionLauncher::plan(const Request &request, QString *error) const
{
    LaunchProfile chosen;
    CommandBuilder::Tools tools;
    if (!resolve(request.profile, &chosen, &tools.program, &tools.terminal, error))
        return {};
    tools.askpassHelper = m_askpassHelper;
    tools.askpassSocket = QStringLiteral("<socket>");
    tools.passwordFile = QStringLiteral("<password-fifo>");
    tools.hasPassword = request.password.has_value() && !request.password->isEmpty();
    return CommandBuilder::build(chosen, request.target, tools);
}

SessionLauncher::Outcome SessionLauncher::launch(const Request &request, std::function<void(int)> ended)
{
    Outcome outcome;
    LaunchProfile chosen;
    CommandBuilder::Tools tools;
    if (!resolve(request.profile, &chosen, &tools.program, &tools.terminal, &outcome.error))
        return outcome;
    const QString password = request.password.value_or(QString());
    tools.hasPassword = !password.isEmpty();
    tools.askpassHelper = m_askpassHelper;
    QByteArray stdinData;
    // Everything made for the handover lives as long as the program (or less).
    auto *handover = new QObject(this);
    PasswordChannel channel = tools.hasPassword ? chosen.channel : PasswordChannel::None;
    if (channel == PasswordChannel::WindowsCredential) {
        QString why;
        if (platform::addTerminalServerCredential(request.target.host, request.target.user, password, &why)) {
            new TemporaryCredential(request.target.host, handover);
        } else {
            channel = PasswordChannel::Clipboard;
            outcome.notice = why;
        }
    }
    if (channel == PasswordChannel::Askpass) {
        auto *askpass = new AskpassServer(password, AskpassLifetimeMs, handover);
        if (!askpass->isListening() || !QFileInfo::exists(m_askpassHelper)) {
            channel = PasswordChannel::Clipboard;
            outcome.notice = tr("The password helper mente-askpass is missing.");
        }
        tools.askpassSocket = askpass->socketPath();
    } else if (channel == PasswordChannel::VncPasswordFile) {
        auto *file = new VncPasswordFile(password, VncGraceMs, handover);
        tools.passwordFile = file->path();
        if (!file->isValid())
            channel = PasswordChannel::Clipboard;
    } else if (channel == PasswordChannel::Stdin) {
        stdinData = password.toUtf8() + '\n';
    }
    if (channel == PasswordChannel::Clipboard) {
        auto *clipboard = new ClipboardHandoff(m_clipboardMs, this); // outlives a program that exits at once
        clipboard->put(password);
        const QString clipboardNotice =
            tr("%1 has no safe way to be given the password, so it is on the clipboard for %2 seconds: "
               "paste it when asked.")
                .arg(QFileInfo(tools.program).baseName())
                .arg(m_clipboardMs / 1000);
        // Two sentences: joined the way the language joins them.
        outcome.notice = outcome.notice.isEmpty() ? clipboardNotice : tr("%1 %2").arg(outcome.notice, clipboardNotice);
        QTimer::singleShot(m_clipboardMs + 1000, clipboard, &QObject::deleteLater);
    }
    chosen.channel = channel;
    tools.hasPassword = channel != PasswordChannel::None;
    outcome.plan = CommandBuilder::build(chosen, request.target, tools);
    QPointer<QObject> guard(handover);
    outcome.started = m_processes->start(
        outcome.plan, stdinData, this,
        [guard, ended](int code) {
            delete guard.data();
            if (ended)
                ended(code);
        },
        &outcome.error);
    stdinData.fill('\0');
    if (!outcome.started)
        delete handover;
    return outcome;
}

} // namespace mente::console

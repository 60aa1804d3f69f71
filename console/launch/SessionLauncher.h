// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/LaunchPlan.h"
#include "launch/ProgramLocator.h"
#include "launch/SessionTarget.h"

#include <QObject>

#include <functional>
#include <optional>

namespace mente::console {

class ProcessLauncher;

// Starts a session's program with the device login's password handed over through the profile's
// channel (never argv, never a readable file, never a log line), or says in words why it cannot.
class SessionLauncher : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        LaunchProfile profile;
        SessionTarget target;
        std::optional<QString> password; // from the vault; none: the program asks
    };
    struct Outcome
    {
        bool started = false;
        QString error;  // why not, in words, with what to install
        QString notice; // what the operator must know (e.g. the password is on the clipboard)
        LaunchPlan plan;
    };

    SessionLauncher(ProcessLauncher *processes, ProgramLocator locator, QString askpassHelper,
                    QObject *parent = nullptr);

    // The plan alone (for --print-command); error set when the program is missing.
    LaunchPlan plan(const Request &request, QString *error) const;
    Outcome launch(const Request &request, std::function<void(int exitCode)> ended = {});

    void setClipboardClearMs(int ms) { m_clipboardMs = ms; }
    void setAskpassHelper(const QString &path) { m_askpassHelper = path; }
    static QString askpassHelperNextTo(const QString &applicationDir);

private:
    bool resolve(const LaunchProfile &profile, LaunchProfile *chosen, QString *program, QStringList *terminal,
                 QString *error) const;

    ProcessLauncher *m_processes;
    ProgramLocator m_locator;
    QString m_askpassHelper;
    int m_clipboardMs = 30000;
};

} // namespace mente::console

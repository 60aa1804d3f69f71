// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mente::box {

class ConfigReader;

// [report] keys of box.conf (F10).
struct ReportSettings
{
    QString timeZone = QStringLiteral("Asia/Tokyo"); // [report] time_zone: where the report day begins
    int checkS = 60;     // [report] check_s: how often the box looks whether a report is due
    int heartbeatS = 60; // [report] heartbeat_s: how often the box notes it is running (box_runs)
    // [report] test_build_after_s: for tests and demos; this long after the start the box builds
    // the current month's report (partial) and mails it, as on the report day. 0: off.
    int testBuildAfterS = 0;

    static ReportSettings read(ConfigReader &reader);
    QString check() const; // empty, or what is wrong, naming "[report] key"
};

} // namespace mente::box

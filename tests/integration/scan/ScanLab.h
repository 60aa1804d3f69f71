// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace mente::test {

// The lab of real servers in a network namespace (scan-lab.sh), set up once for the whole test
// executable and taken down at its end, also when tests failed.
class ScanLab : public ::testing::Environment
{
public:
    void SetUp() override;
    void TearDown() override;

    static bool ready() { return s_ready; }
    static QString error() { return s_error; }
    static QString value(const QString &key) { return s_env.value(key); }
    static int port(const QString &key) { return s_env.value(key).toInt(); }

private:
    static bool run(const QStringList &args, QString *output);

    QTemporaryDir m_dir;
    static inline bool s_ready = false;
    static inline QString s_error;
    static inline QMap<QString, QString> s_env;
};

} // namespace mente::test

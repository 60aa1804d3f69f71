// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/NamespaceLab.h"

#include <QString>

#include <gtest/gtest.h>

namespace mente::test {

// The lab of real servers in a network namespace (scan-lab.sh), set up once for the whole test
// executable and taken down at its end, also when tests failed.
class ScanLab : public ::testing::Environment
{
public:
    void SetUp() override { lab().up(); }
    void TearDown() override { lab().down(); }

    static bool ready() { return lab().ready(); }
    static QString error() { return lab().error(); }
    static QString value(const QString &key) { return lab().value(key); }
    static int port(const QString &key) { return lab().port(key); }

private:
    static NamespaceLab &lab();
};

} // namespace mente::test

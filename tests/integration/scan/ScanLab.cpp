// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanLab.h"

namespace mente::test {

namespace {
// Registered before main() runs the tests.
[[maybe_unused]] ::testing::Environment *const g_lab = ::testing::AddGlobalTestEnvironment(new ScanLab);
} // namespace

NamespaceLab &ScanLab::lab()
{
    static NamespaceLab lab(QStringLiteral(SCAN_LAB_SCRIPT));
    return lab;
}

} // namespace mente::test

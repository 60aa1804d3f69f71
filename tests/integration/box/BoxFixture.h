// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/BoxProcess.h"
#include "support/HttpsClient.h"

#include <gtest/gtest.h>

#include <memory>

namespace mente::test {

inline const QString kAdminPassword = QStringLiteral("Kanri2026pass");

// A fresh box per test: started, the default admin password changed, an admin client ready.
class BoxTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    // Starts (or restarts) the box with the config; the admin client is logged in afresh when
    // changePassword is true.
    void startBox(const QString &config = {}, bool changePassword = true);
    std::unique_ptr<HttpsClient> client() const;
    // Creates an operator through the API and returns its id.
    qint64 createOperator(const QString &login, bool admin, const QString &password = QStringLiteral("Himitsu2026x"));
    std::unique_ptr<HttpsClient> loggedIn(const QString &login, const QString &password = QStringLiteral("Himitsu2026x"));

    BoxProcess box;
    std::unique_ptr<HttpsClient> admin;
};

QJsonObject validCustomer();
QString s(const char *text);

} // namespace mente::test

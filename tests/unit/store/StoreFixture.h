// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"
#include "support/QtPrinters.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

// A fresh box database (every migration applied) in a temporary folder, and a fixed time.
class StoreFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = mente::box::Database::open(m_dir.filePath(QStringLiteral("box.db")));
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        m_db = std::move(db.value());
    }

    mente::box::Database &db() { return *m_db; }
    static QDateTime at(int minutes)
    {
        return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).addSecs(qint64(minutes) * 60);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<mente::box::Database> m_db;
};

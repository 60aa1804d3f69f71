// SPDX-License-Identifier: GPL-3.0-or-later
// Help → About shows the one version from the top CMakeLists.txt (MENTE_PROJECT_VERSION is passed
// by the test's CMakeLists from PROJECT_VERSION, independently of the console's MENTE_VERSION).
#include "ui/AboutBox.h"

#include "app/LanguageManager.h"

#include <QDir>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <gtest/gtest.h>

using namespace mente::console;

TEST(AboutBox, ShowsTheProjectVersion)
{
    const QString version = QStringLiteral(MENTE_PROJECT_VERSION);
    ASSERT_FALSE(version.isEmpty());
    EXPECT_TRUE(AboutBox::text().contains(version)) << AboutBox::text().toStdString();

    QWidget parent;
    QPointer<QMessageBox> box = AboutBox::show(&parent);
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->isVisible());
    EXPECT_EQ(box->objectName(), QStringLiteral("aboutBox"));
    EXPECT_TRUE(box->text().contains(version));
    EXPECT_EQ(box->windowTitle(), AboutBox::title());
    EXPECT_FALSE(box->iconPixmap().isNull()); // the product icon, not a stock one
    box->close();                             // WA_DeleteOnClose
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(box.isNull());
}

TEST(AboutBox, JapaneseAndEnglishBothCarryTheVersion)
{
    const QString version = QStringLiteral(MENTE_PROJECT_VERSION);
    LanguageManager languages;
    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        ASSERT_TRUE(languages.apply(language)) << language.toStdString();
        QWidget parent;
        QPointer<QMessageBox> box = AboutBox::show(&parent);
        ASSERT_TRUE(box);
        EXPECT_TRUE(box->text().contains(version)) << box->text().toStdString();
        if (language == QLatin1String("ja")) {
            EXPECT_TRUE(box->windowTitle().contains(QStringLiteral("について"))) << box->windowTitle().toStdString();
        }
        // MENTE_SCREENSHOT_DIR=DIR saves what a person would see (about-ja.png, about-en.png).
        if (const QString dir = qEnvironmentVariable("MENTE_SCREENSHOT_DIR"); !dir.isEmpty())
            box->grab().save(QDir(dir).filePath(QStringLiteral("about-%1.png").arg(language)));
        box->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    languages.apply(QStringLiteral("en"));
}

TEST(AboutBox, ProductIconInEverySize)
{
    const QIcon icon = AboutBox::productIcon();
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        const QPixmap pixmap = icon.pixmap(size, size);
        EXPECT_EQ(pixmap.size(), QSize(size, size)) << size;
    }
}

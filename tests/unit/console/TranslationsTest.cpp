// SPDX-License-Identifier: GPL-3.0-or-later
// F14: both translation files are complete (no "unfinished" entry) and the built .qm files load.
#include "app/LanguageManager.h"
#include "fleet/Fleet.h"
#include "fleet/FleetController.h"
#include "store/ConsoleStore.h"
#include "support/FakeVault.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {
struct TsCount
{
    int messages = 0;
    QStringList unfinished;
};

TsCount scan(const QString &path)
{
    TsCount count;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return count;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message"))
            ++count.messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const bool vanished = xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished")
                                  || xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete");
            if (unfinished && !vanished)
                count.unfinished << source;
        }
    }
    return count;
}
} // namespace

class TranslationFile : public ::testing::TestWithParam<const char *>
{};

TEST_P(TranslationFile, HasNoUnfinishedEntry)
{
    const QString path = QStringLiteral(MENTE_TRANSLATIONS_DIR "/") + QLatin1String(GetParam());
    const TsCount count = scan(path);
    EXPECT_GT(count.messages, 100) << path.toStdString();
    EXPECT_TRUE(count.unfinished.isEmpty())
        << count.unfinished.size() << " unfinished in " << path.toStdString()
        << ", first: " << (count.unfinished.isEmpty() ? std::string() : count.unfinished.first().toStdString());
}

INSTANTIATE_TEST_SUITE_P(Console, TranslationFile, ::testing::Values("mente_ja.ts", "mente_en.ts"));

TEST(Translations, JapaneseIsEmbeddedAndTranslatesTheFleetHeader)
{
    mente::console::LanguageManager language;
    ASSERT_TRUE(language.apply(QStringLiteral("ja")));
    EXPECT_EQ(QCoreApplication::translate("mente::console::FleetModel", "Serial"), QStringLiteral("シリアル番号"));
    EXPECT_EQ(QCoreApplication::translate("mente::console::State", "Fault"), QStringLiteral("異常"));
    ASSERT_TRUE(language.apply(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("mente::console::State", "Fault"), QStringLiteral("Fault"));
    EXPECT_FALSE(language.apply(QStringLiteral("fr")));
}

// Run a second time by ctest under LANG=ja_JP.UTF-8 (console_japanese_system): with no language
// chosen in the settings, the console follows the system.
TEST(Translations, FollowsTheSystemLanguageWhenNoneIsChosen)
{
    const QString expected = qEnvironmentVariable("MENTE_EXPECT_SYSTEM_LANGUAGE", QStringLiteral("en"));
    mente::console::LanguageManager language;
    ASSERT_TRUE(language.apply(QString()));
    EXPECT_EQ(language.current(), expected);
    EXPECT_EQ(QCoreApplication::translate("mente::console::State", "OK"),
              expected == QLatin1String("ja") ? QStringLiteral("正常") : QStringLiteral("OK"));
}

// The console's own errors (not the box's) are shown in the chosen language: adding a box twice,
// re-trusting a box that is no longer in the console.
TEST(Translations, TheConsolesOwnErrorsFollowTheLanguage)
{
    using namespace mente::console;
    QTemporaryDir dir;
    ConsoleStore store(dir.path() + QStringLiteral("/c.sqlite"));
    ASSERT_TRUE(store.open().ok());
    Fleet fleet;
    FakeVault vault;
    QNetworkAccessManager nam;
    FleetController controller(&fleet, &store, &vault, &nam, LinkTimings{});
    BoxRecord r;
    r.url = QStringLiteral("https://192.0.2.7:8443");
    r.login = QStringLiteral("admin");
    r.fingerprint = QStringLiteral("sha256:00");
    ASSERT_TRUE(store.addBox(r).ok());

    LanguageManager language;
    ASSERT_TRUE(language.apply(QStringLiteral("ja")));
    const auto twice = store.addBox(r);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().message, QStringLiteral("この BOX はすでにこのコンソールに登録されています。"));
    const mente::Status gone = controller.retrust(999, QStringLiteral("sha256:11"));
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().message, QStringLiteral("その BOX はこのコンソールにありません。"));

    ASSERT_TRUE(language.apply(QStringLiteral("en")));
    EXPECT_EQ(store.addBox(r).error().message, QStringLiteral("This box is already in the fleet."));
    EXPECT_EQ(controller.retrust(999, {}).error().message, QStringLiteral("No such box."));
}

// One word for each thing in Japanese, as the seed's manual writes them: BOX (not ボックス),
// ユーザ (not ユーザー); and the operators' "Remove selected…" selects, there are no check boxes.
TEST(Translations, JapaneseUsesOneWordForEachThing)
{
    QFile file(QStringLiteral(MENTE_TRANSLATIONS_DIR "/mente_ja.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList off;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()
            && (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform"))) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            for (const QString &word : {QStringLiteral("ボックス"), QStringLiteral("ユーザー")})
                if (text.contains(word))
                    off << text;
        }
    }
    EXPECT_TRUE(off.isEmpty()) << off.size() << " translations use another word, first: "
                               << (off.isEmpty() ? std::string() : off.first().toStdString());

    mente::console::LanguageManager language;
    ASSERT_TRUE(language.apply(QStringLiteral("ja")));
    EXPECT_EQ(QCoreApplication::translate("mente::console::OperatorsPage", "Remove selected…"),
              QStringLiteral("選択したオペレータを削除…"));
    ASSERT_TRUE(language.apply(QStringLiteral("en")));
}

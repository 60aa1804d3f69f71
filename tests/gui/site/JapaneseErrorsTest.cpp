// SPDX-License-Identifier: GPL-3.0-or-later
// What a Japanese user sees is Japanese: the real console in ja against a real mente-box. Errors
// from the shared checks (customer form, operator dialog), from the box itself (a login ID in
// use) and from the add-box dialog show in Japanese with no English word left in the error
// labels; Qt's own buttons are translated (qtbase_ja.qm).
#include "GuiHelpers.h"
#include "SiteRig.h"
#include "app/ConsoleApplication.h"
#include "fleet/Fleet.h"
#include "shared/ErrorMessages.h"
#include "ui/AddBoxDialog.h"
#include "ui/BoxWindow.h"
#include "ui/CustomerPage.h"
#include "ui/MainWindow.h"
#include "ui/OperatorDialog.h"
#include "ui/OperatorsPage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>

#include <gtest/gtest.h>
#include <iostream>
#include <optional>

using namespace mente;
using namespace mente::console;
using mente::test::waitForWidget;

namespace {

// English words left in a text: runs of two or more Latin letters, after taking out what is no
// word: addresses shown as examples (with :// or @), upper-case abbreviations (ID, IPv4, DNS, XXXX), "a-z".
QStringList englishWords(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[^\\s（）()]*(://|@)[^\\s（）()]*")));
    text.remove(QRegularExpression(QStringLiteral("\\b[A-Z][A-Z0-9]*(v\\d)?\\b")));
    text.remove(QStringLiteral("a-z"));
    QStringList words;
    auto it = QRegularExpression(QStringLiteral("[A-Za-z]{2,}")).globalMatch(text);
    while (it.hasNext())
        words << it.next().captured(0);
    return words;
}

class JapaneseErrorsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(rig.start(QStringLiteral("ja"), {}, &error)) << error.toStdString();
        app = rig.app.get();
        boxId = rig.boxId;
    }

    mente::test::SiteRig rig;
    ConsoleApplication *app = nullptr;
    qint64 boxId = 0;
};

TEST_F(JapaneseErrorsTest, ErrorLabelsAndQtButtonsAreJapanese)
{
    // The table itself: a Japanese sentence for a code and field, whatever the English says.
    EXPECT_TRUE(
        englishWords(ErrorMessages::text(Error::validation(QStringLiteral("email"), QStringLiteral("Reworded."))))
            .isEmpty());
    EXPECT_EQ(ErrorMessages::text(Error{QStringLiteral("some_new_code"), QStringLiteral("As is."), {}}),
              QStringLiteral("As is."));

    BoxWindow *details = app->window()->openBox(boxId);
    ASSERT_NE(details, nullptr);

    // The customer form: the shared checks' messages (postal code, katakana reading).
    CustomerPage *customer = details->customerPage();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return customer->hasLoaded(); }, 20000));
    const std::pair<const char *, QString> values[] = {
        {"company", QStringLiteral("株式会社テスト")}, {"companyKana", QStringLiteral("カブシキガイシャテスト")},
        {"contactFamily", QStringLiteral("田中")},     {"contactGiven", QStringLiteral("太郎")},
        {"postalCode", QStringLiteral("12-34")},       {"prefecture", QStringLiteral("東京都")},
        {"address1", QStringLiteral("千代田区1-1")},   {"email", QStringLiteral("tanaka@example.jp")},
        {"phone", QStringLiteral("03-1234-5678")},     {"subdomain", QStringLiteral("test-co")},
    };
    for (const auto &[field, value] : values)
        customer->field(QLatin1String(field))->setText(value);
    auto *customerLabel = customer->findChild<QLabel *>(QStringLiteral("customerMessage"));
    ASSERT_NE(customerLabel, nullptr);
    QStringList seen;
    auto check = [&](const QString &what, const QString &text) {
        seen << text;
        EXPECT_FALSE(text.isEmpty()) << what.toStdString();
        EXPECT_TRUE(englishWords(text).isEmpty()) << what.toStdString() << ": " << text.toStdString() << " has "
                                                  << englishWords(text).join(u' ').toStdString();
    };
    customer->save();
    check(QStringLiteral("postal code"), customerLabel->text());
    customer->field(QStringLiteral("postalCode"))->setText(QStringLiteral("100-0001"));
    customer->field(QStringLiteral("companyKana"))->setText(QStringLiteral("kabushiki"));
    customer->save();
    check(QStringLiteral("katakana"), customerLabel->text());

    // The operator dialog: a bad e-mail address, checked in the console by the shared rules.
    OperatorsPage *operators = details->operatorsPage();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return operators->hasLoaded(); }, 20000));
    OperatorDialog dialog(details);
    dialog.show();
    const std::pair<const char *, QString> op[] = {
        {"name", QStringLiteral("鈴木")},
        {"email", QStringLiteral("suzuki@@example")},
        {"phone", QStringLiteral("0312345678")},
        {"login", QStringLiteral("admin")},
        {"password", QStringLiteral("Suzuki-pass-2026")},
    };
    for (const auto &[field, value] : op)
        dialog.findChild<QLineEdit *>(QLatin1String(field))->setText(value);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    check(QStringLiteral("operator e-mail"), dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text());
    // Qt's own words: the standard buttons come from qtbase_ja.qm.
    EXPECT_EQ(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(),
              QStringLiteral("キャンセル"));
    EXPECT_EQ(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->text(), QStringLiteral("保存"));

    // The box refuses a login ID in use (409, field login): the console says it in Japanese.
    dialog.findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("suzuki@example.jp"));
    ASSERT_TRUE(OperatorDraft::fromJson(dialog.draft().toJson(), OperatorDraft::Mode::Create).ok());
    QSignalSpy failed(operators, &OperatorsPage::requestFailed);
    operators->create(dialog.draft());
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_EQ(failed.first().first().value<Error>().code, QStringLiteral("conflict"));
    check(QStringLiteral("login in use"), operators->findChild<QLabel *>(QStringLiteral("operatorsMessage"))->text());

    // The add-box dialog: no address.
    app->window()->addBox();
    auto *add = waitForWidget<AddBoxDialog>(QStringLiteral("addBoxDialog"));
    ASSERT_NE(add, nullptr);
    add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    auto *addLabel = add->findChild<QLabel *>(QStringLiteral("messageLabel"));
    ASSERT_TRUE(QTest::qWaitFor([&]() { return !addLabel->text().isEmpty(); }, 5000));
    check(QStringLiteral("add box without address"), addLabel->text());
    add->close();
    std::cout << "[ japanese ] " << seen.join(QStringLiteral(" | ")).toStdString() << std::endl;
}

} // namespace

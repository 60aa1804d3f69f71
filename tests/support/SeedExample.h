// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace mente::test {

// The registration example of the seed's manual (§29 ①, the mail that confirms a user
// registration), field by field as the manual prints it. The manual masks the contact person,
// e-mail address and sub-domain (*****); those carry stand-ins in the same style.
inline QJsonObject seedRegistrationExample()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    return {{s("company"), s("F X C株式会社")},
            {s("companyKana"), s("えふえつくすしーかぶしがいいしゃ")},
            {s("postalCode"), s("174-0056")},
            {s("prefecture"), s("東京都")},
            {s("address1"), s("板橋区志村1-15-1")},
            {s("address1Kana"), s("いたばしくしむら")},
            {s("address2"), s("日通志村流通センター3階")},
            {s("address2Kana"), s("にっつうしむらりゅうつうせんたー")},
            {s("contactFamily"), s("志村")},
            {s("contactFamilyKana"), s("しむら")},
            {s("contactGiven"), s("一郎")},
            {s("contactGivenKana"), s("いちろう")},
            {s("email"), s("ichiro.shimura@example.jp")},
            {s("phone"), s("0368200326")},
            {s("subdomain"), s("fxc")}};
}

} // namespace mente::test

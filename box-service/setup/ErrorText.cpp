// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/ErrorText.h"

#include "shared/ErrorMessages.h"

#include <QRegularExpression>

namespace mente::box {

namespace {
// The fixed sentences of shared/Validation and the services, for lupdate and the catalogue.
[[maybe_unused]] const char *const kKnown[] = {
    QT_TRANSLATE_NOOP("SetupPage", "A licence key looks like XXXX-XXXX-XXXX-XXXX."),
    QT_TRANSLATE_NOOP("SetupPage", "A licence key never contains I, L, O or U."),
    QT_TRANSLATE_NOOP("SetupPage", "This licence key is not valid: check it for a typing mistake."),
    QT_TRANSLATE_NOOP("SetupPage", "A password has at least 8 characters."),
    QT_TRANSLATE_NOOP("SetupPage", "A password has at most 128 characters."),
    QT_TRANSLATE_NOOP("SetupPage", "A password must not contain the login ID."),
    QT_TRANSLATE_NOOP("SetupPage", "A password needs at least one letter and one digit."),
    QT_TRANSLATE_NOOP("SetupPage", "A password uses only printable ASCII characters, without spaces."),
    QT_TRANSLATE_NOOP("SetupPage", "This password is too common."),
    QT_TRANSLATE_NOOP("SetupPage", "The current password is wrong."),
    QT_TRANSLATE_NOOP("SetupPage", "The new password must differ from the current one."),
    QT_TRANSLATE_NOOP("SetupPage", "A phone number has between 6 and 15 digits."),
    QT_TRANSLATE_NOOP("SetupPage", "A phone number is required."),
    QT_TRANSLATE_NOOP("SetupPage", "A port number is between 1 and 65535."),
    QT_TRANSLATE_NOOP("SetupPage", "A sub-domain name cannot start or end with '-'."),
    QT_TRANSLATE_NOOP("SetupPage", "A sub-domain name has at most 63 characters."),
    QT_TRANSLATE_NOOP("SetupPage", "A sub-domain name is required."),
    QT_TRANSLATE_NOOP("SetupPage", "A sub-domain name uses only lower-case letters a-z, digits and '-'."),
    QT_TRANSLATE_NOOP("SetupPage", "An IPv4 address is required."),
    QT_TRANSLATE_NOOP("SetupPage", "An e-mail address is required."),
    QT_TRANSLATE_NOOP("SetupPage", "Not a netmask: its one bits must be contiguous, like 255.255.255.0."),
    QT_TRANSLATE_NOOP("SetupPage", "Not a netmask: write it like 255.255.255.0."),
    QT_TRANSLATE_NOOP("SetupPage",
                      "Not a phone number: digits with optional +, -, spaces and brackets, e.g. 03-1234-5678."),
    QT_TRANSLATE_NOOP("SetupPage", "Not a postal code: seven digits like 123-4567."),
    QT_TRANSLATE_NOOP("SetupPage", "Not an IPv4 address: four numbers 0-255 separated by dots, e.g. 192.168.1.10."),
    QT_TRANSLATE_NOOP("SetupPage", "Not an e-mail address: the part before @ has misplaced dots."),
    QT_TRANSLATE_NOOP("SetupPage", "Not an e-mail address: write it like name@example.jp."),
    QT_TRANSLATE_NOOP("SetupPage", "Set a valid address and netmask first."),
    QT_TRANSLATE_NOOP("SetupPage", "The e-mail address is longer than 254 characters."),
    QT_TRANSLATE_NOOP("SetupPage", "The gateway cannot be the box's own address."),
    QT_TRANSLATE_NOOP("SetupPage", "The prefix length must be between 0 and 32."),
    QT_TRANSLATE_NOOP("SetupPage", "This is the broadcast address of the subnet, not a host address."),
    QT_TRANSLATE_NOOP("SetupPage", "This is the network address of the subnet, not a host address."),
    QT_TRANSLATE_NOOP("SetupPage", "Write this in full-width katakana (e.g. ヤマダ タロウ)."),
    QT_TRANSLATE_NOOP("SetupPage", "Register the customer first: a licence is accepted only after registration."),
    QT_TRANSLATE_NOOP("SetupPage", "The SMTP server URL has at most 2048 characters."),
    QT_TRANSLATE_NOOP("SetupPage", "The SMTP server is written like smtp://mail.example.jp:587."),
    QT_TRANSLATE_NOOP("SetupPage", "The SMTP server URL holds no user name or password: use their own fields."),
    QT_TRANSLATE_NOOP("SetupPage", "The connection security is none, starttls or tls."),
    QT_TRANSLATE_NOOP("SetupPage", "A fault mail repeats every 0.01 to 43200 minutes (30 days)."),
    QT_TRANSLATE_NOOP("SetupPage", "The SMTP user name has at most 255 characters, no control characters."),
    QT_TRANSLATE_NOOP("SetupPage", "The SMTP password has at most 255 characters, no control characters."),
};
} // namespace

QString ErrorText::localize(const Error &error)
{
    const QString sentence = localize(error.message);
    return sentence != error.message ? sentence : ErrorMessages::text(error);
}

QString ErrorText::localize(const QString &englishMessage)
{
    if (englishMessage.endsWith(QLatin1String(" is required.")))
        return QCoreApplication::translate("SetupPage", "Required.");
    if (englishMessage.contains(QLatin1String(" is longer than "))) {
        static const QRegularExpression number(QStringLiteral("longer than (\\d+) characters"));
        const auto m = number.match(englishMessage);
        return QCoreApplication::translate("SetupPage", "Too long: at most %1 characters.")
            .arg(m.hasMatch() ? m.captured(1) : QStringLiteral("?"));
    }
    if (englishMessage.contains(QLatin1String("contains a control character")))
        return QCoreApplication::translate("SetupPage", "Contains a control character.");
    if (englishMessage.startsWith(QLatin1String("The gateway must be inside the box's subnet "))) {
        const QString subnet = englishMessage.section(QLatin1Char(' '), -1).chopped(1);
        return QCoreApplication::translate("SetupPage", "The gateway must be inside the box's subnet %1.").arg(subnet);
    }
    return QCoreApplication::translate("SetupPage", englishMessage.toUtf8().constData());
}

} // namespace mente::box

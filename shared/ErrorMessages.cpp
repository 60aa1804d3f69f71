// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/ErrorMessages.h"

#include <QCoreApplication>

namespace mente {

namespace {
struct Entry
{
    const char *code;
    const char *field; // "" for every field of that code
    const char *text;
};

// By code and field; the first match wins, so a code's catch-all ("") comes after its fields.
const Entry kTable[] = {
    {"validation", "login",
     QT_TRANSLATE_NOOP("mente::ErrorMessages",
                       "A login ID has 3 to 32 letters, digits, '.', '_' or '-', and starts with a letter or digit.")},
    {"validation", "password",
     QT_TRANSLATE_NOOP(
         "mente::ErrorMessages",
         "A password has 8 to 128 printable ASCII characters with at least one letter and one digit, and does "
         "not contain the login ID.")},
    {"validation", "new",
     QT_TRANSLATE_NOOP(
         "mente::ErrorMessages",
         "A password has 8 to 128 printable ASCII characters with at least one letter and one digit, and does "
         "not contain the login ID.")},
    {"validation", "current", QT_TRANSLATE_NOOP("mente::ErrorMessages", "The current password is wrong.")},
    {"validation", "email",
     QT_TRANSLATE_NOOP("mente::ErrorMessages",
                       "Write the e-mail address like name@example.jp (at most 254 characters).")},
    {"validation", "phone",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "Write the phone number with 6 to 15 digits, e.g. 03-1234-5678.")},
    {"validation", "postalCode",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "Write the postal code as seven digits, e.g. 123-4567.")},
    {"validation", "prefecture", QT_TRANSLATE_NOOP("mente::ErrorMessages", "Choose the prefecture.")},
    {"validation", "company",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "Enter the company name (at most 128 characters).")},
    {"validation", "name", QT_TRANSLATE_NOOP("mente::ErrorMessages", "Enter the name (at most 128 characters).")},
    {"validation", "group", QT_TRANSLATE_NOOP("mente::ErrorMessages", "Enter the group (at most 64 characters).")},
    {"validation", "contactFamily", QT_TRANSLATE_NOOP("mente::ErrorMessages", "Enter the contact's family name.")},
    {"validation", "contactGiven", QT_TRANSLATE_NOOP("mente::ErrorMessages", "Enter the contact's given name.")},
    {"validation", "address1",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "Enter the address (at most 256 characters).")},
    {"validation", "address2",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "The building name has at most 256 characters.")},
    {"validation", "companyKana",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "Write the reading in full-width katakana, e.g. ヤマダ タロウ.")},
    {"validation", "contactFamilyKana",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "Write the reading in full-width katakana, e.g. ヤマダ タロウ.")},
    {"validation", "contactGivenKana",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "Write the reading in full-width katakana, e.g. ヤマダ タロウ.")},
    {"validation", "address1Kana",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "Write the reading in full-width katakana, e.g. ヤマダ タロウ.")},
    {"validation", "address2Kana",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "Write the reading in full-width katakana, e.g. ヤマダ タロウ.")},
    {"validation", "subdomain",
     QT_TRANSLATE_NOOP("mente::ErrorMessages",
                       "A sub-domain has 1 to 63 lower-case letters a-z, digits or '-', not at its start or end.")},
    {"validation", "reportDay",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "The report day is a day of the month, 1 to 31 (31: the last day).")},
    {"validation", "remark", QT_TRANSLATE_NOOP("mente::ErrorMessages", "The remark is too long.")},
    {"validation", "language", QT_TRANSLATE_NOOP("mente::ErrorMessages", "Choose Japanese or English.")},
    {"validation", "key",
     QT_TRANSLATE_NOOP("mente::ErrorMessages",
                       "Write the licence key like XXXX-XXXX-XXXX-XXXX, as printed on the licence certificate.")},
    {"validation", "ip", QT_TRANSLATE_NOOP("mente::ErrorMessages", "Write an IPv4 address like 192.168.1.10.")},
    {"validation", "address",
     QT_TRANSLATE_NOOP("mente::ErrorMessages",
                       "Write an IPv4 address like 192.168.1.10 that is a host of its subnet.")},
    {"validation", "netmask", QT_TRANSLATE_NOOP("mente::ErrorMessages", "Write the netmask like 255.255.255.0.")},
    {"validation", "gateway",
     QT_TRANSLATE_NOOP("mente::ErrorMessages",
                       "The gateway is an IPv4 address inside the box's subnet, not the box's own.")},
    {"validation", "dns1",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "Write the DNS server as an IPv4 address like 192.168.1.1.")},
    {"validation", "dns2",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "Write the DNS server as an IPv4 address like 192.168.1.1.")},
    {"validation", "host", QT_TRANSLATE_NOOP("mente::ErrorMessages", "Enter the proxy's host name or address.")},
    {"validation", "port", QT_TRANSLATE_NOOP("mente::ErrorMessages", "A port number is between 1 and 65535.")},
    {"validation", "ports", QT_TRANSLATE_NOOP("mente::ErrorMessages", "Write the ports like 1-1000,3389.")},
    {"validation", "protocol",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "The protocol name is too long or contains a control character.")},
    {"validation", "accessUrl",
     QT_TRANSLATE_NOOP("mente::ErrorMessages",
                       "Write the address like https://192.168.1.10/ (at most 1024 characters).")},
    {"validation", "reportUrl",
     QT_TRANSLATE_NOOP("mente::ErrorMessages",
                       "Write the address like https://192.168.1.10/ (at most 1024 characters).")},
    {"validation", "url",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "Write the box's address like https://192.168.1.2:8443.")},
    {"validation", "until",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "The end of the maintenance window must be a time in the future.")},
    {"validation", "minutes",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "The length of the maintenance window is not accepted.")},
    {"validation", "ids",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "The selection is not valid: reload the list and try again.")},
    {"validation", "",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "This value is not accepted: check what you entered.")},
    {"conflict", "login", QT_TRANSLATE_NOOP("mente::ErrorMessages", "This login ID is used already: choose another.")},
    {"conflict", "subdomain",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "This sub-domain is used already: choose another.")},
    {"conflict", "ip", QT_TRANSLATE_NOOP("mente::ErrorMessages", "A device with this address exists already.")},
    {"conflict", "",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "This clashes with what the box has: reload and try again.")},
    {"unauthorized", "", QT_TRANSLATE_NOOP("mente::ErrorMessages", "The login ID or the password is wrong.")},
    {"locked", "",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "Too many failed logins: this login is locked for a few minutes.")},
    {"rate_limited", "",
     QT_TRANSLATE_NOOP("mente::ErrorMessages", "Too many attempts: wait a few minutes and try again.")},
    {"forbidden", "", QT_TRANSLATE_NOOP("mente::ErrorMessages", "Only an administrator may do this.")},
    {"not_found", "", QT_TRANSLATE_NOOP("mente::ErrorMessages", "This is no longer on the box: reload the list.")},
};

const Entry *find(const QString &code, const QString &field)
{
    const qsizetype bracket = field.indexOf(QLatin1Char('['));
    const QString name = bracket > 0 ? field.left(bracket) : field;
    for (const Entry &e : kTable)
        if (code == QLatin1String(e.code) && (*e.field == '\0' || name == QLatin1String(e.field)))
            return &e;
    return nullptr;
}
} // namespace

QString ErrorMessages::lookup(const QString &code, const QString &field)
{
    const Entry *e = find(code, field);
    return e ? QCoreApplication::translate("mente::ErrorMessages", e->text) : QString();
}

QString ErrorMessages::text(const Error &error)
{
    // The setup page's catalogue has many of the box's sentences word for word (more precise).
    const QByteArray sentence = error.message.toUtf8();
    if (const QString exact = QCoreApplication::translate("SetupPage", sentence.constData()); exact != error.message)
        return exact;
    const Entry *e = find(error.code, error.field);
    if (!e)
        return error.message;
    const QString translated = QCoreApplication::translate("mente::ErrorMessages", e->text);
    return translated == QLatin1String(e->text) ? error.message : translated;
}

} // namespace mente

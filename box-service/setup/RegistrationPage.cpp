// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/RegistrationPage.h"

#include "service/CustomerService.h"
#include "setup/ErrorText.h"
#include "setup/HtmlPage.h"
#include "shared/Customer.h"
#include "shared/Validation.h"

#include <algorithm>

namespace mente::box {

namespace {
struct Field
{
    const char *name;
    const char *label; // QT_TRANSLATE_NOOP'd
    bool required;
    const char *type;
};
const Field kFields[] = {
    {"company", QT_TRANSLATE_NOOP("SetupPage", "Company name"), true, "text"},
    {"companyKana", QT_TRANSLATE_NOOP("SetupPage", "Company name (reading)"), false, "text"},
    {"contactFamily", QT_TRANSLATE_NOOP("SetupPage", "Contact person: family name"), true, "text"},
    {"contactFamilyKana", QT_TRANSLATE_NOOP("SetupPage", "Family name (reading)"), false, "text"},
    {"contactGiven", QT_TRANSLATE_NOOP("SetupPage", "Contact person: given name"), true, "text"},
    {"contactGivenKana", QT_TRANSLATE_NOOP("SetupPage", "Given name (reading)"), false, "text"},
    {"postalCode", QT_TRANSLATE_NOOP("SetupPage", "Postal code"), true, "text"},
    {"prefecture", QT_TRANSLATE_NOOP("SetupPage", "Prefecture"), true, "select"},
    {"address1", QT_TRANSLATE_NOOP("SetupPage", "Address"), true, "text"},
    {"address1Kana", QT_TRANSLATE_NOOP("SetupPage", "Address (reading)"), false, "text"},
    {"address2", QT_TRANSLATE_NOOP("SetupPage", "Building, floor"), false, "text"},
    {"address2Kana", QT_TRANSLATE_NOOP("SetupPage", "Building, floor (reading)"), false, "text"},
    {"email", QT_TRANSLATE_NOOP("SetupPage", "E-mail address"), true, "email"},
    {"phone", QT_TRANSLATE_NOOP("SetupPage", "Phone number"), true, "tel"},
    {"subdomain", QT_TRANSLATE_NOOP("SetupPage", "Sub-domain name"), true, "text"},
    {"reportDay", QT_TRANSLATE_NOOP("SetupPage", "Day of the monthly report"), false, "day"},
    {"language", QT_TRANSLATE_NOOP("SetupPage", "Language of mails and reports"), false, "language"},
    {"mailOnFault", QT_TRANSLATE_NOOP("SetupPage", "Receive fault and recovery mails at this address"), false,
     "checkbox"},
    {"remark", QT_TRANSLATE_NOOP("SetupPage", "Remarks"), false, "textarea"},
};

// A value each field accepts, to find the next error once one is known.
QJsonValue placeholder(const QString &field)
{
    if (field == QLatin1String("postalCode"))
        return QStringLiteral("100-0001");
    if (field == QLatin1String("email"))
        return QStringLiteral("a@example.jp");
    if (field == QLatin1String("phone"))
        return QStringLiteral("0312345678");
    if (field == QLatin1String("subdomain"))
        return QStringLiteral("a");
    if (field == QLatin1String("prefecture"))
        return QStringLiteral("東京都");
    if (field == QLatin1String("reportDay"))
        return 31;
    if (field == QLatin1String("language"))
        return QStringLiteral("ja");
    if (field.endsWith(QLatin1String("Kana")) || field == QLatin1String("address2") || field == QLatin1String("remark"))
        return QString();
    return QStringLiteral("x");
}

QString labelOf(const QString &name)
{
    for (const Field &f : kFields)
        if (name == QLatin1String(f.name))
            return QCoreApplication::translate("SetupPage", f.label);
    return name;
}
} // namespace

FieldErrors RegistrationPage::validate(const QJsonObject &input)
{
    FieldErrors errors;
    QJsonObject json = input;
    for (int round = 0; round < 40; ++round) {
        auto parsed = Customer::fromJson(json);
        if (parsed)
            break;
        const Error &e = parsed.error();
        const QString field = e.field.section(QLatin1Char('.'), -1);
        if (field.isEmpty() || errors.contains(field)) {
            if (errors.isEmpty())
                errors.insert(QStringLiteral("company"), ErrorText::localize(e));
            break;
        }
        errors.insert(field, ErrorText::localize(e));
        json.insert(field, placeholder(field));
    }
    return errors;
}

QJsonObject RegistrationPage::fromForm(const SetupRequest &request) const
{
    // Start from what is stored, so the fields this form does not show (mail switches) stay.
    QJsonObject json = m_env.services.customers.customer().toJson();
    json.remove(QStringLiteral("registered"));
    json.remove(QStringLiteral("registeredAt"));
    for (const Field &f : kFields) {
        const QString name = QLatin1String(f.name);
        if (name == QLatin1String("mailOnFault")) {
            json.insert(name, request.field(name) == QLatin1String("on"));
        } else if (name == QLatin1String("reportDay")) {
            bool ok = false;
            const int day = request.field(name).toInt(&ok);
            json.insert(name, ok ? QJsonValue(day) : QJsonValue(request.field(name)));
        } else {
            json.insert(name, name == QLatin1String("remark") ? request.raw(name).trimmed() : request.field(name));
        }
    }
    return json;
}

void RegistrationPage::form(const SetupRequest &request, const Respond &respond, const QJsonObject &values,
                            const FieldErrors &errors, const QString &alert)
{
    HtmlPage page(request, QCoreApplication::translate("SetupPage", "User registration"));
    if (!alert.isEmpty())
        page.alert(alert);
    else if (!errors.isEmpty())
        page.alert(QCoreApplication::translate("SetupPage", "Please correct the fields marked below."));
    page.beginForm(QStringLiteral("/registration"));
    for (const Field &f : kFields) {
        const QString name = QLatin1String(f.name);
        const QString label = QCoreApplication::translate("SetupPage", f.label);
        const QString value =
            values.value(name).isDouble() ? QString::number(values.value(name).toInt()) : values.value(name).toString();
        const QString type = QLatin1String(f.type);
        if (type == QLatin1String("checkbox")) {
            page.checkbox(name, label, values.value(name).toBool());
        } else if (type == QLatin1String("select")) {
            QList<HtmlPage::Option> options{{QString(), QCoreApplication::translate("SetupPage", "Choose…")}};
            for (const QString &p : validation::prefectures())
                options.append({p, p});
            if (!value.isEmpty()
                && !std::any_of(options.cbegin(), options.cend(), [&](const auto &o) { return o.value == value; }))
                options.append({value, value});
            page.select(name, label + QCoreApplication::translate("SetupPage", " (required)"), options, value, errors);
        } else if (type == QLatin1String("day")) {
            QList<HtmlPage::Option> options;
            for (int d = 1; d <= 30; ++d)
                options.append({QString::number(d), QCoreApplication::translate("SetupPage", "Day %1").arg(d)});
            options.append({QStringLiteral("31"), QCoreApplication::translate("SetupPage", "Last day of the month")});
            page.select(name, label, options, value.isEmpty() ? QStringLiteral("31") : value, errors);
        } else if (type == QLatin1String("language")) {
            page.select(name, label,
                        {{QStringLiteral("ja"), QCoreApplication::translate("SetupPage", "Japanese")},
                         {QStringLiteral("en"), QCoreApplication::translate("SetupPage", "English")}},
                        value.isEmpty() ? QStringLiteral("ja") : value, errors);
        } else if (type == QLatin1String("textarea")) {
            page.textarea(name, label, value, errors);
        } else {
            QString hint;
            if (name.endsWith(QLatin1String("Kana")))
                hint = QCoreApplication::translate("SetupPage",
                                                   "The reading in hiragana or katakana, e.g. いたばしくしむら.");
            else if (name == QLatin1String("postalCode"))
                hint = QCoreApplication::translate("SetupPage", "Like 123-4567.");
            else if (name == QLatin1String("subdomain"))
                hint = QCoreApplication::translate(
                    "SetupPage", "Unique name for this customer: lower-case letters, digits and '-'.");
            page.input(name, label, value, errors, hint, type, f.required);
        }
    }
    page.beginButtons();
    page.button(QStringLiteral("confirm"), QCoreApplication::translate("SetupPage", "Confirm"));
    page.endButtons();
    page.endForm();
    page.backToTop();
    respond(page.reply(errors.isEmpty() && alert.isEmpty() ? 200 : 400));
}

void RegistrationPage::confirm(const SetupRequest &request, const Respond &respond, const QJsonObject &values)
{
    HtmlPage page(request, QCoreApplication::translate("SetupPage", "Confirm the registration"));
    page.para(QCoreApplication::translate("SetupPage", "Check the entries. If they are right, press Register."));
    page.beginForm(QStringLiteral("/registration"));
    page.beginTable();
    for (const Field &f : kFields) {
        const QString name = QLatin1String(f.name);
        QString value =
            values.value(name).isDouble() ? QString::number(values.value(name).toInt()) : values.value(name).toString();
        if (values.value(name).isBool())
            value = values.value(name).toBool() ? QStringLiteral("on") : QString();
        page.hidden(name, value);
        if (name == QLatin1String("mailOnFault"))
            value = value.isEmpty() ? QCoreApplication::translate("SetupPage", "No")
                                    : QCoreApplication::translate("SetupPage", "Yes");
        else if (name == QLatin1String("reportDay"))
            value = value == QLatin1String("31") ? QCoreApplication::translate("SetupPage", "Last day of the month")
                                                 : QCoreApplication::translate("SetupPage", "Day %1").arg(value);
        else if (name == QLatin1String("language"))
            value = value == QLatin1String("en") ? QCoreApplication::translate("SetupPage", "English")
                                                 : QCoreApplication::translate("SetupPage", "Japanese");
        page.row(labelOf(name), HtmlPage::esc(value), QStringLiteral("confirm-") + name);
    }
    page.endTable();
    page.beginButtons();
    page.button(QStringLiteral("apply"), QCoreApplication::translate("SetupPage", "Register"));
    page.button(QStringLiteral("edit"), QCoreApplication::translate("SetupPage", "Back"), false);
    page.endButtons();
    page.endForm();
    respond(page.reply());
}

void RegistrationPage::handle(const SetupRequest &request, const Respond &respond)
{
    const QString step = request.step();
    if (!request.isPost()) {
        QJsonObject current = m_env.services.customers.customer().toJson();
        return form(request, respond, current, {});
    }
    const QJsonObject values = fromForm(request);
    if (step == QLatin1String("edit"))
        return form(request, respond, values, {});
    const FieldErrors errors = validate(values);
    if (!errors.isEmpty())
        return form(request, respond, values, errors);
    if (step != QLatin1String("apply"))
        return confirm(request, respond, values);

    auto customer = Customer::fromJson(values);
    if (!customer)
        return form(request, respond, values, validate(values));
    const bool first = !m_env.services.customers.customer().registered();
    auto saved = m_env.services.customers.save(request.actor, customer.value());
    if (!saved) {
        FieldErrors e;
        if (!saved.error().field.isEmpty())
            e.insert(saved.error().field, ErrorText::localize(saved.error()));
        return form(request, respond, values, e, ErrorText::localize(saved.error()));
    }
    HtmlPage page(request, QCoreApplication::translate("SetupPage", "Registration complete"));
    page.notice(
        first ? QCoreApplication::translate("SetupPage", "The registration is complete. A notice has been sent to %1.")
                    .arg(saved->email)
              : QCoreApplication::translate("SetupPage", "The registration data has been updated."));
    page.para(QCoreApplication::translate("SetupPage", "Next, enter the maintenance licence key."));
    page.link(QStringLiteral("/license"), QCoreApplication::translate("SetupPage", "Enter the licence key"));
    page.backToTop();
    respond(page.reply());
}

} // namespace mente::box

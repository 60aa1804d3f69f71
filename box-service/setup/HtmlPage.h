// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/SetupHttp.h"

#include <QCoreApplication>
#include <QStringList>

namespace mente::box {

// Builds one page of the setup site: plain HTML, a small inline style sheet (allowed by its hash
// in the Content-Security-Policy), no script. Every value is escaped; a field's error sits beside
// it (id "err-NAME") and the field points at it with aria-describedby.
class HtmlPage
{
public:
    struct Option
    {
        QString value;
        QString label;
    };

    HtmlPage(const SetupRequest &request, const QString &title);

    static QString esc(const QString &text);
    static QByteArray styleSheet();
    static QByteArray styleHash(); // "sha256-BASE64" of styleSheet()

    void raw(const QString &html) { m_body += html; }
    void para(const QString &text, const QString &cssClass = {});
    void notice(const QString &text); // a framed message (success or information)
    void alert(const QString &text);  // a framed error for the whole form
    void link(const QString &href, const QString &label);
    void backToTop();

    void beginForm(const QString &action); // POST, carries the CSRF token
    void endForm();
    void hidden(const QString &name, const QString &value);
    void input(const QString &name, const QString &label, const QString &value, const FieldErrors &errors,
               const QString &hint = {}, const QString &type = QStringLiteral("text"), bool required = false);
    // Never shows a stored value: a password input is always empty.
    void password(const QString &name, const QString &label, const FieldErrors &errors, const QString &hint = {},
                  const QString &autocomplete = QStringLiteral("new-password"));
    void radios(const QString &name, const QString &legend, const QList<Option> &options, const QString &selected,
                const FieldErrors &errors);
    void select(const QString &name, const QString &label, const QList<Option> &options, const QString &selected,
                const FieldErrors &errors);
    void textarea(const QString &name, const QString &label, const QString &value, const FieldErrors &errors);
    void checkbox(const QString &name, const QString &label, bool checked);
    void button(const QString &step, const QString &label, bool primary = true,
                const QString &name = QStringLiteral("step"));
    void beginButtons() { m_body += QStringLiteral("<div class=\"buttons\">"); }
    void endButtons() { m_body += QStringLiteral("</div>"); }
    // A two-column summary (the confirm pages and the top page).
    void beginTable() { m_body += QStringLiteral("<table class=\"summary\">"); }
    void row(const QString &label, const QString &valueHtml, const QString &id = {});
    void endTable() { m_body += QStringLiteral("</table>"); }

    SetupReply reply(int status = 200) const;

private:
    void errorBeside(const QString &name, const FieldErrors &errors);

    const SetupRequest &m_request;
    QString m_title;
    QString m_body;
};

} // namespace mente::box

// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/HtmlPage.h"

#include <QCryptographicHash>

namespace mente::box {

namespace {
const char kStyle[] = R"css(
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP",Meiryo,sans-serif;background:#f3f5f7;color:#1d2329;line-height:1.5}
header{background:#1f4e79;color:#fff;padding:.6rem 1rem}
header a{color:#fff;text-decoration:none;font-weight:600}
header small{display:block;opacity:.8;font-size:.8rem}
main{max-width:46rem;margin:0 auto;padding:1rem}
h1{font-size:1.3rem;margin:.4rem 0 1rem}
.card{background:#fff;border:1px solid #d5dbe1;border-radius:6px;padding:1rem;margin-bottom:1rem}
label,legend{display:block;font-weight:600;margin-top:.8rem}
fieldset{border:0;padding:0;margin:0}
fieldset label{font-weight:400;display:flex;gap:.4rem;align-items:center;margin-top:.3rem}
input[type=text],input[type=password],input[type=email],input[type=tel],input[type=number],select,textarea{width:100%;padding:.5rem;font-size:1rem;border:1px solid #9aa6b2;border-radius:4px;background:#fff}
input[aria-invalid=true],select[aria-invalid=true],textarea[aria-invalid=true]{border-color:#b3261e;background:#fff6f5}
.hint{color:#56616c;font-size:.85rem;margin:.2rem 0 0}
.err{color:#b3261e;font-size:.9rem;margin:.2rem 0 0;font-weight:600}
.alert{border:1px solid #b3261e;background:#fff6f5;color:#8c1d18;padding:.7rem;border-radius:4px;margin-bottom:1rem}
.notice{border:1px solid #2e7d32;background:#f1f8f1;padding:.7rem;border-radius:4px;margin-bottom:1rem}
.buttons{display:flex;flex-wrap:wrap;gap:.6rem;margin-top:1.2rem}
button,.button{font-size:1rem;padding:.55rem 1.2rem;border-radius:4px;border:1px solid #1f4e79;background:#fff;color:#1f4e79;cursor:pointer;text-decoration:none;display:inline-block}
button.primary,.button.primary{background:#1f4e79;color:#fff}
table.summary{width:100%;border-collapse:collapse}
table.summary th,table.summary td{text-align:left;vertical-align:top;padding:.45rem .4rem;border-bottom:1px solid #e3e7eb}
table.summary th{width:38%;font-weight:600}
.mono{font-family:ui-monospace,monospace;word-break:break-all;font-size:.85rem}
.muted{color:#56616c}
footer{color:#56616c;font-size:.8rem;text-align:center;padding:1rem}
@media (max-width:34rem){table.summary th,table.summary td{display:block;width:100%;border:0;padding:.15rem 0}table.summary tr{display:block;border-bottom:1px solid #e3e7eb;padding:.4rem 0}main{padding:.6rem}}
)css";

QString idFor(const QString &name)
{
    return QStringLiteral("f-") + name;
}
} // namespace

HtmlPage::HtmlPage(const SetupRequest &request, const QString &title) : m_request(request), m_title(title) {}

QString HtmlPage::esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

QByteArray HtmlPage::styleSheet()
{
    return QByteArray(kStyle);
}

QByteArray HtmlPage::styleHash()
{
    static const QByteArray hash =
        "sha256-" + QCryptographicHash::hash(styleSheet(), QCryptographicHash::Sha256).toBase64();
    return hash;
}

void HtmlPage::para(const QString &text, const QString &cssClass)
{
    m_body += cssClass.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p class=\"%1\">").arg(esc(cssClass));
    m_body += esc(text) + QStringLiteral("</p>");
}

void HtmlPage::notice(const QString &text)
{
    m_body += QStringLiteral("<div class=\"notice\" role=\"status\">%1</div>").arg(esc(text));
}

void HtmlPage::alert(const QString &text)
{
    m_body += QStringLiteral("<div class=\"alert\" role=\"alert\" id=\"alert\">%1</div>").arg(esc(text));
}

void HtmlPage::link(const QString &href, const QString &label)
{
    m_body += QStringLiteral("<p><a class=\"button\" href=\"%1\">%2</a></p>").arg(esc(href), esc(label));
}

void HtmlPage::backToTop()
{
    link(QStringLiteral("/"), QCoreApplication::translate("SetupPage", "Back to the top page"));
}

void HtmlPage::beginForm(const QString &action)
{
    m_body +=
        QStringLiteral("<form class=\"card\" method=\"post\" action=\"%1\" accept-charset=\"UTF-8\">").arg(esc(action));
    hidden(QStringLiteral("csrf"), m_request.csrfToken);
}

void HtmlPage::endForm()
{
    m_body += QStringLiteral("</form>");
}

void HtmlPage::hidden(const QString &name, const QString &value)
{
    m_body += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(esc(name), esc(value));
}

void HtmlPage::errorBeside(const QString &name, const FieldErrors &errors)
{
    if (errors.contains(name))
        m_body += QStringLiteral("<p class=\"err\" id=\"err-%1\">%2</p>").arg(esc(name), esc(errors.value(name)));
}

static QString describedBy(const QString &name, const FieldErrors &errors, bool hint)
{
    QStringList ids;
    if (hint)
        ids << QStringLiteral("hint-") + name;
    if (errors.contains(name))
        ids << QStringLiteral("err-") + name;
    QString out;
    if (!ids.isEmpty())
        out += QStringLiteral(" aria-describedby=\"%1\"").arg(HtmlPage::esc(ids.join(QLatin1Char(' '))));
    if (errors.contains(name))
        out += QStringLiteral(" aria-invalid=\"true\"");
    return out;
}

void HtmlPage::input(const QString &name, const QString &label, const QString &value, const FieldErrors &errors,
                     const QString &hint, const QString &type, bool required)
{
    m_body += QStringLiteral("<label for=\"%1\">%2%3</label>")
                  .arg(idFor(name), esc(label),
                       required ? esc(QCoreApplication::translate("SetupPage", " (required)")) : QString());
    m_body += QStringLiteral("<input type=\"%1\" id=\"%2\" name=\"%3\" value=\"%4\"%5%6>")
                  .arg(esc(type), idFor(name), esc(name), esc(value), describedBy(name, errors, !hint.isEmpty()),
                       required ? QStringLiteral(" required") : QString());
    if (!hint.isEmpty())
        m_body += QStringLiteral("<p class=\"hint\" id=\"hint-%1\">%2</p>").arg(esc(name), esc(hint));
    errorBeside(name, errors);
}

void HtmlPage::password(const QString &name, const QString &label, const FieldErrors &errors, const QString &hint,
                        const QString &autocomplete)
{
    m_body += QStringLiteral("<label for=\"%1\">%2</label>").arg(idFor(name), esc(label));
    m_body += QStringLiteral("<input type=\"password\" id=\"%1\" name=\"%2\" value=\"\" autocomplete=\"%3\"%4>")
                  .arg(idFor(name), esc(name), esc(autocomplete), describedBy(name, errors, !hint.isEmpty()));
    if (!hint.isEmpty())
        m_body += QStringLiteral("<p class=\"hint\" id=\"hint-%1\">%2</p>").arg(esc(name), esc(hint));
    errorBeside(name, errors);
}

void HtmlPage::radios(const QString &name, const QString &legend, const QList<Option> &options, const QString &selected,
                      const FieldErrors &errors)
{
    m_body += QStringLiteral("<fieldset><legend>%1</legend>").arg(esc(legend));
    for (const Option &o : options)
        m_body += QStringLiteral("<label><input type=\"radio\" name=\"%1\" value=\"%2\" id=\"%3\"%4> %5</label>")
                      .arg(esc(name), esc(o.value), idFor(name + QLatin1Char('-') + o.value),
                           o.value == selected ? QStringLiteral(" checked") : QString(), esc(o.label));
    errorBeside(name, errors);
    m_body += QStringLiteral("</fieldset>");
}

void HtmlPage::select(const QString &name, const QString &label, const QList<Option> &options, const QString &selected,
                      const FieldErrors &errors)
{
    m_body += QStringLiteral("<label for=\"%1\">%2</label>").arg(idFor(name), esc(label));
    m_body += QStringLiteral("<select id=\"%1\" name=\"%2\"%3>")
                  .arg(idFor(name), esc(name), describedBy(name, errors, false));
    for (const Option &o : options)
        m_body += QStringLiteral("<option value=\"%1\"%2>%3</option>")
                      .arg(esc(o.value), o.value == selected ? QStringLiteral(" selected") : QString(), esc(o.label));
    m_body += QStringLiteral("</select>");
    errorBeside(name, errors);
}

void HtmlPage::textarea(const QString &name, const QString &label, const QString &value, const FieldErrors &errors)
{
    m_body += QStringLiteral("<label for=\"%1\">%2</label>").arg(idFor(name), esc(label));
    m_body += QStringLiteral("<textarea id=\"%1\" name=\"%2\" rows=\"3\"%3>%4</textarea>")
                  .arg(idFor(name), esc(name), describedBy(name, errors, false), esc(value));
    errorBeside(name, errors);
}

void HtmlPage::checkbox(const QString &name, const QString &label, bool checked)
{
    m_body +=
        QStringLiteral(
            "<fieldset><label><input type=\"checkbox\" id=\"%1\" name=\"%2\" value=\"on\"%3> %4</label></fieldset>")
            .arg(idFor(name), esc(name), checked ? QStringLiteral(" checked") : QString(), esc(label));
}

void HtmlPage::button(const QString &step, const QString &label, bool primary, const QString &name)
{
    m_body += QStringLiteral("<button type=\"submit\" name=\"%1\" value=\"%2\"%3>%4</button>")
                  .arg(esc(name), esc(step), primary ? QStringLiteral(" class=\"primary\"") : QString(), esc(label));
}

void HtmlPage::row(const QString &label, const QString &valueHtml, const QString &id)
{
    m_body += QStringLiteral("<tr%1><th>%2</th><td>%3</td></tr>")
                  .arg(id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(esc(id)), esc(label), valueHtml);
}

SetupReply HtmlPage::reply(int status) const
{
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>%2</title><style>%3</style></head><body>")
            .arg(m_request.language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ja"),
                 esc(m_title + QStringLiteral(" — ") + QCoreApplication::translate("SetupPage", "Mente box setup")),
                 QString::fromUtf8(styleSheet()));
    html += QStringLiteral("<header><a href=\"/\">%1</a><small>%2</small></header><main><h1>%3</h1>")
                .arg(esc(QCoreApplication::translate("SetupPage", "Mente box setup")),
                     esc(QCoreApplication::translate("SetupPage", "Configuration")), esc(m_title));
    html += m_body;
    html += QStringLiteral("</main><footer>Mente</footer></body></html>\n");
    SetupReply r;
    r.status = status;
    r.body = html.toUtf8();
    return r;
}

} // namespace mente::box

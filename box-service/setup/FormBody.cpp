// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/FormBody.h"

#include <QList>

namespace mente::box {

QMap<QString, QString> FormBody::parse(const QByteArray &body)
{
    QMap<QString, QString> form;
    QByteArray plus = body;
    plus.replace('+', ' ');
    for (const QByteArray &pair : plus.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        form.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return form;
}

} // namespace mente::box

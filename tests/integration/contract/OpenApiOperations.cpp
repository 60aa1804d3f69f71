// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenApiOperations.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace mente::test {

Result<QList<OpenApiOperation>> readOpenApiOperations(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{QStringLiteral("io"), QStringLiteral("cannot read %1").arg(fileName), {}};
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S*):$"));
    static const QRegularExpression methodLine(QStringLiteral("^    (get|post|put|patch|delete):$"));
    static const QRegularExpression otherPathField(QStringLiteral("^    (parameters|summary|description):"));
    static const QRegularExpression operationId(QStringLiteral("^      operationId: (\\S+)$"));
    static const QSet<QString> methodsOutsideTheApi{QStringLiteral("head"), QStringLiteral("options"),
                                                    QStringLiteral("trace")};
    QList<OpenApiOperation> operations;
    bool inPaths = false;
    QString path;
    int number = 0;
    auto bad = [&](const QString &why) {
        return Error{QStringLiteral("format"), QStringLiteral("%1:%2: %3").arg(fileName).arg(number).arg(why), {}};
    };
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        ++number;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (!line.startsWith(QLatin1Char(' '))) {
            inPaths = line == QLatin1String("paths:");
            continue;
        }
        if (!inPaths)
            continue;
        if (!line.startsWith(QLatin1String("    "))) {
            const auto m = pathLine.match(line);
            if (!m.hasMatch())
                return bad(QStringLiteral("a path must be written \"  /path:\""));
            path = m.captured(1);
            continue;
        }
        if (!line.startsWith(QLatin1String("      "))) {
            if (const auto m = methodLine.match(line); m.hasMatch()) {
                operations.append({m.captured(1).toUpper().toLatin1(), path, {}, false, number});
                continue;
            }
            if (otherPathField.match(line).hasMatch() || line.startsWith(QLatin1String("     ")))
                continue;
            const QString key = line.trimmed().section(QLatin1Char(':'), 0, 0);
            return bad(methodsOutsideTheApi.contains(key)
                           ? QStringLiteral("the box serves no %1").arg(key.toUpper())
                           : QStringLiteral("an operation must be written \"    get:\" (found \"%1\")").arg(key));
        }
        if (operations.isEmpty() || operations.last().path != path)
            continue; // a path-level field's continuation
        if (const auto m = operationId.match(line); m.hasMatch())
            operations.last().operationId = m.captured(1);
        else if (line == QLatin1String("      security: []"))
            operations.last().isPublic = true;
    }
    if (operations.isEmpty())
        return Error{QStringLiteral("format"), QStringLiteral("%1: no operations under paths:").arg(fileName), {}};
    return operations;
}

} // namespace mente::test

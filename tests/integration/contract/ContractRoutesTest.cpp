// SPDX-License-Identifier: GPL-3.0-or-later
// The contract holds: the shared route table, the routes the real box registers (`mente-box
// --list-routes`) and docs/openapi.yaml name the same routes, each with the same access.
#include "OpenApiOperations.h"
#include "shared/api/RouteTable.h"
#include "support/BoxProcess.h"
#include "support/QtPrinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString key(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + u' ' + path;
}

// The table's routes by "METHOD /path".
QMap<QString, const api::RouteSpec *> tableRoutes()
{
    QMap<QString, const api::RouteSpec *> routes;
    for (const api::RouteSpec &spec : api::routeTable())
        routes.insert(key(spec.method, QString::fromLatin1(spec.pattern)), &spec);
    return routes;
}

// What the real binary lists. Its throwaway box watches no gateway and sweeps nothing.
QJsonArray listedRoutes()
{
    QTemporaryDir dir;
    QFile config(dir.filePath(s("box.ini")));
    if (!config.open(QIODevice::WriteOnly))
        return {};
    config.write("[monitor]\ngateway=none\n[discovery]\nat_start=false\ninterval_h=0\n[lan]\ncidrs=127.0.0.0/8\n");
    config.close();
    QProcess box;
    box.start(BoxProcess::binary(), {s("--config"), config.fileName(), s("--list-routes")});
    const bool finished = box.waitForFinished(30000);
    EXPECT_TRUE(finished) << "mente-box --list-routes did not end";
    EXPECT_EQ(box.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(box.exitCode(), 0) << box.readAllStandardError().constData();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(box.readAllStandardOutput(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(doc.isArray());
    return doc.array();
}

QList<OpenApiOperation> openApiOperations()
{
    const auto ops = readOpenApiOperations(qEnvironmentVariable("MENTE_OPENAPI"));
    EXPECT_TRUE(ops.ok()) << (ops.ok() ? std::string() : ops.error().message.toStdString());
    return ops.ok() ? ops.value() : QList<OpenApiOperation>();
}
} // namespace

TEST(ContractRoutes, TheBoxServesEveryTableRouteAndNoOther)
{
    const auto table = tableRoutes();
    const QJsonArray listed = listedRoutes();
    ASSERT_FALSE(listed.isEmpty());
    QMap<QString, QJsonObject> served;
    for (const QJsonValue &value : listed) {
        const QJsonObject route = value.toObject();
        const QString k = key(route.value(s("method")).toString().toLatin1(), route.value(s("path")).toString());
        EXPECT_FALSE(served.contains(k)) << "registered twice: " << k.toStdString();
        served.insert(k, route);
        const auto *spec = table.value(k);
        if (!spec) {
            ADD_FAILURE() << "the box serves " << k.toStdString()
                          << ", the route table (shared/api/RouteTable.h) lacks it";
            continue;
        }
        EXPECT_EQ(route.value(s("id")).toString(), QString::fromLatin1(spec->name)) << k.toStdString();
        EXPECT_EQ(route.value(s("access")).toString(), api::toString(spec->access))
            << k.toStdString() << ": the box checks another access than the table names";
    }
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        EXPECT_TRUE(served.contains(it.key()))
            << "no handler for " << it.key().toStdString() << " (" << it.value()->name << ")";
}

TEST(ContractRoutes, TheOpenApiFileDocumentsEveryTableRouteAndNoOther)
{
    const auto table = tableRoutes();
    const QList<OpenApiOperation> operations = openApiOperations();
    ASSERT_FALSE(operations.isEmpty());
    QSet<QString> documented;
    for (const OpenApiOperation &op : operations) {
        const QString k = key(op.method, op.path);
        EXPECT_FALSE(documented.contains(k)) << "documented twice: " << k.toStdString() << " (line " << op.line << ")";
        documented.insert(k);
        const auto *spec = table.value(k);
        if (!spec) {
            ADD_FAILURE() << "docs/openapi.yaml line " << op.line << " documents " << k.toStdString()
                          << ", the route table lacks it";
            continue;
        }
        EXPECT_EQ(op.operationId, QString::fromLatin1(spec->name))
            << k.toStdString() << ": operationId is the table's id";
        EXPECT_EQ(op.isPublic, spec->access == api::Access::Public)
            << k.toStdString() << ": `security: []` marks exactly the public routes";
    }
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        EXPECT_TRUE(documented.contains(it.key())) << "docs/openapi.yaml lacks " << it.key().toStdString();
}

TEST(ContractRoutes, TheOpenApiReaderSeesARouteItCannotParse)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(s("api.yaml")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("openapi: 3.0.3\npaths:\n  /api/v1/health:\n    get:\n      operationId: Health\n"
               "  /api/v1/hidden: {get: {operationId: Hidden}}\n");
    file.close();
    const auto ops = readOpenApiOperations(file.fileName());
    ASSERT_FALSE(ops.ok()) << "a route in flow style must not slip past the contract test";
    EXPECT_TRUE(ops.error().message.contains(s(":6:"))) << ops.error().message.toStdString();
}

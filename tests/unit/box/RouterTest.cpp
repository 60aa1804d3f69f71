// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"

#include <gtest/gtest.h>

using namespace mente::box;

namespace {
Handler tag(int n)
{
    return [n](const ApiRequest &) { return ApiReply{n, {}, {}, {}}; };
}
QString s(const char *t)
{
    return QString::fromUtf8(t);
}
} // namespace

TEST(Router, LiteralSegmentsWinOverParameters)
{
    Router router;
    router.add("GET", s("/api/v1/operators/{id}"), Access::Admin, tag(1));
    router.add("POST", s("/api/v1/operators/delete"), Access::Admin, tag(2));
    router.add("DELETE", s("/api/v1/operators/{id}"), Access::Admin, tag(3));

    auto m = router.match("POST", s("/api/v1/operators/delete"));
    ASSERT_TRUE(m.route);
    EXPECT_EQ(m.route->pattern, s("/api/v1/operators/delete"));
    m = router.match("GET", s("/api/v1/operators/42"));
    ASSERT_TRUE(m.route);
    EXPECT_EQ(m.params, QStringList{s("42")});
    m = router.match("GET", s("/api/v1/operators/42/"));
    ASSERT_TRUE(m.route) << "a trailing slash is the same path";
}

TEST(Router, KnownPathWithWrongMethodIsNotAMissingPath)
{
    Router router;
    router.add("GET", s("/api/v1/status"), Access::Operator, tag(1));
    auto m = router.match("DELETE", s("/api/v1/status"));
    EXPECT_FALSE(m.route);
    EXPECT_TRUE(m.pathKnown);
    m = router.match("GET", s("/api/v1/statusx"));
    EXPECT_FALSE(m.route);
    EXPECT_FALSE(m.pathKnown);
    m = router.match("GET", s("/api/v1//status"));
    EXPECT_FALSE(m.route);
}

TEST(Router, TableRoutesTakeMethodPatternAndAccessFromTheTable)
{
    Router router;
    router.add(RouteId::DeviceDelete, tag(1));
    router.addStream(RouteId::EventStream, [](const ApiRequest &, const HttpResponder &) {});
    router.add("GET", s("/api/v1/status"), Access::Operator, tag(2));
    router.add("GET", s("/api/v1/not-in-the-table"), Access::Operator, tag(3));

    auto m = router.match("DELETE", s("/api/v1/devices/9"));
    ASSERT_TRUE(m.route);
    EXPECT_EQ(m.route->access, Access::Admin);
    EXPECT_EQ(m.route->id, RouteId::DeviceDelete);
    EXPECT_EQ(m.params, QStringList{s("9")});
    m = router.match("GET", s("/api/v1/events/stream"));
    ASSERT_TRUE(m.route);
    EXPECT_TRUE(m.route->stream);
    EXPECT_FALSE(m.route->handler);
    // The string form still finds its table entry; a route the table lacks has none.
    EXPECT_EQ(router.match("GET", s("/api/v1/status")).route->id, RouteId::Status);
    EXPECT_FALSE(router.match("GET", s("/api/v1/not-in-the-table")).route->id);
}

TEST(Router, ListingIsSortedAndNamesTheTableEntry)
{
    Router router;
    router.add(RouteId::DeviceShow, tag(1));
    router.add(RouteId::DeviceList, tag(2));
    router.add(RouteId::DeviceCreate, tag(3));
    const QByteArray listing = routeListing(router);
    const qsizetype get = listing.indexOf("\"DeviceList\"");
    const qsizetype post = listing.indexOf("\"DeviceCreate\"");
    const qsizetype show = listing.indexOf("\"DeviceShow\"");
    ASSERT_GE(get, 0);
    EXPECT_LT(get, post) << "GET before POST on the same path";
    EXPECT_LT(post, show) << "/devices before /devices/{id}";
    EXPECT_TRUE(listing.contains("\"/api/v1/devices/{id}\""));
    EXPECT_TRUE(listing.contains("\"operator\""));
}

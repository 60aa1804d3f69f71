// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"

#include <gtest/gtest.h>

using namespace mente::box;

namespace {
Handler tag(int n)
{
    return [n](const ApiRequest &) { return ApiReply{n, {}, {}, {}}; };
}
QString s(const char *t) { return QString::fromUtf8(t); }
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

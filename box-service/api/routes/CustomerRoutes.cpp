// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "service/CustomerService.h"
#include "shared/ApiPaths.h"
#include "shared/Clock.h"

namespace mente::box {

void registerCustomerRoutes(Router &router, CustomerService &customers, const Clock &clock)
{
    router.add(RouteId::CustomerShow, [&customers, &clock](const ApiRequest &) { return ApiReply::json(customers.customer().toJson()); });

    router.add(RouteId::CustomerUpdate, [&customers, &clock](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto customer = Customer::fromJson(body.value());
        if (!customer)
            return ApiReply::error(customer.error());
        return ApiReply::from(customers.save(*request.actor, customer.value()));
    });

    router.add(RouteId::LicenseShow, [&customers, &clock](const ApiRequest &) {
        return ApiReply::json(customers.licence().toJson(clock.now().date()));
    });

    router.add(RouteId::LicenseUpdate, [&customers, &clock](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto key = licenceKeyFromJson(body.value());
        if (!key)
            return ApiReply::error(key.error());
        auto licence = customers.registerLicence(*request.actor, key.value());
        if (!licence)
            return ApiReply::error(licence.error());
        return ApiReply::json(licence->toJson(clock.now().date()));
    });
}

} // namespace mente::box

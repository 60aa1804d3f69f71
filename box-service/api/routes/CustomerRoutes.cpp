// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "app/BoxContext.h"
#include "app/CustomerService.h"
#include "shared/ApiPaths.h"
#include "shared/Clock.h"

namespace mente::box {

void registerCustomerRoutes(Router &router, BoxContext &box)
{
    router.add("GET", api::Customer, Access::Operator,
               [&box](const ApiRequest &) { return ApiReply::json(box.customerService->customer().toJson()); });

    router.add("PUT", api::Customer, Access::Admin, [&box](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto customer = Customer::fromJson(body.value());
        if (!customer)
            return ApiReply::error(customer.error());
        return ApiReply::from(box.customerService->save(*request.actor, customer.value()));
    });

    router.add("GET", api::License, Access::Operator, [&box](const ApiRequest &) {
        return ApiReply::json(box.customerService->licence().toJson(box.clock->now().date()));
    });

    router.add("PUT", api::License, Access::Admin, [&box](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto key = licenceKeyFromJson(body.value());
        if (!key)
            return ApiReply::error(key.error());
        auto licence = box.customerService->registerLicence(*request.actor, key.value());
        if (!licence)
            return ApiReply::error(licence.error());
        return ApiReply::json(licence->toJson(box.clock->now().date()));
    });
}

} // namespace mente::box

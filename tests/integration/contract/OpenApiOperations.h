// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QList>
#include <QString>

namespace mente::test {

// One operation under `paths:` in docs/openapi.yaml.
struct OpenApiOperation
{
    QByteArray method; // "GET", ...
    QString path;      // "/api/v1/devices/{id}"
    QString operationId;
    bool isPublic = false; // `security: []`
    int line = 0;
};

// Reads the operations of the OpenAPI file in the block style the file is written in: a path at
// two spaces, its methods at four, their fields at six. Anything else at two or four spaces
// inside `paths:` is an error (so that no route can hide in a form this reader skips); the npm
// validator (ctest -R contract_openapi_lint) checks that the file is valid OpenAPI as a whole.
Result<QList<OpenApiOperation>> readOpenApiOperations(const QString &fileName);

} // namespace mente::test

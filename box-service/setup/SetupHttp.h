// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/Actor.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <functional>

namespace mente::box {

// One request to the setup page, already authenticated (actor) and parsed (form fields).
struct SetupRequest
{
    QByteArray method; // "GET", "POST"
    QString path;
    QMap<QString, QString> form; // the urlencoded POST body
    QString address;             // the client's
    QHostAddress localAddress;   // the box address the client reached
    quint16 localPort = 0;
    QString language; // "ja" or "en"
    Actor actor;
    QString csrfToken; // the token the forms of this user carry

    QString field(const QString &name) const { return form.value(name).trimmed(); }
    QString raw(const QString &name) const { return form.value(name); }
    bool isPost() const { return method == "POST"; }
    QString step() const { return isPost() ? field(QStringLiteral("step")) : QString(); }
};

struct SetupReply
{
    int status = 200;
    QByteArray body; // HTML
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Pages answer through this, at once or later (the proxy test answers when it is done).
using Respond = std::function<void(SetupReply)>;

// Field name -> message beside it (already in the page's language).
using FieldErrors = QMap<QString, QString>;

} // namespace mente::box

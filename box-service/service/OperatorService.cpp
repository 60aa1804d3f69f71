// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/OperatorService.h"

#include "service/PasswordHasher.h"
#include "service/ServiceLogging.h"
#include "shared/Clock.h"
#include "shared/Validation.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/OperatorStore.h"
#include "store/SessionStore.h"

#include <QStringList>

namespace mente::box {

namespace {
Error conflict(const QString &field, const QString &message)
{
    return Error{QStringLiteral("conflict"), message, field};
}
Error notFound(const QString &message, const QString &field = {})
{
    return Error{QStringLiteral("not_found"), message, field};
}
// Which fields a change touched, for the audit log; never a password.
QString changedFields(const OperatorDraft &d)
{
    QStringList fields = d.toJson().keys();
    fields.removeAll(QStringLiteral("password"));
    if (d.password)
        fields << QStringLiteral("password(reset)");
    return fields.join(QLatin1Char(','));
}
} // namespace

OperatorService::OperatorService(Database &db, OperatorStore &operators, SessionStore &sessions, AuditLog &audit,
                                 const PasswordHasher &hasher, const Clock &clock)
    : m_db(db), m_operators(operators), m_sessions(sessions), m_audit(audit), m_hasher(hasher), m_clock(clock)
{
}

Status OperatorService::ensureDefaultAdmin()
{
    if (m_operators.count() > 0)
        return success();
    Operator admin;
    admin.group = QStringLiteral("G00001");
    admin.admin = true;
    admin.name = QStringLiteral("Administrator");
    admin.login = QStringLiteral("admin");
    admin.enabled = true;
    admin.mustChangePassword = true;
    admin.createdAt = m_clock.now();
    auto id = m_operators.insert(admin, m_hasher.hash(QStringLiteral("admin")));
    if (!id)
        return id.error();
    qCInfo(lcService) << "first start: the administrator \"admin\" made, who must change the password";
    return m_audit.record({0, QStringLiteral("system"), {}, QStringLiteral("operator.create"), QStringLiteral("admin"),
                           QStringLiteral("default administrator, password change required")});
}

QList<Operator> OperatorService::list(bool includeRemoved) const
{
    return m_operators.list(includeRemoved);
}

Result<Operator> OperatorService::get(qint64 id) const
{
    const auto read = m_operators.byId(id);
    if (!read)
        return read.error();
    const std::optional<StoredOperator> &stored = read.value();
    if (!stored)
        return notFound(QStringLiteral("No operator has id %1.").arg(id));
    return stored->op;
}

Result<Operator> OperatorService::create(const Actor &actor, const OperatorDraft &draft)
{
    if (m_operators.loginTaken(*draft.login))
        return conflict(QStringLiteral("login"), QStringLiteral("The login ID \"%1\" is in use already.").arg(*draft.login));
    Operator op;
    op.group = QStringLiteral("G00001");
    draft.applyTo(op);
    op.createdAt = m_clock.now();
    Result<qint64> id = qint64(0);
    const Status s = m_db.transaction([&]() -> Status {
        id = m_operators.insert(op, m_hasher.hash(*draft.password));
        if (!id)
            return id.error();
        return m_audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("operator.create"),
                               QStringLiteral("%1 (%2)").arg(op.login).arg(id.value()), changedFields(draft)});
    });
    if (!s)
        return s.error();
    return get(id.value());
}

Result<Operator> OperatorService::update(const Actor &actor, qint64 id, const OperatorDraft &draft)
{
    const auto read = m_operators.byId(id);
    if (!read)
        return read.error();
    const std::optional<StoredOperator> &stored = read.value();
    if (!stored || stored->op.removed())
        return notFound(QStringLiteral("No operator has id %1.").arg(id));
    Operator op = stored->op;
    draft.applyTo(op);
    if (draft.password) {
        if (const QString m = validation::checkPassword(*draft.password, op.login); !m.isEmpty())
            return Error::validation(QStringLiteral("password"), m);
    }
    if (op.login != stored->op.login && m_operators.loginTaken(op.login, id))
        return conflict(QStringLiteral("login"), QStringLiteral("The login ID \"%1\" is in use already.").arg(op.login));
    const bool wasActiveAdmin = stored->op.admin && stored->op.enabled;
    if (wasActiveAdmin && !(op.admin && op.enabled) && m_operators.activeAdminCount({id}) == 0)
        return conflict(draft.admin && !*draft.admin ? QStringLiteral("admin") : QStringLiteral("enabled"),
                        QStringLiteral("This is the last enabled administrator: keep it an enabled administrator."));
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status u = m_operators.update(op); !u)
            return u;
        if (draft.password)
            if (const Status p = m_operators.setPassword(id, m_hasher.hash(*draft.password), false); !p)
                return p;
        if (!op.enabled || draft.password)
            if (const Status r = m_sessions.removeForOperator(id, id == actor.op.id ? actor.tokenHash : QString()); !r)
                return r;
        return m_audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("operator.update"),
                               QStringLiteral("%1 (%2)").arg(op.login).arg(id), changedFields(draft)});
    });
    if (!s)
        return s.error();
    return get(id);
}

Status OperatorService::remove(const Actor &actor, const QList<qint64> &ids, const QString &idsField)
{
    if (ids.isEmpty())
        return Error::validation(idsField, QStringLiteral("Name at least one operator to remove."));
    QList<StoredOperator> targets;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto read = m_operators.byId(ids.at(i));
        if (!read)
            return read.error();
        const std::optional<StoredOperator> &stored = read.value();
        const QString field = ids.size() > 1 || idsField == QLatin1String("ids")
                                  ? QStringLiteral("%1[%2]").arg(idsField).arg(i)
                                  : idsField;
        if (!stored || stored->op.removed())
            return notFound(QStringLiteral("No operator has id %1.").arg(ids.at(i)), field);
        targets.append(*stored);
    }
    if (m_operators.activeAdminCount(ids) == 0)
        return conflict(idsField, QStringLiteral("At least one enabled administrator must remain."));
    const QDateTime now = m_clock.now();
    return m_db.transaction([&]() -> Status {
        for (const StoredOperator &t : targets) {
            if (const Status s = m_operators.markRemoved(t.op.id, now); !s)
                return s;
            if (const Status s = m_sessions.removeForOperator(t.op.id); !s)
                return s;
            if (const Status s = m_audit.record({actor.op.id, actor.op.login, actor.address,
                                                 QStringLiteral("operator.remove"),
                                                 QStringLiteral("%1 (%2)").arg(t.op.login).arg(t.op.id), {}});
                !s)
                return s;
        }
        return success();
    });
}

} // namespace mente::box

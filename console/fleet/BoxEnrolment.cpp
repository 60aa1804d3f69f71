// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/BoxEnrolment.h"

#include "api/BoxClient.h"
#include "api/CertificateProbe.h"
#include "fleet/FleetController.h"
#include "shared/Validation.h"
#include "store/ConsoleStore.h"
#include "store/SecretVault.h"

namespace mente::console {

BoxEnrolment::BoxEnrolment(FleetController *controller, QObject *parent)
    : QObject(parent), m_controller(controller), m_probe(new CertificateProbe(this))
{
    connect(m_probe, &CertificateProbe::finished, this, [this](const Result<CertificateProbe::Outcome> &outcome) {
        if (!outcome) {
            fail(outcome.error());
            return;
        }
        m_fingerprint = outcome->fingerprint;
        emit trustRequested(outcome->fingerprint, outcome->serial);
    });
}

BoxEnrolment::~BoxEnrolment() = default;

void BoxEnrolment::start(const QString &url, const QString &login, const QString &password)
{
    auto normal = normalizeBoxUrl(url);
    if (!normal) {
        fail(normal.error());
        return;
    }
    if (login.trimmed().isEmpty()) {
        fail(Error::validation(QStringLiteral("login"), tr("The login ID is required.")));
        return;
    }
    if (password.isEmpty()) {
        fail(Error::validation(QStringLiteral("password"), tr("The password is required.")));
        return;
    }
    m_url = normal.value();
    m_login = login.trimmed();
    m_password = password;
    m_probe->probe(m_url);
}

void BoxEnrolment::trust(bool trusted)
{
    if (!trusted) {
        fail(Error{QStringLiteral("cancelled"), tr("The certificate was not trusted; the box was not added."), {}});
        return;
    }
    BoxRecord record;
    record.url = m_url.toString(QUrl::RemoveUserInfo);
    record.login = m_login;
    record.fingerprint = m_fingerprint;
    auto added = m_controller->store()->addBox(record);
    if (!added) {
        fail(added.error());
        return;
    }
    m_record = added.value();
    m_client = new BoxClient(m_controller->network(), m_controller->vault(), m_record, this);
    login();
}

void BoxEnrolment::login()
{
    m_client->login(m_password, this, [this](const ApiReply &r) {
        if (!r.ok()) {
            Error e = r.error();
            if (r.status == 401)
                e.message = tr("The box refused this login ID or password.");
            fail(e);
            return;
        }
        m_controller->vault()->write(m_record.passwordKey(), m_password, this, [this](const Status &stored) {
            if (!stored) {
                fail(stored.error());
                return;
            }
            if (m_client->mustChangePassword())
                emit newPasswordRequired(m_login);
            else
                finishOk();
        });
    });
}

void BoxEnrolment::setNewPassword(const QString &password)
{
    if (const QString problem = validation::checkPassword(password, m_login); !problem.isEmpty()) {
        emit passwordRejected(Error::validation(QStringLiteral("new"), problem)); // nothing changed on the box
        return;
    }
    m_client->changePassword(m_password, password, this, [this, password](const ApiReply &r) {
        if (!r.ok()) {
            emit passwordRejected(r.error());
            return;
        }
        m_password = password;
        finishOk();
    });
}

void BoxEnrolment::finishOk()
{
    m_controller->adopt(m_record);
    emit succeeded(m_record.id);
}

void BoxEnrolment::cancel()
{
    fail(Error{QStringLiteral("cancelled"), tr("Adding the box was cancelled."), {}});
}

void BoxEnrolment::fail(const Error &error)
{
    if (m_record.id != 0) { // half-added: take it out again
        m_controller->store()->removeBox(m_record.id);
        m_controller->vault()->remove(m_record.passwordKey(), this, [](const Status &) {});
        m_controller->vault()->remove(m_record.tokenKey(), this, [](const Status &) {});
        m_record = {};
    }
    emit failed(error);
}

} // namespace mente::console

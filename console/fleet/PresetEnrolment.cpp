// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/PresetEnrolment.h"

#include "api/CertificateProbe.h"
#include "fleet/BoxEnrolment.h"
#include "fleet/FleetController.h"
#include "shared/Validation.h"
#include "store/ConsoleStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPreset, "mente.console.enrol")

namespace mente::console {

namespace {
QString normalFingerprint(QString fingerprint)
{
    fingerprint = fingerprint.trimmed().toUpper();
    if (fingerprint.startsWith(QLatin1String("SHA256:")))
        fingerprint = fingerprint.mid(7);
    return fingerprint;
}
} // namespace

PresetEnrolment::PresetEnrolment(FleetController *controller, QObject *parent)
    : QObject(parent), m_controller(controller)
{}

void PresetEnrolment::start(const QString &url, const QString &login, const QString &password,
                            const QString &fingerprint)
{
    const auto normal = normalizeBoxUrl(url);
    if (normal) {
        const QString wanted = normal->toString(QUrl::RemoveUserInfo);
        for (const CachedBox &box : m_controller->store()->loadBoxes()) {
            if (box.record.url == wanted) {
                qCInfo(lcPreset) << "box" << wanted << "is in the console already";
                m_boxId = box.record.id;
                finish(success());
                return;
            }
        }
    }
    if (normalFingerprint(fingerprint).isEmpty()) {
        finish(Error::validation(QStringLiteral("fingerprint"),
                                 tr("The certificate's fingerprint is required to add a box unattended.")));
        return;
    }
    m_fingerprint = normalFingerprint(fingerprint);
    m_enrolment = new BoxEnrolment(m_controller, this);
    connect(m_enrolment, &BoxEnrolment::trustRequested, this, [this](const QString &presented, const QString &) {
        if (normalFingerprint(presented) == m_fingerprint) {
            m_enrolment->trust(true);
            return;
        }
        qCWarning(lcPreset) << "the box presented" << presented << "instead of the expected certificate";
        m_enrolment->trust(false);
    });
    connect(m_enrolment, &BoxEnrolment::newPasswordRequired, this, [this](const QString &) {
        finish(Error{QStringLiteral("password-change"),
                     tr("This account must change its password first: add the box with the add-box dialog."),
                     {}});
        m_enrolment->cancel(); // takes the half-added box out again
    });
    connect(m_enrolment, &BoxEnrolment::failed, this, [this](const Error &error) { finish(error); });
    connect(m_enrolment, &BoxEnrolment::succeeded, this, [this](qint64 boxId) {
        qCInfo(lcPreset) << "box" << boxId << "added";
        m_boxId = boxId;
        finish(success());
    });
    m_enrolment->start(url, login, password);
}

void PresetEnrolment::finish(const Status &status)
{
    if (m_done)
        return;
    m_done = true;
    if (!status)
        qCWarning(lcPreset) << "the box was not added:" << status.error().message;
    emit finished(status);
}

} // namespace mente::console

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"
#include "store/BoxRecord.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace mente::console {

class BoxClient;
class CertificateProbe;
class FleetController;

// Adding a box, step by step: first contact shows the certificate's fingerprint and waits for
// the person to trust it; then login; then, on a new box, the forced password change. The
// questions are signals; the UI answers with trust() / setNewPassword() / cancel().
class BoxEnrolment : public QObject
{
    Q_OBJECT
public:
    BoxEnrolment(FleetController *controller, QObject *parent = nullptr);
    ~BoxEnrolment() override;

    void start(const QString &url, const QString &login, const QString &password);
    void trust(bool trusted);
    void setNewPassword(const QString &password);
    void cancel();

signals:
    void trustRequested(const QString &fingerprint, const QString &serial);
    void newPasswordRequired(const QString &login);
    void passwordRejected(const mente::Error &error); // ask again
    void failed(const mente::Error &error);
    void succeeded(qint64 boxId);

private:
    void login();
    void fail(const Error &error);
    void finishOk();

    FleetController *m_controller;
    CertificateProbe *m_probe;
    BoxClient *m_client = nullptr;
    QUrl m_url;
    QString m_login;
    QString m_password;
    QString m_fingerprint;
    BoxRecord m_record;
};

} // namespace mente::console

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace mente::console {

// A box announced on the operator's own LAN (the box's _https._tcp service, subtype _mente).
struct FoundBox
{
    QString name;        // the DNS-SD instance name, "Mente box 7K3MQ2R9ZX4P"
    QString serial;      // TXT serial=
    QString fingerprint; // TXT fp=, to compare with the trust question
    QString host;        // mente-7k3mq2r9zx4p.local
    QString address;     // the IPv4 address it resolved to
    quint16 port = 0;
    QString url() const { return QStringLiteral("https://%1:%2").arg(address).arg(port); }
};

// Lists boxes announced with DNS-SD (F1: the console finds boxes). On Linux through
// avahi-daemon's D-Bus API (the system bus, or DBUS_SYSTEM_BUS_ADDRESS); on Windows through the
// system's DNS-SD (DnsServiceBrowse, Windows 10 1809 and later, looked up at run time). Where
// neither answers, available() is false and the dialog asks for the address only.
class BoxBrowser : public QObject
{
    Q_OBJECT
public:
    explicit BoxBrowser(QObject *parent = nullptr);
    ~BoxBrowser() override;

    void start();
    bool available() const; // a browser runs (avahi-daemon answered)
    QList<FoundBox> boxes() const;

    static FoundBox fromTxt(const QString &name, const QString &host, const QString &address, quint16 port,
                            const QList<QByteArray> &txt);

signals:
    void found(const mente::console::FoundBox &box);
    void lost(const QString &name);

private:
    struct Impl;
    friend struct Impl;
    void add(const FoundBox &box);
    void remove(const QString &name);

    std::unique_ptr<Impl> m_impl;
    QList<FoundBox> m_boxes;
};

} // namespace mente::console

// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/BoxSecrets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mente::box {

namespace {
Error fileError(const QString &what, const QString &path)
{
    return Error{QStringLiteral("internal"),
                 QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(errno))),
                 {}};
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Replaces path with bytes so that a reader (or a power cut) sees the old file or the new one,
// never a part, and no one but the owner can read a byte of it at any moment.
Status replacePrivately(const QString &path, const QByteArray &bytes)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".new";
    ::unlink(temp.constData()); // a leftover of a save cut short
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return fileError(QStringLiteral("Cannot create"), QString::fromLocal8Bit(temp));
    // The umask may only take bits away; make sure of 0600 before the first byte all the same.
    const bool ok = ::fchmod(fd, 0600) == 0 && writeAll(fd, bytes) && ::fsync(fd) == 0;
    const Error failed = fileError(QStringLiteral("Cannot write"), QString::fromLocal8Bit(temp));
    if (::close(fd) != 0 || !ok) {
        ::unlink(temp.constData());
        return failed;
    }
    if (::rename(temp.constData(), target.constData()) != 0) {
        const Error e = fileError(QStringLiteral("Cannot replace"), path);
        ::unlink(temp.constData());
        return e;
    }
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return fileError(QStringLiteral("Cannot open the folder of"), path);
    const bool synced = ::fsync(dirFd) == 0;
    ::close(dirFd);
    return synced ? success() : fileError(QStringLiteral("Cannot sync the folder of"), path);
}
} // namespace

const QStringList &BoxSecrets::keys()
{
    static const QStringList names{QStringLiteral("mail/password"), QStringLiteral("metrics/token"),
                                   QStringLiteral("proxy/password"), QStringLiteral("vpn/password")};
    return names;
}

QString BoxSecrets::fileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("secrets.json"));
}

Result<BoxSecrets> BoxSecrets::read(const QString &path)
{
    BoxSecrets secrets(path);
    QFile file(path);
    if (!file.exists())
        return secrets;
    const auto bad = [&](const QString &why) {
        return Error::validation(QStringLiteral("secrets"), QStringLiteral("Cannot read %1: %2").arg(path, why));
    };
    if (!file.open(QIODevice::ReadOnly))
        return bad(file.errorString());
    if (file.size() > 1024 * 1024)
        return bad(QStringLiteral("it is larger than 1 MiB."));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("it is not a JSON object."));
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        // A key this box does not know (a newer box's) is kept for it, unused.
        if (!it.value().isString())
            return bad(QStringLiteral("the value of \"%1\" is not a string.").arg(it.key().left(64)));
        secrets.set(it.key(), it.value().toString());
    }
    return secrets;
}

void BoxSecrets::set(const QString &key, const QString &value)
{
    if (value.isEmpty())
        m_values.remove(key);
    else
        m_values.insert(key, value);
}

QStringList BoxSecrets::takeFrom(QSettings &config)
{
    QStringList moved;
    for (const QString &key : keys()) {
        if (!config.contains(key))
            continue;
        // The value as ConfigReader::secret() reads it; an empty one sets nothing and just goes.
        const QVariant value = config.value(key);
        const QString text =
            (value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(',')) : value.toString())
                .trimmed();
        config.remove(key);
        if (text.isEmpty())
            continue;
        set(key, text);
        moved << key;
    }
    return moved;
}

Status BoxSecrets::write() const
{
    QJsonObject object;
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        object.insert(it.key(), it.value());
    return replacePrivately(m_path, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace mente::box

// SPDX-License-Identifier: GPL-3.0-or-later
// box.conf on arbitrary bytes, read the way the box reads it at start (BoxConfig::load: QSettings'
// INI reader, ConfigReader's range checks and every module's settings reader). It must give a
// configuration or an error that names the key ("[section] key") with a message, never crash; an
// accepted configuration holds the ranges the rest of the box relies on.
#include "app/BoxConfig.h"
#include "support/FuzzCheck.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace mente;
using namespace mente::box;
using mente::test::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static quint64 runs = 0;
    require(dir.isValid());
    // A new name each time: QSettings keeps a parsed file by name and rereads it only when its size
    // or time changed, which a quick rewrite of the same name may not show.
    const QString path = dir.filePath(QStringLiteral("box-%1.conf").arg(++runs));
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly));
        require(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    const Result<BoxConfig> config = BoxConfig::load(path);
    QFile::remove(path);
    if (!config) {
        require(!config.error().message.isEmpty() && !config.error().field.isEmpty());
        return 0;
    }
    const BoxConfig &c = config.value();
    require(c.monitor.intervalS >= 1 && c.monitor.intervalS <= 86400);
    require(c.monitor.retries >= 1 && c.auth.maxFailures >= 1 && c.auth.lockoutS >= 1);
    require(c.api.maxBodyBytes >= 1024 && c.api.http.maxBodyBytes == c.api.maxBodyBytes);
    require(c.api.http.headMs >= 50 && c.setup.http.idleMs >= 50);
    require(c.mail.retryMaxS >= c.mail.retryMinS);
    require(c.proxy.type == QLatin1String("none") || (!c.proxy.host.isEmpty() && c.proxy.port > 0));
    require(c.box.sshPort >= 0 && c.box.sshPort <= 65535);
    return 0;
}

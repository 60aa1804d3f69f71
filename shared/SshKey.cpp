// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/SshKey.h"

#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <limits>
#include <optional>

namespace mente {

namespace {
constexpr int kMaxLine = 16 * 1024;

// Reads the length-prefixed strings of a key blob (RFC 4251 §5); any overrun is a failure.
class BlobReader
{
public:
    explicit BlobReader(const QByteArray &blob) : m_blob(blob) {}

    std::optional<QByteArray> next()
    {
        if (m_blob.size() - m_pos < 4)
            return std::nullopt;
        const auto *p = reinterpret_cast<const uchar *>(m_blob.constData() + m_pos);
        const quint32 length = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
        m_pos += 4;
        if (length > quint32(m_blob.size() - m_pos))
            return std::nullopt;
        QByteArray field = m_blob.mid(m_pos, qsizetype(length));
        m_pos += qsizetype(length);
        return field;
    }
    bool atEnd() const { return m_pos == m_blob.size(); }

private:
    const QByteArray &m_blob;
    qsizetype m_pos = 0;
};

// Bits of a positive mpint (leading zero bytes skipped).
int mpintBits(QByteArray value)
{
    while (!value.isEmpty() && value.at(0) == '\0')
        value.remove(0, 1);
    if (value.isEmpty())
        return 0;
    int bits = int(value.size() - 1) * 8;
    for (auto top = uchar(value.at(0)); top; top >>= 1)
        ++bits;
    return bits;
}

// Checks the fields after the type name; empty when the blob is a well-formed key of the type.
QString checkBody(const QString &type, BlobReader &r)
{
    if (type == QLatin1String("ssh-ed25519")) {
        const auto point = r.next();
        if (!point || point->size() != 32)
            return QStringLiteral("an ssh-ed25519 key holds 32 bytes");
    } else if (type.startsWith(QLatin1String("ecdsa-sha2-"))) {
        const QString curve = type.mid(11);
        const auto name = r.next();
        const auto point = r.next();
        const qsizetype size = curve == QLatin1String("nistp256") ? 65 : curve == QLatin1String("nistp384") ? 97 : 133;
        if (!name || QString::fromLatin1(*name) != curve || !point || point->size() != size || point->at(0) != '\x04')
            return QStringLiteral("the ECDSA point does not fit the curve %1").arg(curve);
    } else { // ssh-rsa
        const auto e = r.next();
        const auto n = r.next();
        if (!e || !n || mpintBits(*e) < 2)
            return QStringLiteral("the RSA numbers are missing");
        if (const int bits = mpintBits(*n); bits < 2048 || bits > 16384)
            return QStringLiteral("an RSA key must have 2048 to 16384 bits, not %1").arg(bits);
    }
    if (!r.atEnd())
        return QStringLiteral("there are bytes after the key");
    return {};
}
} // namespace

QString SshPublicKey::fingerprintOf(const QByteArray &blob)
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString SshPublicKey::fingerprint() const
{
    return fingerprintOf(blob);
}

QString SshPublicKey::toLine() const
{
    QString line = type + QLatin1Char(' ') + QString::fromLatin1(blob.toBase64());
    if (!comment.isEmpty())
        line += QLatin1Char(' ') + comment;
    return line;
}

Result<SshPublicKey> SshPublicKey::parse(const QString &line, const QString &field)
{
    const auto fail = [&field](const QString &why) {
        return Error::validation(field, QStringLiteral("%1 is not an SSH public key: %2.").arg(field, why));
    };
    const QString text = line.trimmed();
    if (text.isEmpty())
        return fail(QStringLiteral("it is empty (give the line of a .pub file, like \"ssh-ed25519 AAAA… name\")"));
    if (text.size() > kMaxLine)
        return fail(QStringLiteral("it is longer than %1 characters").arg(kMaxLine));
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\t'))
            return fail(QStringLiteral("it holds a control character or a line break: give one key"));
    static const QRegularExpression space(QStringLiteral("[ \\t]+"));
    const QStringList parts = text.split(space);
    if (parts.size() < 2)
        return fail(QStringLiteral("the type or the base64 part is missing"));
    SshPublicKey key;
    key.type = parts.at(0);
    static const QStringList types{QStringLiteral("ssh-ed25519"), QStringLiteral("ecdsa-sha2-nistp256"),
                                   QStringLiteral("ecdsa-sha2-nistp384"), QStringLiteral("ecdsa-sha2-nistp521"),
                                   QStringLiteral("ssh-rsa")};
    if (!types.contains(key.type))
        return fail(QStringLiteral("the type \"%1\" is not one of %2")
                        .arg(key.type.left(40), types.join(QStringLiteral(", "))));
    const auto decoded =
        QByteArray::fromBase64Encoding(parts.at(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || parts.at(1).size() % 4 != 0)
        return fail(QStringLiteral("the second part is not base64"));
    key.blob = decoded.decoded;
    BlobReader reader(key.blob);
    const auto blobType = reader.next();
    if (!blobType || QString::fromLatin1(*blobType) != key.type)
        return fail(QStringLiteral("the key data is not a %1 key").arg(key.type));
    if (const QString why = checkBody(key.type, reader); !why.isEmpty())
        return fail(why);
    key.comment = parts.mid(2).join(QLatin1Char(' '));
    if (key.comment.size() > kMaxComment)
        return fail(QStringLiteral("the comment is longer than %1 characters").arg(kMaxComment));
    return key;
}

QJsonObject SshKey::toJson() const
{
    return {
        {QStringLiteral("id"), id},           {QStringLiteral("operatorId"), operatorId},
        {QStringLiteral("type"), type},       {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("comment"), comment}, {QStringLiteral("createdAt"), toIsoOrNull(createdAt)},
    };
}

Result<SshKey> SshKey::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SshKey k;
    k.id = r.integer(QStringLiteral("id"), JsonReader::Required, 1, std::numeric_limits<qint64>::max() / 2);
    k.operatorId =
        r.integer(QStringLiteral("operatorId"), JsonReader::Optional, 0, std::numeric_limits<qint64>::max() / 2);
    k.type = r.string(QStringLiteral("type"), JsonReader::Required, 64);
    k.fingerprint = r.string(QStringLiteral("fingerprint"), JsonReader::Required, 128);
    k.comment = r.string(QStringLiteral("comment"), JsonReader::Optional, SshPublicKey::kMaxComment);
    k.createdAt = fromIso(r.string(QStringLiteral("createdAt"), JsonReader::Optional, 40));
    if (r.ok() && !k.fingerprint.startsWith(QLatin1String("SHA256:")))
        r.fail(QStringLiteral("fingerprint"), QStringLiteral("fingerprint must start with SHA256:."));
    if (!r.ok())
        return r.error();
    return k;
}

QJsonObject SshKeyUpload::toJson() const
{
    return {{QStringLiteral("key"), key.toLine()}};
}

Result<SshKeyUpload> SshKeyUpload::fromJson(const QJsonObject &json)
{
    const QJsonValue value = json.value(QStringLiteral("key"));
    if (!value.isString())
        return Error::validation(QStringLiteral("key"),
                                 QStringLiteral("key must be a string: one line of a .pub file."));
    auto key = SshPublicKey::parse(value.toString());
    if (!key)
        return key.error();
    return SshKeyUpload{std::move(key).value()};
}

} // namespace mente

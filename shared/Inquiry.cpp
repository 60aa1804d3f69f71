// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Inquiry.h"

#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"

namespace mente {

QStringList Inquiry::channels()
{
    return {QStringLiteral("phone"), QStringLiteral("mail"), QStringLiteral("visit"), QStringLiteral("remote"),
            QStringLiteral("other")};
}

QStringList Inquiry::statuses()
{
    return {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("closed")};
}

QJsonObject Inquiry::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("operator"), operatorName},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("text"), text},
        {QStringLiteral("status"), status},
        {QStringLiteral("createdAt"), toIsoOrNull(createdAt)},
        {QStringLiteral("updatedAt"), toIsoOrNull(updatedAt)},
    };
}

Result<Inquiry> Inquiry::fromJson(const QJsonObject &json)
{
    auto draft = InquiryDraft::fromJson(json, InquiryDraft::Mode::Create);
    if (!draft)
        return draft.error();
    JsonReader r(json);
    Inquiry inquiry;
    inquiry.id = r.integer(QStringLiteral("id"), JsonReader::Required, 1, std::numeric_limits<qint64>::max() / 2);
    inquiry.createdAt = fromIso(r.string(QStringLiteral("createdAt"), JsonReader::Optional, 40));
    inquiry.updatedAt = fromIso(r.string(QStringLiteral("updatedAt"), JsonReader::Optional, 40));
    if (!r.ok())
        return r.error();
    draft->applyTo(inquiry);
    return inquiry;
}

Result<InquiryDraft> InquiryDraft::fromJson(const QJsonObject &json, Mode mode)
{
    JsonReader r(json);
    InquiryDraft d;
    const auto presence = mode == Mode::Create ? JsonReader::Required : JsonReader::Optional;
    if (const auto date = r.optionalString(QStringLiteral("date"), 10)) {
        const QDate parsed = QDate::fromString(*date, Qt::ISODate);
        if (!parsed.isValid())
            r.fail(QStringLiteral("date"), QStringLiteral("date is a day like 2026-11-25."));
        d.date = parsed;
    }
    d.operatorName = r.optionalString(QStringLiteral("operator"), 128);
    if (r.has(QStringLiteral("channel")) || presence == JsonReader::Required)
        d.channel = r.string(QStringLiteral("channel"), JsonReader::Required, 16);
    if (r.has(QStringLiteral("subject")) || presence == JsonReader::Required)
        d.subject = r.string(QStringLiteral("subject"), JsonReader::Required, 200);
    d.text = r.optionalString(QStringLiteral("text"), 10000);
    if (const auto status = r.optionalString(QStringLiteral("status"), 16))
        d.status = *status;
    if (!r.ok())
        return r.error();
    if (d.channel && !Inquiry::channels().contains(*d.channel))
        return Error::validation(QStringLiteral("channel"),
                                 QStringLiteral("channel is one of %1.").arg(Inquiry::channels().join(QStringLiteral(", "))));
    if (d.status && !Inquiry::statuses().contains(*d.status))
        return Error::validation(QStringLiteral("status"),
                                 QStringLiteral("status is one of %1.").arg(Inquiry::statuses().join(QStringLiteral(", "))));
    if (mode == Mode::Update && !d.date && !d.operatorName && !d.channel && !d.subject && !d.text && !d.status)
        return Error::validation({}, QStringLiteral("Nothing to change: name at least one field."));
    return d;
}

QJsonObject InquiryDraft::toJson() const
{
    QJsonObject json;
    if (date)
        json.insert(QStringLiteral("date"), date->toString(Qt::ISODate));
    if (operatorName)
        json.insert(QStringLiteral("operator"), *operatorName);
    if (channel)
        json.insert(QStringLiteral("channel"), *channel);
    if (subject)
        json.insert(QStringLiteral("subject"), *subject);
    if (text)
        json.insert(QStringLiteral("text"), *text);
    if (status)
        json.insert(QStringLiteral("status"), *status);
    return json;
}

void InquiryDraft::applyTo(Inquiry &inquiry) const
{
    if (date)
        inquiry.date = *date;
    if (operatorName)
        inquiry.operatorName = *operatorName;
    if (channel)
        inquiry.channel = *channel;
    if (subject)
        inquiry.subject = *subject;
    if (text)
        inquiry.text = *text;
    if (status)
        inquiry.status = *status;
}

} // namespace mente

#include "Evidence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldcase {

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeValue(const QDateTime& time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue idValue(const QUuid& id) {
    return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces));
}

} // namespace

QByteArray EvidenceRecord::canonicalBytes() const {
    // QJsonObject keeps its keys sorted, and QJsonDocument writes doubles with the shortest exact
    // representation, so the same record always yields the same bytes.
    QJsonArray officers;
    for (const OfficerPresence& officer : officersPresent)
        officers.append(QJsonObject{{u"user"_s, idValue(officer.userId)},
                                    {u"name"_s, officer.name},
                                    {u"certificate"_s, officer.certificateNumber}});
    QJsonObject where{{u"source"_s, position.source},
                      {u"gps_time"_s, timeValue(position.gpsTime)},
                      {u"received_at"_s, timeValue(position.receivedAt)},
                      {u"taken_at"_s, timeValue(position.takenAt)},
                      {u"accuracy_m"_s, position.accuracyMeters},
                      {u"satellites"_s, position.satellitesInUse}};
    if (position.position) {
        where.insert(u"latitude"_s, position.position->latitude);
        where.insert(u"longitude"_s, position.position->longitude);
    }
    const QJsonObject record{
        {u"format"_s, u"fieldcase-evidence/1"_s},
        {u"id"_s, idValue(id)},
        {u"case"_s, idValue(caseId)},
        {u"inspection"_s, idValue(inspectionId)},
        {u"kind"_s, enumKey(kind)},
        {u"sha256"_s, sha256},
        {u"size"_s, QString::number(size)}, // a string: JSON numbers lose integers beyond 2^53
        {u"media_type"_s, mediaType},
        {u"captured_at_device"_s, timeValue(capturedAtDevice)},
        {u"received_at"_s, timeValue(receivedAt)},
        {u"position"_s, where},
        {u"captured_by"_s, idValue(capturedBy)},
        {u"officers_present"_s, officers},
        {u"device"_s, idValue(deviceId)},
        {u"description"_s, description},
        {u"intake"_s, enumKey(intake)},
        {u"source_detail"_s, sourceDetail},
        {u"original_name"_s, originalName},
        {u"original_created"_s, timeValue(originalCreated)},
        {u"original_modified"_s, timeValue(originalModified)},
    };
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

} // namespace fieldcase

#include "RecordingJournal.h"

#include "CapturedFiles.h"

#include "Store.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldcase::evidence {

using namespace Qt::StringLiterals;

namespace {

// Only recordings leave markers: a photo is taken in an instant.
QString modeKey(CaptureMode mode) {
    return mode == CaptureMode::Audio ? u"audio"_s : u"video"_s;
}

QString timeText(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString idText(const QUuid& id) {
    return id.isNull() ? QString() : Uuid7::toText(id);
}

QJsonObject toJson(const RecordingMarker& marker) {
    QJsonObject json{
        {u"case"_s, idText(marker.caseId)},
        {u"inspection"_s, idText(marker.inspectionId)},
        {u"user"_s, idText(marker.userId)},
        {u"mode"_s, modeKey(marker.mode)},
        {u"started_at"_s, timeText(marker.startedAt)},
        {u"device"_s, marker.device},
        {u"file"_s, marker.file},
    };
    if (!marker.error.isEmpty())
        json.insert(u"error"_s, marker.error);
    if (marker.stoppedAt.isValid())
        json.insert(u"stopped_at"_s, timeText(marker.stoppedAt));
    return json;
}

RecordingMarker fromJson(const QJsonObject& json) {
    RecordingMarker marker;
    marker.caseId = QUuid::fromString(json.value(u"case"_s).toString());
    marker.inspectionId = QUuid::fromString(json.value(u"inspection"_s).toString());
    marker.userId = QUuid::fromString(json.value(u"user"_s).toString());
    marker.mode = json.value(u"mode"_s).toString() == u"audio"_s ? CaptureMode::Audio : CaptureMode::Video;
    marker.startedAt = QDateTime::fromString(json.value(u"started_at"_s).toString(), Qt::ISODateWithMs);
    marker.device = json.value(u"device"_s).toString();
    marker.file = json.value(u"file"_s).toString();
    marker.error = json.value(u"error"_s).toString();
    marker.stoppedAt = QDateTime::fromString(json.value(u"stopped_at"_s).toString(), Qt::ISODateWithMs);
    return marker;
}

QString noMarker() {
    return QCoreApplication::translate("RecordingJournal",
                                       "No interrupted recording is waiting for a reason.");
}

} // namespace

bool RecordingMarker::hasPartialFile() const {
    const QFileInfo info(file);
    return !file.isEmpty() && info.isFile() && info.size() > 0;
}

RecordingJournal::RecordingJournal(store::Store& store)
    : m_store(store) {}

std::optional<RecordingMarker> RecordingJournal::unexplained() const {
    const QString text = m_store.metaValue(QString::fromLatin1(MarkerKey));
    if (text.isEmpty())
        return std::nullopt;
    // A marker that does not parse still means a recording was cut off: it is explained like any
    // other, with what little is known.
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

store::StoreResult RecordingJournal::started(const RecordingMarker& marker) {
    return write(marker);
}

store::StoreResult RecordingJournal::fileChanged(const QString& file) {
    std::optional<RecordingMarker> marker = unexplained();
    if (!marker)
        return store::StoreResult::failure(noMarker());
    marker->file = file;
    return write(*marker);
}

store::StoreResult RecordingJournal::stoppedCleanly() {
    return clear();
}

store::StoreResult RecordingJournal::stoppedByError(const QString& error) {
    std::optional<RecordingMarker> marker = unexplained();
    if (!marker)
        return store::StoreResult::failure(noMarker());
    marker->error = error;
    marker->stoppedAt = QDateTime::currentDateTimeUtc();
    return write(*marker);
}

RecordingJournal::Explained RecordingJournal::explain(const QUuid& userId, const QString& reason,
                                                      EvidenceService* keepPartialIn) {
    Explained explained;
    const std::optional<RecordingMarker> marker = unexplained();
    if (!marker) {
        explained.result = store::StoreResult::failure(noMarker());
        return explained;
    }
    const QString givenReason = reason.trimmed();
    if (givenReason.isEmpty()) {
        explained.result = store::StoreResult::failure(
            QCoreApplication::translate("RecordingJournal", "Say why the recording was interrupted."));
        return explained;
    }

    if (marker->hasPartialFile()) {
        explained.partialFile = marker->file;
        if (keepPartialIn) {
            EvidenceRecord draft;
            draft.caseId = marker->caseId;
            draft.inspectionId = marker->inspectionId;
            draft.capturedBy = marker->userId;
            draft.intake =
                marker->mode == CaptureMode::Audio ? EvidenceIntake::Microphone : EvidenceIntake::Camera;
            draft.sourceDetail = marker->device;
            draft.capturedAtDevice = marker->startedAt;
            // No position: the stamp of the start was not kept, and a later one would be wrong.
            draft.description =
                QCoreApplication::translate(
                    "RecordingJournal", "Recording interrupted; the part recorded before the interruption. "
                                        "Reason given: %1")
                    .arg(givenReason);
            EvidenceService::Added added = keepCapturedFile(*keepPartialIn, marker->file, draft);
            if (added.ok() || added.duplicate) {
                explained.kept = added.record;
                explained.partialFile.clear();
            } else {
                explained.keepError = added.error;
            }
        }
    }

    QJsonObject details{
        {u"reason"_s, givenReason},
        {u"mode"_s, modeKey(marker->mode)},
        {u"started_at"_s, timeText(marker->startedAt)},
        {u"device"_s, marker->device},
    };
    if (!marker->error.isEmpty())
        details.insert(u"error"_s, marker->error);
    if (marker->stoppedAt.isValid())
        details.insert(u"stopped_at"_s, timeText(marker->stoppedAt));
    if (explained.keptAsEvidence())
        details.insert(u"kept_evidence"_s, idText(explained.kept.id));
    else if (!explained.partialFile.isEmpty())
        details.insert(u"partial_file"_s, QDir::toNativeSeparators(explained.partialFile));
    const bool forCase = !marker->caseId.isNull();
    explained.result =
        m_store.recordEvent(userId, u"recording.interrupted"_s, forCase ? u"case"_s : u"inspection"_s,
                            forCase ? marker->caseId : marker->inspectionId, details);
    // The event comes first: if the program stops between the two writes the officer is asked again,
    // which repeats an explanation rather than losing one.
    if (explained.result)
        explained.result = clear();
    return explained;
}

store::StoreResult RecordingJournal::write(const RecordingMarker& marker) {
    return m_store.setMetaValue(
        QString::fromLatin1(MarkerKey),
        QString::fromUtf8(QJsonDocument(toJson(marker)).toJson(QJsonDocument::Compact)));
}

store::StoreResult RecordingJournal::clear() {
    // The meta table has no delete; an empty value reads back as no marker.
    return m_store.setMetaValue(QString::fromLatin1(MarkerKey), QStringLiteral(""));
}

} // namespace fieldcase::evidence

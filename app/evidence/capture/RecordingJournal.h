#pragma once

#include "CaptureDevices.h"

#include "EvidenceService.h"
#include "StoreResult.h"

#include <QDateTime>
#include <QUuid>

#include <optional>

namespace fieldcase::store {
class Store;
}

namespace fieldcase::evidence {

// A video or audio recording that has started and has not (yet) ended cleanly.
struct RecordingMarker {
    QUuid caseId;
    QUuid inspectionId;
    QUuid userId; // who recorded
    CaptureMode mode = CaptureMode::Video;
    QDateTime startedAt; // UTC, the device clock
    QString device;      // the camera's (video) or microphone's (audio) description
    QString file;        // the file the recorder was writing
    QString error;       // translated; why the recorder stopped, empty when the program itself ended
    QDateTime stoppedAt; // when the error stopped it; invalid when the program ended first

    // Whether the file the recorder wrote is there with some bytes in it: worth offering as evidence.
    bool hasPartialFile() const;
};

// Full-process recording (see the domain notes): an interruption of a recording has to be explained
// when recording resumes. The journal keeps a marker in the profile's meta table for as long as a
// recording runs. A clean stop removes it; a recorder error keeps it with the error; a crash or a
// killed process keeps it as it was. The next recording first asks for the reason (explain()), which
// becomes a "recording.interrupted" audit event.
class RecordingJournal {
public:
    static constexpr const char* MarkerKey = "recording_in_progress";

    explicit RecordingJournal(store::Store& store);

    // The marker of an earlier recording that did not end cleanly; empty when there is none.
    std::optional<RecordingMarker> unexplained() const;

    store::StoreResult started(const RecordingMarker& marker);
    // The recorder now writes to `file` (the backend may change the suffix it was asked for).
    store::StoreResult fileChanged(const QString& file);
    store::StoreResult stoppedCleanly();
    store::StoreResult stoppedByError(const QString& error);

    struct Explained {
        store::StoreResult result;
        EvidenceRecord kept; // the partial recording, when it was added as evidence
        QString partialFile; // where the partial recording was left when it was not added
        QString keepError;   // translated; why adding it failed
        bool keptAsEvidence() const { return !kept.id.isNull(); }
    };
    // Records why the unexplained recording was interrupted ("recording.interrupted": the reason, its
    // start, the device, the error when one is known, and what became of its file), then removes the
    // marker. With `keepPartialIn`, a partial file is first added as evidence of the marker's case or
    // inspection, its description noting the interruption; otherwise it is left where it is and the
    // event says where. `reason` must not be blank.
    Explained explain(const QUuid& userId, const QString& reason, EvidenceService* keepPartialIn = nullptr);

private:
    store::StoreResult write(const RecordingMarker& marker);
    store::StoreResult clear();

    store::Store& m_store;
};

} // namespace fieldcase::evidence

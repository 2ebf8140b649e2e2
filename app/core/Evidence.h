#pragma once

#include "EnumTable.h"
#include "InspectionTask.h"
#include "PositionStamp.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace fieldcase {

// The eight legal evidence types (行政处罚法 Art. 46). Photos, video and audio are audio-visual.
enum class EvidenceKind : quint8 {
    Documentary,
    Physical,
    AudioVisual,
    ElectronicData,
    WitnessTestimony,
    PartyStatement,
    ExpertOpinion,
    InspectionRecord,
};

template <> struct EnumTable<EvidenceKind> {
    static constexpr const char* context = "EvidenceKind";
    static constexpr EnumEntry<EvidenceKind> entries[] = {
        {EvidenceKind::Documentary, "documentary", QT_TRANSLATE_NOOP("EvidenceKind", "Documentary evidence")},
        {EvidenceKind::Physical, "physical", QT_TRANSLATE_NOOP("EvidenceKind", "Physical evidence")},
        {EvidenceKind::AudioVisual, "audio_visual",
         QT_TRANSLATE_NOOP("EvidenceKind", "Audio-visual material")},
        {EvidenceKind::ElectronicData, "electronic_data",
         QT_TRANSLATE_NOOP("EvidenceKind", "Electronic data")},
        {EvidenceKind::WitnessTestimony, "witness_testimony",
         QT_TRANSLATE_NOOP("EvidenceKind", "Witness testimony")},
        {EvidenceKind::PartyStatement, "party_statement",
         QT_TRANSLATE_NOOP("EvidenceKind", "Statement of the party")},
        {EvidenceKind::ExpertOpinion, "expert_opinion", QT_TRANSLATE_NOOP("EvidenceKind", "Expert opinion")},
        {EvidenceKind::InspectionRecord, "inspection_record",
         QT_TRANSLATE_NOOP("EvidenceKind", "Inspection or site record")},
    };
};

// How an item entered the device. Recorded because a court weighs a photo taken on the spot
// differently from a file copied off a body camera days later.
enum class EvidenceIntake : quint8 { Camera, Microphone, File, BodyCamera };

template <> struct EnumTable<EvidenceIntake> {
    static constexpr const char* context = "EvidenceIntake";
    static constexpr EnumEntry<EvidenceIntake> entries[] = {
        {EvidenceIntake::Camera, "camera", QT_TRANSLATE_NOOP("EvidenceIntake", "Camera")},
        {EvidenceIntake::Microphone, "microphone", QT_TRANSLATE_NOOP("EvidenceIntake", "Microphone")},
        {EvidenceIntake::File, "file", QT_TRANSLATE_NOOP("EvidenceIntake", "File")},
        {EvidenceIntake::BodyCamera, "body_camera", QT_TRANSLATE_NOOP("EvidenceIntake", "Body camera")},
    };
};

// Metadata of one evidence item. The file itself lives in the evidence vault, named by its hash.
// Every field but `signature` is covered by the device's signature (see canonicalBytes()).
struct EvidenceRecord {
    QUuid id;
    QUuid caseId;       // the case, or
    QUuid inspectionId; // the inspection it belongs to (at least one of the two)
    EvidenceKind kind = EvidenceKind::AudioVisual;
    QString sha256; // lower-case hex of the file's bytes
    qint64 size = 0;
    QString mediaType;
    // The capture moment by the clock that made the file: this device's clock for a capture, the
    // camera's clock (EXIF) or the file's modification time for an import.
    QDateTime capturedAtDevice;
    QDateTime receivedAt; // when the file entered this device (this device's clock)
    PositionStamp position;
    QUuid capturedBy;
    QList<OfficerPresence> officersPresent;
    QUuid deviceId;
    QString description;
    EvidenceIntake intake = EvidenceIntake::File;
    QString sourceDetail; // the body-camera folder or drive, the camera or microphone name
    QString originalName;
    QDateTime originalCreated;
    QDateTime originalModified;
    QByteArray signature; // Ed25519 over canonicalBytes(), by the device key

    // The bytes the device signs: a compact JSON object with sorted keys, times in UTC ISO 8601 with
    // milliseconds, every field but the signature. Stable across store round trips, so a verifier
    // rebuilds it from the stored row.
    QByteArray canonicalBytes() const;
};

} // namespace fieldcase

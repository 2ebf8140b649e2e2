#pragma once

#include "EnumTable.h"
#include "GeoPoint.h"

#include <QDateTime>
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

// Metadata of one evidence item. The file itself lives in the evidence vault, named by its hash.
struct EvidenceRecord {
    QUuid id;
    QUuid caseId;
    QUuid inspectionId;
    EvidenceKind kind = EvidenceKind::AudioVisual;
    QString sha256; // lower-case hex
    qint64 size = 0;
    QString mediaType;
    QDateTime capturedAtDevice;
    QDateTime capturedAtGps;
    std::optional<GeoPoint> position;
    double accuracyMeters = -1;
    QString description;
};

} // namespace fieldcase

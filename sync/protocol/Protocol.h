#pragma once

// The sync protocol's shared vocabulary (see sync/PROTOCOL.md): paths, header names, bounds, error codes and
// the JSON shapes both ends read and write. QtCore only, so the device and the server agree by construction.

#include "Mutation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fieldcase::sync {

inline constexpr int ProtocolVersion = 1;

namespace paths {
inline constexpr char Ping[] = "/v1/ping";
inline constexpr char Enrol[] = "/v1/enrol";
inline constexpr char Login[] = "/v1/login";
inline constexpr char Push[] = "/v1/push";
inline constexpr char Pull[] = "/v1/pull";
inline constexpr char Snapshot[] = "/v1/snapshot";
inline constexpr char Files[] = "/v1/files"; // tus collection; an upload is Files + "/" + id
inline constexpr char Blobs[] = "/v1/blobs"; // a blob is Blobs + "/" + sha256
inline constexpr char ReserveNumbers[] = "/v1/numbers/reserve";
} // namespace paths

namespace headers {
inline constexpr char DeviceToken[] = "X-Device-Token";
inline constexpr char TusResumable[] = "Tus-Resumable";
inline constexpr char TusVersion[] = "1.0.0";
} // namespace headers

namespace limits {
inline constexpr qint64 MaxJsonBody = 8 * 1024 * 1024;
inline constexpr qint64 MaxUploadChunk = 16 * 1024 * 1024;
inline constexpr int MaxPushMutations = 500;
inline constexpr int DefaultPullLimit = 500;
inline constexpr int MaxPullLimit = 1000;
inline constexpr qint64 DefaultPullBytes = 1024 * 1024;
inline constexpr qint64 MaxPullBytes = 4 * 1024 * 1024;
} // namespace limits

// Stable error codes: a device decides what to do, and what to tell the user, from these.
namespace errors {
inline constexpr char BadRequest[] = "bad_request";
inline constexpr char Unauthenticated[] = "unauthenticated";
inline constexpr char DeviceRevoked[] = "device_revoked";
inline constexpr char Forbidden[] = "forbidden";
inline constexpr char NotFound[] = "not_found";
inline constexpr char SequenceGap[] = "sequence_gap";
inline constexpr char Gone[] = "gone";
inline constexpr char LengthRequired[] = "length_required";
inline constexpr char TooLarge[] = "too_large";
inline constexpr char ChecksumMismatch[] = "checksum_mismatch";
inline constexpr char OffsetMismatch[] = "offset_mismatch"; // tus: 409, Upload-Offset is not the upload's
inline constexpr char Internal[] = "internal";              // 500: the server could not do its part
// Per-mutation rejections.
inline constexpr char UnknownKind[] = "unknown_kind";
inline constexpr char OutOfScope[] = "out_of_scope";
inline constexpr char StateChanged[] = "state_changed";
inline constexpr char NotAllowed[] = "not_allowed";
inline constexpr char AlreadyExists[] = "already_exists";
inline constexpr char Immutable[] = "immutable";
} // namespace errors

// An outbox entry on its way to the bureau: its place and id, to match the answer, and the mutation as the
// JSON text a push carries (Mutation::toJsonText).
struct OutgoingMutation {
    qint64 deviceSeq = 0;
    QUuid mutationId;
    QByteArray json;

    Mutation parsed() const { return Mutation::fromJson(QJsonDocument::fromJson(json).object()); }
};

// One field both sides changed: the server kept `theirs`, the device had sent `ours`, both from `base`.
struct FieldConflict {
    QString field;
    QJsonValue base;
    QJsonValue theirs;
    QJsonValue ours;

    QJsonObject toJson() const;
    static FieldConflict fromJson(const QJsonObject& object);
};

enum class MutationStatus { Applied, Merged, Conflict, Rejected };
QString statusKey(MutationStatus status);
std::optional<MutationStatus> statusFromKey(const QString& key);

// What the server did with one pushed mutation; stored under (device_id, device_seq) and resent as is.
struct MutationResult {
    qint64 deviceSeq = 0;
    QUuid mutationId;
    MutationStatus status = MutationStatus::Rejected;
    qint64 version = 0; // the entity's server version after the mutation
    QString code;       // for Rejected: one of errors::
    QString message;
    QList<FieldConflict> conflicts;

    QJsonObject toJson() const;
    // Fails (returns nullopt) on a missing or ill-typed field, so a garbled answer is never taken as success.
    static std::optional<MutationResult> fromJson(const QJsonObject& object);
};

// One entity as it is now on the server, in a pull page.
struct EntityChange {
    qint64 seq = 0;
    QString type;
    QUuid id;
    qint64 version = 0;
    QJsonObject fields;

    QJsonObject toJson() const;
    static std::optional<EntityChange> fromJson(const QJsonObject& object);
};

struct PullPage {
    QList<EntityChange> changes;
    qint64 cursor = 0;
    bool more = false;

    QJsonObject toJson() const;
    static std::optional<PullPage> fromJson(const QJsonObject& object);
};

QJsonObject errorBody(const QString& code, const QString& message);

// The pin a device keeps for its bureau: lower-case hex SHA-256 of the certificate's DER encoding.
inline QString certificatePin(const QByteArray& certificateDer) {
    return QString::fromLatin1(QCryptographicHash::hash(certificateDer, QCryptographicHash::Sha256).toHex());
}

} // namespace fieldcase::sync

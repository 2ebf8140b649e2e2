#pragma once

#include "CaptureDevices.h"

#include "EvidenceService.h"

namespace fieldcase::evidence {

// Where a capture is written while it is made: a folder inside the vault, so it is on the vault's
// disk (the free-space check holds for it, and the copy into the vault is local), and apart from the
// vault's own ".incoming" folder, whose leftovers are removed when the profile opens: a recording cut
// off by a crash must survive until the officer has explained the interruption.
QString captureFolder(const Vault& vault);

// A new, unused file name in captureFolder() for a capture of `mode`, with the suffix of the container
// the capture will be written in (`suffix` without the dot). Creates the folder; empty on failure,
// with `error` set (translated).
QString newCaptureFile(const Vault& vault, const QString& suffix, QString* error);

// Makes a finished capture evidence: the same path a photo takes after the camera has saved it and a
// recording after the recorder has closed its file. `draft` carries the case or inspection, who
// captured it and who was present, the intake (Camera or Microphone), the device as sourceDetail, the
// position stamp and the capture moment, and the description; the kind is audio-visual. The file is
// removed once its bytes are safe in the vault (added, or already evidence of the case); on failure it
// is left where it is and the error names it.
EvidenceService::Added keepCapturedFile(EvidenceService& service, const QString& path, EvidenceRecord draft);

} // namespace fieldcase::evidence

#pragma once

#include "Evidence.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace fieldcase::evidence {

// The text burnt into a stamped copy, one line each, already formatted and translated. Empty lines are
// left out.
struct StampLines {
    QString time;
    QString position;
    QString officers;
    QString caseLabel;

    QStringList nonEmpty() const;
};

// The lines for an evidence record, in the current language: the capture time with its UTC offset,
// the position with its accuracy (marked when stale or poor, so a print never shows a doubtful position
// as a good one), the officers present and the case.
StampLines stampLinesFor(const EvidenceRecord& record, const QString& caseLabel);

// Copies of a photo for display and print with the stamp burnt into a band along the bottom: white
// text on a semi-transparent dark band, sized to the picture, wrapped rather than cut. The original is
// only ever opened for reading; the evidence itself is the vault file, the copy is for people to look at.
// Needs a QGuiApplication (fonts); safe on a worker thread.
class StampedCopy {
public:
    // `image` upright, as it is to be shown. Returns it with the band drawn (RGB32, or ARGB32 when the
    // image has transparency), same size.
    static QImage burn(QImage image, const StampLines& lines);

    // The photo at `originalPath`, turned upright by its EXIF orientation, stamped. Null on failure,
    // with the reason in `error` (translated).
    static QImage fromFile(const QString& originalPath, const StampLines& lines, QString* error = nullptr);

    // As fromFile(), written to `outputPath` as JPEG or PNG (by its suffix). The output is written
    // whole or not at all, and it may never be the original.
    static bool write(const QString& originalPath, const StampLines& lines, const QString& outputPath,
                      QString* error = nullptr);
};

} // namespace fieldcase::evidence

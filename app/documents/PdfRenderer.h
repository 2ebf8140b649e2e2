#pragma once

#include "DocumentData.h"
#include "DocumentFonts.h"
#include "DocumentTemplate.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace fieldcase::documents {

struct RenderResult {
    bool ok = false;
    QString error;             // why nothing was written, in the user's language; empty when ok
    QStringList missingFields; // as missingFields(): the labels of what the document still lacks
    int pageCount = 0;         // of the written PDF; 0 when refused
};

// Lays out an enforcement document on A4 and writes it as PDF, or paints its pages as images for a
// preview. Layout is the same for both (it is done at 1200 dpi, independent of the screen), so the preview
// shows the pages the PDF will have. Needs a QGuiApplication (the offscreen platform will do).
class PdfRenderer {
public:
    // Writes the PDF atomically (QSaveFile): on any failure nothing is written and an existing file at
    // `pdfPath` is left as it was. Refuses a document that lacks required fields (see missingFields), or
    // whose number does not match the template's number pattern.
    RenderResult render(const DocumentTemplate& documentTemplate, const DocumentData& data,
                        const QString& pdfPath) const;
    // The pages at `dpi` (white background). An incomplete document is still drawn, for the screen only:
    // every missing value is marked 〔缺：label〕 in red and each page carries a "draft" watermark.
    QList<QImage> renderPages(const DocumentTemplate& documentTemplate, const DocumentData& data,
                              int dpi = 96) const;
    int pageCount(const DocumentTemplate& documentTemplate, const DocumentData& data) const;
    // The written PDF as bytes, without touching the disk (for signing or packaging); empty on refusal.
    QByteArray renderToBytes(const DocumentTemplate& documentTemplate, const DocumentData& data,
                             RenderResult* result = nullptr) const;
};

} // namespace fieldcase::documents

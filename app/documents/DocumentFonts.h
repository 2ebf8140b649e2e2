#pragma once

#include <QString>

namespace fieldcase::documents {

// The fonts documents are set in, loaded from their files so a PDF looks the same on every device and
// embeds exactly these fonts. Both are TrueType; DocumentFonts.cpp says why not Debian's Noto CJK.
struct DocumentFonts {
    QString body;    // 宋体-style (Ming): AR PL UMing CN, package fonts-arphic-uming
    QString heading; // 黑体-style (sans): WenQuanYi Zen Hei, package fonts-wqy-zenhei
    QString error;   // which font file is missing and which package holds it; empty when both loaded

    bool ok() const { return error.isEmpty(); }
    // Loads both once per process (QFontDatabase::addApplicationFont); needs a QGuiApplication.
    static const DocumentFonts& get();
};

} // namespace fieldcase::documents

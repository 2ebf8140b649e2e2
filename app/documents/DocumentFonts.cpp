#include "DocumentFonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>

// Why these fonts and not Noto Sans/Serif CJK, which Debian installs by default: Qt 6.4's PDF writer embeds
// Noto CJK, but builds the ToUnicode map of the embedded subset by taking, for each glyph, the first code
// point of the font's cmap that maps to it. Noto CJK maps the Kangxi radicals (U+2F00…) and the CJK radicals
// supplement (U+2E80…) to the same glyphs as the ideographs 一, 生, 行, 用, 页…, and those code points come
// first, so 212 of the 216 such ideographs are extracted from the PDF as radicals (生 -> U+2F63 ⽣). A PDF
// whose text cannot be searched or copied exactly is no good for a case file. AR PL UMing and WenQuanYi
// Zen Hei have no such shared glyphs: every ideograph is extracted as itself (tested in TestDocuments).
namespace fieldcase::documents {

namespace {

struct FontFile {
    const char* file;    // under /usr/share/fonts on Debian
    const char* package; // the Debian package holding it
    const char* family;  // the family to use among those in the file
};

constexpr FontFile Body{"truetype/arphic/uming.ttc", "fonts-arphic-uming", "AR PL UMing CN"};
constexpr FontFile Heading{"truetype/wqy/wqy-zenhei.ttc", "fonts-wqy-zenhei", "WenQuanYi Zen Hei"};

// The family, or an empty string with `error` set.
QString load(const FontFile& font, QString* error) {
    // Debian's path first; next to the program for packages that bring their own copy (Windows, macOS).
    const QString name = QFileInfo(QString::fromLatin1(font.file)).fileName();
    const QStringList candidates{
        QStringLiteral("/usr/share/fonts/") + QLatin1String(font.file),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/fieldcase/fonts/") + name,
        QCoreApplication::applicationDirPath() + QStringLiteral("/fonts/") + name,
    };
    for (const QString& path : candidates) {
        if (!QFile::exists(path))
            continue;
        const int id = QFontDatabase::addApplicationFont(path);
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (families.contains(QLatin1String(font.family)))
            return QLatin1String(font.family);
        *error = QCoreApplication::translate("DocumentFonts",
                                             "The font file %1 could not be loaded (it holds %2).")
                     .arg(QDir::toNativeSeparators(path), families.join(QStringLiteral(", ")));
        return {};
    }
    *error = QCoreApplication::translate(
                 "DocumentFonts",
                 "The font %1 for printed documents is missing: install the package %2 (expected at %3).")
                 .arg(QLatin1String(font.family), QLatin1String(font.package), candidates.first());
    return {};
}

DocumentFonts loadAll() {
    DocumentFonts fonts;
    fonts.body = load(Body, &fonts.error);
    if (fonts.error.isEmpty())
        fonts.heading = load(Heading, &fonts.error);
    return fonts;
}

} // namespace

const DocumentFonts& DocumentFonts::get() {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        static const DocumentFonts noApplication{
            {},
            {},
            QCoreApplication::translate("DocumentFonts", "Documents can only be rendered in a program "
                                                         "with a QGuiApplication (offscreen will do).")};
        return noApplication;
    }
    static const DocumentFonts fonts = loadAll();
    return fonts;
}

} // namespace fieldcase::documents

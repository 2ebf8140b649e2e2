#include "QrCodeReader.h"

#include <zbar.h>

namespace fieldcase::ui {

QString readQrCode(const QImage& image) {
    if (image.isNull())
        return {};
    // ZBar scans 8-bit grey ("Y800"); a photo of a screen or paper is converted, not thresholded, so
    // ZBar's own binarisation sees the real contrast.
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QByteArray pixels;
    pixels.reserve(grey.width() * grey.height());
    for (int y = 0; y < grey.height(); ++y)
        pixels.append(reinterpret_cast<const char*>(grey.constScanLine(y)), grey.width());

    zbar::ImageScanner scanner;
    scanner.set_config(zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    scanner.set_config(zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    zbar::Image zimage(grey.width(), grey.height(), "Y800", pixels.constData(), pixels.size());
    if (scanner.scan(zimage) <= 0)
        return {};
    for (auto symbol = zimage.symbol_begin(); symbol != zimage.symbol_end(); ++symbol) {
        if (symbol->get_type() == zbar::ZBAR_QRCODE)
            return QString::fromUtf8(symbol->get_data());
    }
    return {};
}

} // namespace fieldcase::ui

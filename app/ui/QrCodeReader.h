#pragma once

#include <QImage>
#include <QString>

namespace fieldcase::ui {

// Reads the text of the first QR code in an image (the enrolment invite the bureau's administrator prints
// or sends as a picture), with the ZBar library. Empty when the image holds no readable QR code.
QString readQrCode(const QImage& image);

} // namespace fieldcase::ui

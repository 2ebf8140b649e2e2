#include "EnrolmentInvite.h"
#include "QrCodeReader.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <QTransform>

#include <qrencode.h>

using namespace fieldcase;
using namespace Qt::StringLiterals;

namespace {

// A QR image as the server writes one: black modules, a quiet zone of four modules.
QImage encode(const QString& text, int moduleSize) {
    QRcode* code = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int quiet = 4;
    const int side = (code->width + 2 * quiet) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize, moduleSize,
                                 Qt::black);
        }
    }
    QRcode_free(code);
    return image;
}

const sync::EnrolmentInvite Invite{QUrl(u"https://127.0.0.1:8443"_s), u"K7QW9ZR4TB2MX8PD"_s,
                                   QString(64, u'f')};

} // namespace

class TestQrCodeReader : public QObject {
    Q_OBJECT
private slots:
    void readsTheInviteTheServerPrints() {
        const QString text = ui::readQrCode(encode(Invite.toText(), 6));
        const std::optional<sync::EnrolmentInvite> invite = sync::EnrolmentInvite::parse(text);
        QVERIFY2(invite, qPrintable(text));
        QCOMPARE(invite->code, Invite.code);
        QCOMPARE(invite->server, Invite.server);
        QCOMPARE(invite->pin, Invite.pin);
    }

    void readsAPhotographedCode() {
        // A photo: larger, turned a little, on grey paper with sensor noise.
        QImage photo(900, 900, QImage::Format_RGB32);
        photo.fill(QColor(200, 200, 195));
        QPainter painter(&photo);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(450, 450);
        painter.rotate(7);
        const QImage code = encode(Invite.toText(), 9);
        painter.drawImage(-code.width() / 2, -code.height() / 2, code);
        painter.end();
        QRandomGenerator noise(7);
        for (int i = 0; i < 8000; ++i)
            photo.setPixel(noise.bounded(900), noise.bounded(900), qRgb(128, 128, 128));
        QCOMPARE(ui::readQrCode(photo), Invite.toText());
    }

    void imagesWithoutACodeGiveNothing() {
        QImage blank(300, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(ui::readQrCode(blank).isEmpty());
        QVERIFY(ui::readQrCode(QImage()).isEmpty());
    }
};

QTEST_MAIN(TestQrCodeReader)
#include "TestQrCodeReader.moc"

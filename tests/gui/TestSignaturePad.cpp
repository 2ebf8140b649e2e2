// The signature pad and dialog on their real widgets, offscreen: ink from the mouse, a finger and a pen,
// the cropped image the documents embed, the raw strokes for the record, and when the dialog lets the
// officer confirm a signature or a refusal.
#include "GuiTestFixture.h"
#include "SignatureDialog.h"
#include "SignaturePad.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabletEvent>

#include <memory>

using namespace fieldcase::ui;

namespace {

const QString DocumentTitle = QStringLiteral("现场检查（勘察）笔录");
const QString PlaceLabel = QStringLiteral("被检查人签名");

// A stroke through `points` with the left button held, as a mouse user draws it.
void mouseStroke(QWidget* pad, const QList<QPoint>& points) {
    QTest::mousePress(pad, Qt::LeftButton, {}, points.first());
    for (qsizetype i = 1; i < points.size(); ++i)
        QTest::mouseMove(pad, points[i]);
    QTest::mouseRelease(pad, Qt::LeftButton, {}, points.last());
}

// A horizontal line of `steps` samples from `from`, `length` pixels long.
QList<QPoint> line(QPoint from, int length, int steps = 10) {
    QList<QPoint> points;
    for (int i = 0; i <= steps; ++i)
        points << from + QPoint(length * i / steps, 0);
    return points;
}

bool isInk(QRgb pixel) {
    return qAlpha(pixel) > 128 && qGray(pixel) < 64;
}

// Where the image has ink, in image pixels.
QRect inkRect(const QImage& image) {
    QRect bounds;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (isInk(image.pixel(x, y)))
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

int inkInColumn(const QImage& image, int x, int fromY, int toY) {
    int count = 0;
    for (int y = std::max(fromY, 0); y < std::min(toY, image.height()); ++y)
        count += isInk(image.pixel(x, y)) ? 1 : 0;
    return count;
}

bool transparentCorners(const QImage& image) {
    const int right = image.width() - 1;
    const int bottom = image.height() - 1;
    for (const QPoint corner : {QPoint(0, 0), QPoint(right, 0), QPoint(0, bottom), QPoint(right, bottom)}) {
        if (qAlpha(image.pixel(corner)) != 0)
            return false;
    }
    return true;
}

void sendTablet(QWidget* pad, const QPointingDevice* pen, QEvent::Type type, QPointF position,
                qreal pressure) {
    const Qt::MouseButton button = type == QEvent::TabletMove ? Qt::NoButton : Qt::LeftButton;
    const Qt::MouseButtons buttons = type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton;
    QTabletEvent event(type, pen, position, pad->mapToGlobal(position), pressure, 0, 0, 0, 0, 0,
                       Qt::NoModifier, button, buttons);
    QApplication::sendEvent(pad, &event);
}

QPushButton* okButton(QDialog* dialog) {
    auto* box = child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"));
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace

class TestSignaturePad : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SignaturePad> m_pad;

    SignaturePad* shownPad() {
        m_pad = std::make_unique<SignaturePad>();
        m_pad->resize(600, 240);
        m_pad->show();
        return QTest::qWaitForWindowExposed(m_pad.get()) ? m_pad.get() : nullptr;
    }

private slots:
    void cleanup() { m_pad.reset(); }

    void startsEmptyWithAFingerSizedMinimum() {
        SignaturePad* pad = shownPad();
        QVERIFY(pad);
        QVERIFY(pad->isEmpty());
        QVERIFY(pad->image().isNull());
        QVERIFY(pad->minimumSizeHint().width() >= 480);
        QVERIFY(pad->minimumSizeHint().height() >= 200);
        QVERIFY(pad->testAttribute(Qt::WA_AcceptTouchEvents));
    }

    void mouseInkIsCroppedToTheSignature() {
        SignaturePad* pad = shownPad();
        QVERIFY(pad);
        QSignalSpy changed(pad, &SignaturePad::changed);
        mouseStroke(pad, line({100, 120}, 300));
        QVERIFY(!pad->isEmpty());
        QCOMPARE(pad->strokes().size(), 1);
        QCOMPARE(pad->strokes().first().input, SignatureStroke::Input::Mouse);
        QCOMPARE(pad->strokes().first().points.size(), 11);
        QVERIFY(changed.count() >= 1);

        const QImage image = pad->image();
        QVERIFY(!image.isNull());
        QVERIFY(image.hasAlphaChannel());
        QVERIFY(transparentCorners(image));
        // The 300 pixels of ink and a margin on either side, not the 600 x 240 pad.
        QVERIFY2(image.width() >= 300 + 2 * 8 && image.width() <= 300 + 2 * 8 + 12,
                 qPrintable(QString::number(image.width())));
        QVERIFY2(image.height() >= 2 * 8 && image.height() <= 2 * 8 + 12,
                 qPrintable(QString::number(image.height())));
        const QRect ink = inkRect(image);
        QVERIFY(ink.isValid());
        QVERIFY2(ink.left() >= 8 && ink.left() <= 12, qPrintable(QString::number(ink.left())));
        QVERIFY2(image.width() - 1 - ink.right() >= 8, qPrintable(QString::number(ink.right())));
        QVERIFY(ink.width() >= 300);
        QVERIFY(ink.height() >= 2 && ink.height() <= 6);

        // Drawn again at most 100 x 100: scaled down to fit, the proportions kept.
        const QImage small = pad->image(QSize(100, 100));
        QVERIFY(small.width() <= 100 && small.height() <= 100);
        QVERIFY(small.width() >= 99);
        QVERIFY(qAbs(double(small.width()) / small.height() - double(image.width()) / image.height()) < 1.0);
        QVERIFY(inkRect(small).isValid());
    }

    void touchDrawsOneStroke() {
        SignaturePad* pad = shownPad();
        QVERIFY(pad);
        QPointingDevice* touchScreen = QTest::createTouchDevice();
        QTest::touchEvent(pad, touchScreen).press(0, {50, 50});
        QTest::touchEvent(pad, touchScreen).move(0, {90, 70});
        QTest::touchEvent(pad, touchScreen).move(0, {130, 90});
        QTest::touchEvent(pad, touchScreen).move(0, {170, 110});
        QTest::touchEvent(pad, touchScreen).release(0, {170, 110});
        // One stroke: no second one from mouse events made up from the touch.
        QCOMPARE(pad->strokes().size(), 1);
        const SignatureStroke& stroke = pad->strokes().first();
        QCOMPARE(stroke.input, SignatureStroke::Input::Touch);
        QCOMPARE(stroke.points.size(), 4);
        QCOMPARE(stroke.points.first().position, QPointF(50, 50));
        QCOMPARE(stroke.points.last().position, QPointF(170, 110));

        const QImage image = pad->image();
        QVERIFY(!image.isNull());
        const QRect ink = inkRect(image);
        // A diagonal of 120 x 60.
        QVERIFY2(ink.width() >= 120 && ink.width() <= 128, qPrintable(QString::number(ink.width())));
        QVERIFY2(ink.height() >= 60 && ink.height() <= 68, qPrintable(QString::number(ink.height())));

        // A second finger while the first is down (the heel of the hand) leaves no ink.
        QTest::touchEvent(pad, touchScreen).press(0, {300, 50});
        QTest::touchEvent(pad, touchScreen).stationary(0).press(1, {300, 200});
        QTest::touchEvent(pad, touchScreen).move(0, {350, 50}).move(1, {400, 200});
        QTest::touchEvent(pad, touchScreen).release(0, {350, 50}).release(1, {400, 200});
        QCOMPARE(pad->strokes().size(), 2);
        for (const SignaturePoint& point : pad->strokes().last().points)
            QCOMPARE(point.position.y(), 50.0);
    }

    void penPressureSetsTheWidth() {
        SignaturePad* pad = shownPad();
        QVERIFY(pad);
        const QPointingDevice pen(QStringLiteral("test pen"), 4242, QInputDevice::DeviceType::Stylus,
                                  QPointingDevice::PointerType::Pen,
                                  QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1,
                                  2);
        const auto penStroke = [&](int y, qreal pressure) {
            sendTablet(pad, &pen, QEvent::TabletPress, QPointF(100, y), pressure);
            for (int x = 120; x <= 400; x += 20)
                sendTablet(pad, &pen, QEvent::TabletMove, QPointF(x, y), pressure);
            sendTablet(pad, &pen, QEvent::TabletRelease, QPointF(400, y), 0);
        };
        penStroke(60, 0.1);
        penStroke(160, 0.95);
        QCOMPARE(pad->strokes().size(), 2);
        QCOMPARE(pad->strokes().first().input, SignatureStroke::Input::Pen);
        QCOMPARE(pad->strokes().first().points.first().pressure, 0.1);
        QCOMPARE(pad->strokes().last().points.last().pressure, 0.95);

        const QImage image = pad->image();
        const QRect ink = inkRect(image);
        const int middle = ink.left() + ink.width() / 2;
        const int light = inkInColumn(image, middle, ink.top(), ink.top() + ink.height() / 2);
        const int firm = inkInColumn(image, middle, ink.top() + ink.height() / 2, ink.bottom() + 1);
        QVERIFY2(light >= 1 && firm >= light + 2,
                 qPrintable(QStringLiteral("light %1 px, firm %2 px").arg(light).arg(firm)));
    }

    void undoRemovesTheLastStrokeAndClearEmpties() {
        SignaturePad* pad = shownPad();
        QVERIFY(pad);
        mouseStroke(pad, line({100, 60}, 100));
        mouseStroke(pad, line({100, 180}, 300));
        QCOMPARE(pad->strokes().size(), 2);
        QVERIFY(pad->image().width() > 300);
        QVERIFY(pad->image().height() > 120);

        QSignalSpy changed(pad, &SignaturePad::changed);
        pad->undoStroke();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(pad->strokes().size(), 1);
        QCOMPARE(pad->strokes().first().points.first().position, QPointF(100, 60));
        const QImage remaining = pad->image();
        QVERIFY2(remaining.width() < 100 + 2 * 8 + 12, qPrintable(QString::number(remaining.width())));
        QVERIFY(remaining.height() < 30);

        pad->clear();
        QCOMPARE(changed.count(), 2);
        QVERIFY(pad->isEmpty());
        QVERIFY(pad->image().isNull());
        pad->undoStroke();
        QCOMPARE(changed.count(), 2);
    }

    void strokesJsonHoldsThePoints() {
        SignaturePad* pad = shownPad();
        QVERIFY(pad);
        mouseStroke(pad, {{10, 20}, {30, 40}, {50, 45}});
        mouseStroke(pad, {{200, 100}, {250, 120}});

        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(pad->strokesJson(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = document.object();
        QCOMPARE(root.value(QStringLiteral("width")).toInt(), 600);
        QCOMPARE(root.value(QStringLiteral("height")).toInt(), 240);
        QCOMPARE(root.value(QStringLiteral("pointFields")).toArray(),
                 (QJsonArray{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("pressure"),
                             QStringLiteral("ms")}));
        const QJsonArray strokes = root.value(QStringLiteral("strokes")).toArray();
        QCOMPARE(strokes.size(), 2);
        QCOMPARE(strokes[0].toObject().value(QStringLiteral("input")).toString(), QStringLiteral("mouse"));
        const QJsonArray first = strokes[0].toObject().value(QStringLiteral("points")).toArray();
        QCOMPARE(first.size(), 3);
        const QList<QPoint> expected{{10, 20}, {30, 40}, {50, 45}};
        qint64 lastMs = 0;
        for (qsizetype i = 0; i < first.size(); ++i) {
            const QJsonArray point = first[i].toArray();
            QCOMPARE(point.size(), 4);
            QCOMPARE(point[0].toDouble(), double(expected[i].x()));
            QCOMPARE(point[1].toDouble(), double(expected[i].y()));
            QCOMPARE(point[2].toDouble(), SignaturePad::NominalPressure);
            QVERIFY(point[3].toInteger() >= lastMs);
            lastMs = point[3].toInteger();
        }
        const QJsonArray second = strokes[1].toObject().value(QStringLiteral("points")).toArray();
        QCOMPARE(second.size(), 2);
        QCOMPARE(second[1].toArray()[0].toDouble(), 250.0);
        QVERIFY(second[0].toArray()[3].toInteger() >= lastMs);
    }

    void okNeedsANameAndInk() {
        SignatureDialog dialog(DocumentTitle, PlaceLabel, SignatureDialog::Signer::Party);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* pad = child<SignaturePad>(&dialog, QStringLiteral("signaturePad"));
        auto* name = child<QLineEdit>(&dialog, QStringLiteral("signerNameField"));
        auto* undo = child<QPushButton>(&dialog, QStringLiteral("undoButton"));
        auto* clear = child<QPushButton>(&dialog, QStringLiteral("clearButton"));
        QPushButton* ok = okButton(&dialog);
        QVERIFY(pad && name && undo && clear && ok);
        QVERIFY(!name->isReadOnly());
        QVERIFY(!ok->isEnabled());

        typeThroughInputMethod(name, QStringLiteral("王建国"));
        QCOMPARE(name->text(), QStringLiteral("王建国"));
        QVERIFY(!ok->isEnabled());

        mouseStroke(pad, line({100, 150}, 200));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(pad->isEmpty());
        QVERIFY(!ok->isEnabled());

        mouseStroke(pad, line({100, 150}, 200));
        name->clear();
        QVERIFY(!ok->isEnabled());
        name->setText(QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        name->setText(QStringLiteral(" 王建国 "));
        QVERIFY(ok->isEnabled());

        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(pad->isEmpty());
        QVERIFY(!ok->isEnabled());

        mouseStroke(pad, line({100, 150}, 200));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const SignatureCapture capture = dialog.capture();
        QCOMPARE(capture.signerName, QStringLiteral("王建国"));
        QVERIFY(!capture.refused);
        QVERIFY(!capture.image.isNull());
        QCOMPARE(capture.image, pad->image());
        QCOMPARE(capture.strokes, pad->strokesJson());
        QCOMPARE(capture.signedAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(capture.signedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        const QByteArray png = capture.pngBytes();
        QVERIFY(png.startsWith("\x89PNG"));
        const QImage decoded = QImage::fromData(png, "PNG");
        QCOMPARE(decoded.size(), capture.image.size());
        QCOMPARE(decoded.convertToFormat(QImage::Format_ARGB32),
                 capture.image.convertToFormat(QImage::Format_ARGB32));
        QCOMPARE(capture.sha256Hex().size(), 64);
        QCOMPARE(capture.sha256Hex(),
                 QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    }

    void refusalNeedsAWitnessAndANote() {
        SignatureDialog dialog(DocumentTitle, PlaceLabel, SignatureDialog::Signer::Party,
                               QStringLiteral("王建国"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* pad = child<SignaturePad>(&dialog, QStringLiteral("signaturePad"));
        auto* refused = child<QCheckBox>(&dialog, QStringLiteral("refusedCheck"));
        auto* witness = child<QLineEdit>(&dialog, QStringLiteral("witnessNameField"));
        auto* note = child<QPlainTextEdit>(&dialog, QStringLiteral("refusalNoteField"));
        QPushButton* ok = okButton(&dialog);
        QVERIFY(pad && refused && witness && note && ok);
        QVERIFY(refused->isVisible());
        QVERIFY(!witness->isVisible());
        QVERIFY(pad->isVisible());

        mouseStroke(pad, line({100, 150}, 200));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(refused, Qt::LeftButton);
        QVERIFY(refused->isChecked());
        QVERIFY(!pad->isVisible());
        QVERIFY(!pad->isEnabled());
        QVERIFY(witness->isVisible());
        QVERIFY(!ok->isEnabled());

        typeThroughInputMethod(witness, QStringLiteral("李桂兰"));
        QVERIFY(!ok->isEnabled());
        typeThroughInputMethod(note, QStringLiteral("当事人拒绝签名，全程执法记录仪录像。"));
        QVERIFY(ok->isEnabled());
        witness->clear();
        QVERIFY(!ok->isEnabled());
        typeThroughInputMethod(witness, QStringLiteral("李桂兰"));
        QVERIFY(ok->isEnabled());

        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const SignatureCapture capture = dialog.capture();
        QVERIFY(capture.refused);
        QVERIFY(capture.image.isNull());
        QVERIFY(capture.strokes.isEmpty());
        QVERIFY(capture.pngBytes().isEmpty());
        QVERIFY(capture.sha256Hex().isEmpty());
        QCOMPARE(capture.signerName, QStringLiteral("王建国"));
        QCOMPARE(capture.witnessName, QStringLiteral("李桂兰"));
        QCOMPARE(capture.refusalNote, QStringLiteral("当事人拒绝签名，全程执法记录仪录像。"));
        QCOMPARE(capture.signedAt.timeSpec(), Qt::UTC);

        // Changing one's mind brings back the ink drawn before.
        QTest::mouseClick(refused, Qt::LeftButton);
        QVERIFY(pad->isVisibleTo(&dialog) && pad->isEnabled());
        QVERIFY(ok->isEnabled());
        QVERIFY(!dialog.capture().refused);
        QVERIFY(!dialog.capture().image.isNull());
    }

    void anOfficerSignsUnderTheAccountName() {
        SignatureDialog dialog(DocumentTitle, QStringLiteral("执法人员签名"),
                               SignatureDialog::Signer::Officer, QStringLiteral("张伟"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* name = child<QLineEdit>(&dialog, QStringLiteral("signerNameField"));
        auto* refused = child<QCheckBox>(&dialog, QStringLiteral("refusedCheck"));
        auto* pad = child<SignaturePad>(&dialog, QStringLiteral("signaturePad"));
        QPushButton* ok = okButton(&dialog);
        QVERIFY(name && refused && pad && ok);
        QVERIFY(name->isReadOnly());
        QCOMPARE(name->text(), QStringLiteral("张伟"));
        QVERIFY(!refused->isVisible());
        QVERIFY(!ok->isEnabled());
        mouseStroke(pad, line({100, 150}, 200));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.capture().signerName, QStringLiteral("张伟"));
    }
};

QTEST_MAIN(TestSignaturePad)
#include "TestSignaturePad.moc"

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDialog>
#include <QImage>
#include <QString>

#include <memory>
#include <optional>

#include "Signatures.h"

namespace Ui {
class SignatureDialog;
}

namespace fieldcase::ui {

// One signature place of a document as captured on site: the ink, or the signer's refusal as a witness
// confirmed it.
struct SignatureCapture {
    QString signerName;
    // Black ink on transparent, cropped to the signature; null when the signer refused.
    QImage image;
    // SignaturePad::strokesJson(); empty when the signer refused.
    QByteArray strokes;
    bool refused = false;
    QString witnessName;
    QString refusalNote;
    QDateTime signedAt; // UTC

    // The image as PNG, what the document embeds and the hash covers; empty without an image.
    QByteArray pngBytes() const;
    // SHA-256 of pngBytes(), lower-case hex; empty without an image.
    QString sha256Hex() const;
};

class SignatureDialog : public QDialog {
    Q_OBJECT
public:
    enum class Signer {
        // The name comes from the officer's account and cannot be changed; an officer cannot refuse.
        Officer,
        Party,
        Witness,
    };

    SignatureDialog(const QString& documentTitle, const QString& placeLabel, Signer signer,
                    const QString& signerName = {}, QWidget* parent = nullptr);
    ~SignatureDialog() override;

    SignatureCapture capture() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void setRefused(bool refused);
    void updateState();
    QString missing() const;

    std::unique_ptr<Ui::SignatureDialog> m_ui;
    QDateTime m_signedAt;
};

// The stored form of a capture for one signature place of a record (entity type and id, place).
store::SignatureRecord signatureRecord(const SignatureCapture& capture, const QString& entityType,
                                       const QUuid& entityId, const QString& place);
// The latest signature at `place` among a record's signatures.
std::optional<store::SignatureRecord> latestSignatureAt(const QList<store::SignatureRecord>& signatures,
                                                        const QString& place);
// "Signed by 王经理 at …", "Refused to sign; witnessed by …", or "Not signed yet".
QString signatureStatus(const std::optional<store::SignatureRecord>& signature);

} // namespace fieldcase::ui

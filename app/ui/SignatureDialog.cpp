#include "SignatureDialog.h"
#include "ui_SignatureDialog.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QLocale>
#include <QPushButton>

namespace fieldcase::ui {

QByteArray SignatureCapture::pngBytes() const {
    if (image.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString SignatureCapture::sha256Hex() const {
    const QByteArray png = pngBytes();
    if (png.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
}

SignatureDialog::SignatureDialog(const QString& documentTitle, const QString& placeLabel, Signer signer,
                                 const QString& signerName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignatureDialog>()) {
    m_ui->setupUi(this);
    QFont titleFont = m_ui->documentTitleLabel->font();
    titleFont.setBold(true);
    m_ui->documentTitleLabel->setFont(titleFont);
    m_ui->documentTitleLabel->setText(documentTitle);
    m_ui->placeLabel->setText(placeLabel);

    m_ui->signerNameField->setText(signerName);
    // An officer signs under the account's name; without one the officer types it like anyone else.
    m_ui->signerNameField->setReadOnly(signer == Signer::Officer && !signerName.trimmed().isEmpty());
    m_ui->refusedCheck->setVisible(signer != Signer::Officer);
    m_ui->undoButton->setShortcut(QKeySequence::Undo);

    connect(m_ui->signaturePad, &SignaturePad::changed, this, &SignatureDialog::updateState);
    connect(m_ui->undoButton, &QPushButton::clicked, m_ui->signaturePad, &SignaturePad::undoStroke);
    connect(m_ui->clearButton, &QPushButton::clicked, m_ui->signaturePad, &SignaturePad::clear);
    connect(m_ui->refusedCheck, &QCheckBox::toggled, this, &SignatureDialog::setRefused);
    connect(m_ui->signerNameField, &QLineEdit::textChanged, this, &SignatureDialog::updateState);
    connect(m_ui->witnessNameField, &QLineEdit::textChanged, this, &SignatureDialog::updateState);
    connect(m_ui->refusalNoteField, &QPlainTextEdit::textChanged, this, &SignatureDialog::updateState);

    setRefused(false);
    if (!m_ui->signerNameField->isReadOnly() && signerName.trimmed().isEmpty())
        m_ui->signerNameField->setFocus();
}

SignatureDialog::~SignatureDialog() = default;

void SignatureDialog::setRefused(bool refused) {
    m_ui->signatureStack->setCurrentWidget(refused ? m_ui->refusalPage : m_ui->padPage);
    m_ui->signaturePad->setEnabled(!refused);
    m_ui->undoButton->setVisible(!refused);
    m_ui->clearButton->setVisible(!refused);
    if (refused)
        m_ui->witnessNameField->setFocus();
    updateState();
}

// What still keeps OK disabled, as a hint next to it; empty when the capture is complete.
QString SignatureDialog::missing() const {
    if (m_ui->refusedCheck->isChecked()) {
        if (m_ui->witnessNameField->text().trimmed().isEmpty())
            return tr("Enter the witness's name.");
        if (m_ui->refusalNoteField->toPlainText().trimmed().isEmpty())
            return tr("Describe how the refusal was recorded.");
        return {};
    }
    const bool noName = m_ui->signerNameField->text().trimmed().isEmpty();
    const bool noInk = m_ui->signaturePad->isEmpty();
    if (noName && noInk)
        return tr("Enter the signer's name and sign in the box.");
    if (noName)
        return tr("Enter the signer's name.");
    if (noInk)
        return tr("Sign in the box.");
    return {};
}

void SignatureDialog::updateState() {
    const QString text = missing();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    m_ui->missingLabel->setText(text);
    const bool hasInk = !m_ui->signaturePad->isEmpty();
    m_ui->undoButton->setEnabled(hasInk);
    m_ui->clearButton->setEnabled(hasInk);
}

SignatureCapture SignatureDialog::capture() const {
    SignatureCapture capture;
    capture.signerName = m_ui->signerNameField->text().trimmed();
    capture.refused = m_ui->refusedCheck->isChecked();
    if (capture.refused) {
        capture.witnessName = m_ui->witnessNameField->text().trimmed();
        capture.refusalNote = m_ui->refusalNoteField->toPlainText().trimmed();
    } else {
        capture.image = m_ui->signaturePad->image();
        capture.strokes = m_ui->signaturePad->strokesJson();
    }
    capture.signedAt = m_signedAt.isValid() ? m_signedAt : QDateTime::currentDateTimeUtc();
    return capture;
}

void SignatureDialog::accept() {
    // The moment of signing is when the signer confirms, not when the record is written later.
    m_signedAt = QDateTime::currentDateTimeUtc();
    QDialog::accept();
}

void SignatureDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        // The form has no text for the document and place labels, so retranslateUi() leaves them alone.
        m_ui->retranslateUi(this);
        updateState();
    }
    QDialog::changeEvent(event);
}

store::SignatureRecord signatureRecord(const SignatureCapture& capture, const QString& entityType,
                                       const QUuid& entityId, const QString& place) {
    store::SignatureRecord record;
    record.entityType = entityType;
    record.entityId = entityId;
    record.place = place;
    record.signerName = capture.signerName;
    record.png = capture.pngBytes();
    record.sha256 = capture.sha256Hex();
    record.strokes = capture.strokes;
    record.refused = capture.refused;
    record.witnessName = capture.witnessName;
    record.refusalNote = capture.refusalNote;
    record.signedAt = capture.signedAt;
    return record;
}

std::optional<store::SignatureRecord> latestSignatureAt(const QList<store::SignatureRecord>& signatures,
                                                        const QString& place) {
    const auto found = std::find_if(signatures.rbegin(), signatures.rend(),
                                    [&](const store::SignatureRecord& s) { return s.place == place; });
    return found == signatures.rend() ? std::nullopt : std::optional(*found);
}

QString signatureStatus(const std::optional<store::SignatureRecord>& signature) {
    if (!signature)
        return SignatureDialog::tr("Not signed yet");
    if (signature->refused)
        return SignatureDialog::tr("Refused to sign; witnessed by %1").arg(signature->witnessName);
    return SignatureDialog::tr("Signed by %1 at %2")
        .arg(signature->signerName,
             QLocale().toString(signature->signedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace fieldcase::ui

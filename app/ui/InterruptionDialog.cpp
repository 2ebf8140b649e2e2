#include "InterruptionDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldcase::ui {

InterruptionDialog::InterruptionDialog(const evidence::RecordingMarker& marker, QWidget* parent)
    : QDialog(parent)
    , m_marker(marker) {
    setObjectName(QStringLiteral("InterruptionDialog"));
    auto* layout = new QVBoxLayout(this);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("interruptionExplanation"));
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);
    m_reasonLabel = new QLabel(this);
    layout->addWidget(m_reasonLabel);
    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("interruptionReasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonLabel->setBuddy(m_reasonEdit);
    layout->addWidget(m_reasonEdit);
    if (marker.hasPartialFile()) {
        m_keepPartialCheck = new QCheckBox(this);
        m_keepPartialCheck->setObjectName(QStringLiteral("keepPartialCheck"));
        m_keepPartialCheck->setChecked(true);
        layout->addWidget(m_keepPartialCheck);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("interruptionCancelButton"));
    m_okButton = new QPushButton(this);
    m_okButton->setObjectName(QStringLiteral("interruptionOkButton"));
    m_okButton->setDefault(true);
    m_okButton->setEnabled(false);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_okButton);
    layout->addLayout(buttons);

    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this,
            [this] { m_okButton->setEnabled(!reason().isEmpty()); });
    connect(m_okButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
}

QString InterruptionDialog::reason() const {
    return m_reasonEdit->toPlainText().trimmed();
}

bool InterruptionDialog::keepPartialRecording() const {
    return m_keepPartialCheck && m_keepPartialCheck->isChecked();
}

void InterruptionDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void InterruptionDialog::retranslate() {
    setWindowTitle(tr("Recording interrupted"));
    const QLocale locale;
    const QString started = locale.toString(m_marker.startedAt.toLocalTime(), QLocale::ShortFormat);
    QString text = m_marker.mode == evidence::CaptureMode::Audio
                       ? tr("The audio recording started at %1 with %2 did not end normally.")
                       : tr("The video recording started at %1 with %2 did not end normally.");
    text = text.arg(started, m_marker.device);
    if (!m_marker.error.isEmpty())
        text += u' ' + tr("It stopped with this error: %1").arg(m_marker.error);
    text += u' ' +
            tr("Full-process recording requires the interruption to be explained before recording goes on.");
    m_explanation->setText(text);
    m_reasonLabel->setText(tr("&Why was the recording interrupted?"));
    if (m_keepPartialCheck) {
        m_keepPartialCheck->setText(
            tr("Add the part recorded before the interruption (%1) to the case as evidence")
                .arg(locale.formattedDataSize(QFileInfo(m_marker.file).size())));
        m_keepPartialCheck->setToolTip(QDir::toNativeSeparators(m_marker.file));
    }
    m_okButton->setText(tr("Record the reason"));
    m_cancelButton->setText(tr("Cancel"));
}

} // namespace fieldcase::ui

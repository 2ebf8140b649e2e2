#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

namespace fieldcase::ui {

SettingsDialog::SettingsDialog(const UiSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>()) {
    m_ui->setupUi(this);
    fillLanguages();
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(int(settings.language)));
    m_ui->highContrastCheck->setChecked(settings.highContrast);
    m_ui->tabletModeCheck->setChecked(settings.tabletMode);
    m_ui->idleLockSpin->setMaximum(UiSettings::MaxIdleLockMinutes);
    m_ui->idleLockSpin->setValue(settings.idleLockMinutes);

    fillPositionSources();
    m_ui->positionSourceCombo->setCurrentIndex(
        m_ui->positionSourceCombo->findData(int(settings.position.kind)));
    m_ui->serialPortField->setText(settings.position.serialPort);
    m_ui->nmeaAddressField->setText(settings.position.tcpAddress);
    m_ui->nmeaFileField->setText(settings.position.filePath);
    m_ui->checkInRadiusSpin->setValue(qRound(settings.position.checkInRadiusMeters));
    connect(m_ui->positionSourceCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::showPositionSourceFields);
    showPositionSourceFields();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages() {
    QComboBox* combo = m_ui->languageCombo;
    const int selected = combo->currentIndex();
    combo->clear();
    combo->addItem(tr("System language"), int(Language::System));
    // Each language is named in itself, so someone who cannot read the current one still finds theirs.
    combo->addItem(QStringLiteral("简体中文"), int(Language::Chinese));
    combo->addItem(QStringLiteral("English"), int(Language::English));
    combo->setCurrentIndex(qMax(selected, 0));
}

void SettingsDialog::fillPositionSources() {
    using Kind = evidence::PositionSourceConfig::Kind;
    QComboBox* combo = m_ui->positionSourceCombo;
    const int selected = combo->currentIndex();
    combo->clear();
    combo->addItem(tr("This device's location service"), int(Kind::System));
    combo->addItem(tr("GPS receiver on a serial port (NMEA)"), int(Kind::NmeaSerial));
    combo->addItem(tr("NMEA stream over the network"), int(Kind::NmeaTcp));
    combo->addItem(tr("Recorded NMEA file (training)"), int(Kind::NmeaFile));
    combo->setCurrentIndex(qMax(selected, 0));
}

// Only the field the chosen source needs is editable; the others keep their text for switching back.
void SettingsDialog::showPositionSourceFields() {
    using Kind = evidence::PositionSourceConfig::Kind;
    const Kind kind = Kind(m_ui->positionSourceCombo->currentData().toInt());
    m_ui->serialPortField->setEnabled(kind == Kind::NmeaSerial);
    m_ui->nmeaAddressField->setEnabled(kind == Kind::NmeaTcp);
    m_ui->nmeaFileField->setEnabled(kind == Kind::NmeaFile);
}

UiSettings SettingsDialog::settings() const {
    UiSettings settings;
    settings.language = Language(m_ui->languageCombo->currentData().toInt());
    settings.highContrast = m_ui->highContrastCheck->isChecked();
    settings.tabletMode = m_ui->tabletModeCheck->isChecked();
    settings.idleLockMinutes = m_ui->idleLockSpin->value();
    settings.position.kind =
        evidence::PositionSourceConfig::Kind(m_ui->positionSourceCombo->currentData().toInt());
    settings.position.serialPort = m_ui->serialPortField->text().trimmed();
    settings.position.tcpAddress = m_ui->nmeaAddressField->text().trimmed();
    settings.position.filePath = m_ui->nmeaFileField->text().trimmed();
    settings.position.checkInRadiusMeters = m_ui->checkInRadiusSpin->value();
    return settings;
}

void SettingsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
        fillPositionSources();
    }
    QDialog::changeEvent(event);
}

} // namespace fieldcase::ui

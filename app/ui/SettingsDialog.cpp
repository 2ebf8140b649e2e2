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

UiSettings SettingsDialog::settings() const {
    UiSettings settings;
    settings.language = Language(m_ui->languageCombo->currentData().toInt());
    settings.highContrast = m_ui->highContrastCheck->isChecked();
    settings.tabletMode = m_ui->tabletModeCheck->isChecked();
    settings.idleLockMinutes = m_ui->idleLockSpin->value();
    return settings;
}

void SettingsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
    }
    QDialog::changeEvent(event);
}

} // namespace fieldcase::ui

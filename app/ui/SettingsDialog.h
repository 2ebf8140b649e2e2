#pragma once

#include "UiSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace fieldcase::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const UiSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    UiSettings settings() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillLanguages();
    void fillPositionSources();
    void showPositionSourceFields();
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace fieldcase::ui

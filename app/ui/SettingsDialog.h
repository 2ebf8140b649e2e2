#pragma once

#include "UiSettings.h"

#include "User.h"
#include "procedure/Procedure.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace fieldcase::store {
class Store;
}

namespace fieldcase::ui {

// The device user's settings (language, display, position), and with the profile's store the bureau's:
// document numbers (agency, pattern, this device's blocks) and the procedure thresholds. The store's
// settings are saved when the dialog is accepted; a refusal is shown in the dialog, which stays open.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const UiSettings& settings, QWidget* parent = nullptr);
    SettingsDialog(const UiSettings& settings, store::Store* store, const User& user,
                   QWidget* parent = nullptr);
    ~SettingsDialog() override;

    UiSettings settings() const;

    // Document categories with a block per device, in the order shown.
    static QStringList numberedCategories();

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void scrollSections();
    struct BlockRow;
    QList<BlockRow> blockRows() const;

    void fillLanguages();
    void fillPositionSources();
    void showPositionSourceFields();
    void loadDocumentNumbers();
    void loadProcedure();
    void showNumberTexts();
    procedure::ProcedureSettings editedProcedure() const;
    // Saves what the store keeps; the refusal, translated, or empty when all was saved.
    QString saveProfileSettings();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    store::Store* m_store = nullptr;
    User m_user;
    int m_year = 0;
    procedure::ProcedureSettings m_procedure; // as loaded: the lists this dialog does not edit are kept
    bool m_procedureEditable = false;
};

} // namespace fieldcase::ui

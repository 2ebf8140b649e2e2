#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ProfileErrorDialog;
}

namespace fieldcase::ui {

// Says why a profile could not be opened (the store's message: corrupt, locked, newer version, in
// use) and offers another profile or quitting. Accepted means "open another".
class ProfileErrorDialog : public QDialog {
    Q_OBJECT
public:
    ProfileErrorDialog(const QString& directory, const QString& message, QWidget* parent = nullptr);
    ~ProfileErrorDialog() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showDirectory();
    std::unique_ptr<Ui::ProfileErrorDialog> m_ui;
    QString m_directory;
};

} // namespace fieldcase::ui

#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace fieldcase::store {
class Profile;
}

namespace fieldcase::ui {

// Creates a profile in a folder that has none (or finishes one that has a database but no account
// yet): the bureau or unit, and the administrator who will enrol everyone else.
class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    FirstRunDialog(store::Profile& profile, const QString& directory, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void create();
    // The first problem with what was typed, or an empty string.
    QString inputProblem() const;
    void showDirectory();
    void showError(const QString& message);

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    store::Profile& m_profile;
    QString m_directory;
};

} // namespace fieldcase::ui

#pragma once

#include "RetryCountdown.h"

#include "User.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace fieldcase::store {
class Profile;
}

namespace fieldcase::ui {

// Offline sign-in against the profile's local accounts. On a demo profile it lists the demo
// accounts, since their passwords are public anyway and the point of a demo is trying each role.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(store::Profile& profile, QWidget* parent = nullptr);
    ~LoginDialog() override;

signals:
    void signedIn(const fieldcase::User& user);

protected:
    void changeEvent(QEvent* event) override;

private:
    void signIn();
    void fillDemoAccounts();
    void fillFromDemoAccount(int row);
    void showProfile();
    void updateLoginButton();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    store::Profile& m_profile;
    RetryCountdown m_countdown;
    QString m_failureMessage;
};

} // namespace fieldcase::ui

#pragma once

#include "RetryCountdown.h"

#include "User.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LockScreen;
}

namespace fieldcase::store {
class Store;
}

namespace fieldcase::ui {

// Covers the main window after the idle time; only the signed-in user's password opens it again.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    LockScreen(store::Store& store, const User& user, QWidget* parent = nullptr);
    ~LockScreen() override;

    // Clears what the last unlock attempt left and puts the cursor in the password field.
    void prepare();

signals:
    void unlocked();

protected:
    void changeEvent(QEvent* event) override;

private:
    void unlock();
    void showUser();
    void updateUnlockButton();

    std::unique_ptr<Ui::LockScreen> m_ui;
    store::Store& m_store;
    User m_user;
    RetryCountdown m_countdown;
    QString m_failureMessage;
};

} // namespace fieldcase::ui

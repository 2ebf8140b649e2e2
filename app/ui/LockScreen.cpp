#include "LockScreen.h"
#include "ui_LockScreen.h"

#include "Accounts.h"

#include <QDateTime>
#include <QGuiApplication>

namespace fieldcase::ui {

LockScreen::LockScreen(store::Store& store, const User& user, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LockScreen>())
    , m_store(store)
    , m_user(user) {
    m_ui->setupUi(this);
    showUser();
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_ui->unlockPasswordField, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_ui->unlockPasswordField, &QLineEdit::textChanged, this, &LockScreen::updateUnlockButton);
    connect(&m_countdown, &RetryCountdown::tick, this, [this](int secondsLeft) {
        m_ui->unlockErrorLabel->setText(m_failureMessage + QLatin1Char('\n') +
                                        RetryCountdown::remainingText(secondsLeft));
    });
    connect(&m_countdown, &RetryCountdown::finished, this, [this] {
        m_ui->unlockErrorLabel->setText(m_failureMessage);
        updateUnlockButton();
    });
    setFocusProxy(m_ui->unlockPasswordField);
    prepare();
}

LockScreen::~LockScreen() = default;

void LockScreen::prepare() {
    m_ui->unlockPasswordField->clear();
    if (!m_countdown.isRunning())
        m_ui->unlockErrorLabel->clear();
    updateUnlockButton();
    m_ui->unlockPasswordField->setFocus();
}

void LockScreen::showUser() {
    m_ui->lockedUserLabel->setText(tr("Signed in as %1. Enter your password to continue.").arg(m_user.name));
}

void LockScreen::updateUnlockButton() {
    m_ui->unlockButton->setEnabled(!m_countdown.isRunning() && !m_ui->unlockPasswordField->text().isEmpty());
}

void LockScreen::unlock() {
    if (!m_ui->unlockButton->isEnabled())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const store::Accounts::LoginResult result = store::Accounts(m_store).unlock(
        m_user.id, m_ui->unlockPasswordField->text(), QDateTime::currentMSecsSinceEpoch());
    QGuiApplication::restoreOverrideCursor();
    m_ui->unlockPasswordField->clear();
    if (result.ok()) {
        m_ui->unlockErrorLabel->clear();
        emit unlocked();
        return;
    }
    m_failureMessage = result.message;
    m_ui->unlockErrorLabel->setText(m_failureMessage);
    if (result.status == store::Accounts::LoginResult::Status::TooManyAttempts)
        m_countdown.start(result.retryAfterSeconds);
    updateUnlockButton();
}

void LockScreen::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showUser();
    }
    QWidget::changeEvent(event);
}

} // namespace fieldcase::ui

#include "LoginDialog.h"
#include "ui_LoginDialog.h"

#include "DisplayText.h"

#include "Accounts.h"
#include "DemoData.h"
#include "Profile.h"

#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>

namespace fieldcase::ui {

LoginDialog::LoginDialog(store::Profile& profile, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_profile(profile) {
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->loginField, &QLineEdit::textChanged, this, &LoginDialog::updateLoginButton);
    connect(m_ui->passwordField, &QLineEdit::textChanged, this, &LoginDialog::updateLoginButton);
    connect(m_ui->demoAccountsTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { fillFromDemoAccount(row); });
    connect(m_ui->demoAccountsTable, &QTableWidget::cellClicked, this,
            [this](int row) { fillFromDemoAccount(row); });
    connect(&m_countdown, &RetryCountdown::tick, this, [this](int secondsLeft) {
        m_ui->errorLabel->setText(m_failureMessage + QLatin1Char('\n') +
                                  RetryCountdown::remainingText(secondsLeft));
    });
    connect(&m_countdown, &RetryCountdown::finished, this, [this] {
        m_ui->errorLabel->setText(m_failureMessage);
        updateLoginButton();
    });

    m_ui->demoAccountsBox->setVisible(demo::DemoData::isDemoProfile(m_profile.store()));
    fillDemoAccounts();
    showProfile();
    updateLoginButton();
    m_ui->loginField->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::showProfile() {
    const QString bureau = m_profile.store().metaValue(BureauNameKey);
    const QString directory = tr("Profile: %1").arg(QDir::toNativeSeparators(m_profile.directory()));
    m_ui->profileLabel->setText(bureau.isEmpty() ? directory : bureau + QLatin1Char('\n') + directory);
}

void LoginDialog::fillDemoAccounts() {
    if (m_ui->demoAccountsBox->isHidden())
        return;
    const QList<demo::DemoAccount> accounts = demo::DemoData::accounts();
    QTableWidget* table = m_ui->demoAccountsTable;
    const QSignalBlocker noAutoFill(table);
    table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const demo::DemoAccount& account = accounts.at(row);
        const QStringList cells{account.name, roleNames(account.roles), account.login, account.password};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    table->setCurrentCell(-1, -1);
}

void LoginDialog::fillFromDemoAccount(int row) {
    const QList<demo::DemoAccount> accounts = demo::DemoData::accounts();
    if (row < 0 || row >= accounts.size())
        return;
    m_ui->loginField->setText(accounts.at(row).login);
    m_ui->passwordField->setText(accounts.at(row).password);
}

void LoginDialog::updateLoginButton() {
    m_ui->loginButton->setEnabled(!m_countdown.isRunning() && !m_ui->loginField->text().trimmed().isEmpty() &&
                                  !m_ui->passwordField->text().isEmpty());
}

void LoginDialog::signIn() {
    if (!m_ui->loginButton->isEnabled())
        return;
    store::Accounts::LoginResult result;
    {
        // Verifying an Argon2id hash takes a noticeable moment by design.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        result = store::Accounts(m_profile.store())
                     .login(m_ui->loginField->text().trimmed(), m_ui->passwordField->text(),
                            QDateTime::currentMSecsSinceEpoch());
        QGuiApplication::restoreOverrideCursor();
    }
    if (result.ok()) {
        m_ui->passwordField->clear();
        emit signedIn(result.user);
        accept();
        return;
    }
    m_failureMessage = result.message;
    m_ui->errorLabel->setText(m_failureMessage);
    m_ui->errorLabel->show();
    m_ui->passwordField->clear();
    m_ui->passwordField->setFocus();
    if (result.status == store::Accounts::LoginResult::Status::TooManyAttempts)
        m_countdown.start(result.retryAfterSeconds);
    updateLoginButton();
}

void LoginDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillDemoAccounts();
        showProfile();
    }
    QDialog::changeEvent(event);
}

} // namespace fieldcase::ui

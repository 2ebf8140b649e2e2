#include "FirstRunDialog.h"
#include "ui_FirstRunDialog.h"

#include "Accounts.h"
#include "DisplayText.h"
#include "Profile.h"
#include "Uuid7.h"

#include <QDir>

namespace fieldcase::ui {

FirstRunDialog::FirstRunDialog(store::Profile& profile, const QString& directory, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_profile(profile)
    , m_directory(directory) {
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    showDirectory();
    connect(m_ui->createButton, &QPushButton::clicked, this, &FirstRunDialog::create);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->unitNameField->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::showDirectory() {
    m_ui->directoryLabel->setText(tr("Profile folder: %1").arg(QDir::toNativeSeparators(m_directory)));
    m_ui->certificateField->setPlaceholderText(tr("Optional: if the administrator also inspects"));
}

QString FirstRunDialog::inputProblem() const {
    if (m_ui->unitNameField->text().trimmed().isEmpty())
        return tr("Enter the name of your bureau or unit.");
    if (m_ui->adminNameField->text().trimmed().isEmpty())
        return tr("Enter the administrator's name.");
    if (m_ui->adminLoginField->text().trimmed().isEmpty())
        return tr("Enter a login name for the administrator.");
    if (m_ui->passwordField->text().size() < store::Accounts::MinimumPasswordLength)
        return tr("The password needs at least %n character(s).", nullptr,
                  store::Accounts::MinimumPasswordLength);
    if (m_ui->passwordField->text() != m_ui->passwordRepeatField->text())
        return tr("The two passwords are not the same.");
    return {};
}

void FirstRunDialog::showError(const QString& message) {
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void FirstRunDialog::create() {
    if (const QString problem = inputProblem(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    if (!m_profile.isOpen()) {
        const store::Profile::OpenResult opened = m_profile.open(m_directory, true);
        if (!opened.ok()) {
            showError(opened.message);
            return;
        }
    }

    const Unit unit{Uuid7::create(), m_ui->unitNameField->text().trimmed()};
    User admin;
    admin.id = Uuid7::create();
    admin.login = m_ui->adminLoginField->text().trimmed();
    admin.name = m_ui->adminNameField->text().trimmed();
    admin.roles = Role::Admin;
    admin.certificateNumber = m_ui->certificateField->text().trimmed();
    admin.unitId = unit.id;

    // The administrator enrols itself: there is nobody else yet to be the actor.
    store::Accounts accounts(m_profile.store());
    store::StoreResult result = m_profile.store().setMetaValue(BureauNameKey, unit.name);
    if (result)
        result = accounts.createUnit(admin.id, unit);
    if (result)
        result = accounts.createUser(admin.id, admin, m_ui->passwordField->text());
    if (!result) {
        showError(result.message());
        return;
    }
    m_ui->passwordField->clear();
    m_ui->passwordRepeatField->clear();
    accept();
}

void FirstRunDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showDirectory();
    }
    QDialog::changeEvent(event);
}

} // namespace fieldcase::ui

#include "ProfileErrorDialog.h"
#include "ui_ProfileErrorDialog.h"

#include <QDir>
#include <QStyle>

namespace fieldcase::ui {

ProfileErrorDialog::ProfileErrorDialog(const QString& directory, const QString& message, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileErrorDialog>())
    , m_directory(directory) {
    m_ui->setupUi(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize));
    // The store translated the message when it failed; it stays in that language.
    m_ui->messageLabel->setText(message);
    showDirectory();
    connect(m_ui->openOtherButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &QDialog::reject);
}

ProfileErrorDialog::~ProfileErrorDialog() = default;

void ProfileErrorDialog::showDirectory() {
    m_ui->directoryLabel->setText(tr("Profile folder: %1").arg(QDir::toNativeSeparators(m_directory)));
}

void ProfileErrorDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showDirectory();
    }
    QDialog::changeEvent(event);
}

} // namespace fieldcase::ui

#include "Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>

namespace fieldcase::ui {

QString SystemDialogs::chooseDirectory(QWidget* parent, const QString& caption,
                                       const QString& startDirectory) {
    return QFileDialog::getExistingDirectory(parent, caption, startDirectory);
}

QStringList SystemDialogs::chooseFiles(QWidget* parent, const QString& caption,
                                       const QString& startDirectory) {
    return QFileDialog::getOpenFileNames(parent, caption, startDirectory);
}

QString SystemDialogs::chooseSaveFile(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                      const QString& filter) {
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

void SystemDialogs::showError(QWidget* parent, const QString& title, const QString& message) {
    QMessageBox::warning(parent, title, message);
}

} // namespace fieldcase::ui

#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace fieldcase::ui {

// The platform's modal dialogs, behind a seam: they block in their own event loop, which a test
// driving the GUI cannot answer. Tests pass a double that answers at once; FieldCase's own dialogs
// are non-blocking and found by their object names instead.
class Dialogs {
public:
    virtual ~Dialogs() = default;
    // An existing directory chosen by the user, or an empty string when cancelled.
    virtual QString chooseDirectory(QWidget* parent, const QString& caption,
                                    const QString& startDirectory) = 0;
    // Existing files chosen by the user, or an empty list when cancelled.
    virtual QStringList chooseFiles(QWidget* parent, const QString& caption,
                                    const QString& startDirectory) = 0;
    // A file name to write, or an empty string when cancelled.
    virtual QString chooseSaveFile(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                   const QString& filter) = 0;
    // Tells the user that something they asked for failed; returns once acknowledged.
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
};

class SystemDialogs : public Dialogs {
public:
    QString chooseDirectory(QWidget* parent, const QString& caption, const QString& startDirectory) override;
    QStringList chooseFiles(QWidget* parent, const QString& caption, const QString& startDirectory) override;
    QString chooseSaveFile(QWidget* parent, const QString& caption, const QString& suggestedPath,
                           const QString& filter) override;
    void showError(QWidget* parent, const QString& title, const QString& message) override;
};

} // namespace fieldcase::ui

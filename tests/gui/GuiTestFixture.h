#pragma once

#include "Application.h"
#include "DemoProfileTemplate.h"
#include "Dialogs.h"
#include "MainWindow.h"

#include "DemoData.h"

#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What the GUI suites share: the platform-dialog double, finding widgets by object name, typing Chinese,
// and the per-test setup of the real Application on a fresh copy of the demo profile.

// Answers the platform dialogs at once, as a user would have.
class AnsweringDialogs : public fieldcase::ui::Dialogs {
public:
    QString directoryToChoose;
    QStringList errorsShown;

    QStringList filesToChoose;
    QString saveFileToChoose;

    QString chooseDirectory(QWidget*, const QString&, const QString&) override { return directoryToChoose; }
    QStringList chooseFiles(QWidget*, const QString&, const QString&) override { return filesToChoose; }
    QString chooseSaveFile(QWidget*, const QString&, const QString&, const QString&) override {
        return saveFileToChoose;
    }
    void showError(QWidget*, const QString&, const QString& message) override { errorsShown << message; }
};

inline QString demoPassword(const QString& login) {
    for (const fieldcase::demo::DemoAccount& account : fieldcase::demo::DemoData::accounts()) {
        if (account.login == login)
            return account.password;
    }
    return {};
}

template <typename T = QWidget> T* child(QObject* parent, const QString& name) {
    T* found = parent ? parent->findChild<T*>(name) : nullptr;
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Chinese is typed through an input method, which commits whole words; QTest::keyClicks is Latin-1.
inline void typeThroughInputMethod(QWidget* widget, const QString& text) {
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

// Signs on a signature pad with the mouse: one stroke across it.
inline void drawSignature(QWidget* pad) {
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(40, 80));
    for (int x = 50; x <= 260; x += 15)
        QTest::mouseMove(pad, QPoint(x, 80 + (x % 30)));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(260, 90));
}

// The real Application on a fresh copy of the demo profile for each test. A suite derives from it next to
// QObject and calls prepare() from initTestCase(), beginTest() from init() and endTest() from cleanup().
class GuiTestFixture {
protected:
    QString prepare() { return m_demoTemplate.create(); }
    bool beginTest() {
        m_testDir = std::make_unique<QTemporaryDir>();
        m_dialogs = AnsweringDialogs();
        return m_testDir->isValid();
    }
    void endTest() {
        m_app.reset();
        m_testDir.reset();
    }

    QString freshDemoProfile() { return m_demoTemplate.copyInto(m_testDir->path()); }

    fieldcase::ui::Application* startOn(const QString& directory) {
        m_app = std::make_unique<fieldcase::ui::Application>(m_dialogs);
        m_app->start(directory);
        return m_app.get();
    }

    // Signs in through the login dialog's widgets, with a demo account's password unless another is given;
    // null if that fails.
    fieldcase::ui::MainWindow* signInAs(const QString& login, const QString& password = {}) {
        QDialog* dialog = m_app->currentDialog();
        if (!dialog || dialog->objectName() != QLatin1String("LoginDialog"))
            return nullptr;
        child<QLineEdit>(dialog, QStringLiteral("loginField"))->setText(login);
        child<QLineEdit>(dialog, QStringLiteral("passwordField"))
            ->setText(password.isEmpty() ? demoPassword(login) : password);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("loginButton")), Qt::LeftButton);
        fieldcase::ui::MainWindow* window = m_app->mainWindow();
        return window && QTest::qWaitForWindowExposed(window) ? window : nullptr;
    }

    DemoProfileTemplate m_demoTemplate;
    std::unique_ptr<QTemporaryDir> m_testDir;
    AnsweringDialogs m_dialogs;
    std::unique_ptr<fieldcase::ui::Application> m_app;
};

// The FieldCase GUI: wiring only. Everything it shows lives in fieldcase_ui.
#include "Application.h"
#include "Dialogs.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FieldCase"));
    QApplication::setOrganizationName(QStringLiteral("FieldCase"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fieldcase.png")));

    fieldcase::ui::SystemDialogs dialogs;
    fieldcase::ui::Application flow(dialogs);
    QObject::connect(&flow, &fieldcase::ui::Application::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    flow.start(fieldcase::ui::Application::profileDirectoryFromArguments(QApplication::arguments()));
    return app.exec();
}

// The FieldCase GUI: wiring only. Everything it shows lives in fieldcase_ui.
#include "Application.h"
#include "Dialogs.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[]) {
#ifdef Q_OS_LINUX
    // Qt 6.4's GStreamer media backend crashes the process when a player or camera is made on a machine
    // without the full set of GStreamer plugins; its FFmpeg backend works everywhere, headless too.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
#endif
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

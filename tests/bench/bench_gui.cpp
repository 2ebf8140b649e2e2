// ./dev bench gui: the GUI from process start to an interactive main window on a large profile, and its
// resident memory there. Each measurement runs in a fresh child process; the baseline child shows a bare
// QMainWindow with an empty table, so the numbers separate FieldCase's own cost from Qt's start-up.
// Targets: start to interactive main window <= 1.5 s, resident memory <= 150 MB.

#include "BenchReport.h"

#include "Application.h"
#include "DemoData.h"
#include "Dialogs.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <unistd.h>

namespace {

const QString Bench = QStringLiteral("gui");

// Milliseconds since the kernel started this process (covers dynamic loading before main()).
double msSinceProcessStart() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    // Field 22 is the start time in clock ticks; fields before it may contain spaces only inside (comm).
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startSeconds = fields.value(19).toDouble() / sysconf(_SC_CLK_TCK);
    const double nowSeconds = uptime.readAll().split(' ').first().toDouble();
    return (nowSeconds - startSeconds) * 1000.0;
}

void printChildResult(double startMs, double loginShownMs) {
    const QJsonObject result{{QStringLiteral("start_ms"), startMs},
                             {QStringLiteral("login_shown_ms"), loginShownMs},
                             {QStringLiteral("rss_mib"), residentMiB()}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
}

int runBaseline(QApplication& app) {
    QMainWindow window;
    auto* table = new QTableView;
    window.setCentralWidget(table);
    window.resize(1366, 768);
    window.show();
    QTimer::singleShot(0, &app, [&] {
        printChildResult(msSinceProcessStart(), 0);
        app.quit();
    });
    return app.exec();
}

// Drives the real flow: profile, login dialog (filled through its widgets), main window.
int runFieldCase(QApplication& app, const QString& profile, const QString& login, const QString& password) {
    fieldcase::ui::SystemDialogs dialogs;
    fieldcase::ui::Application flow(dialogs);
    double loginShownMs = -1;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (flow.mainWindow() && flow.mainWindow()->isVisible()) {
            poll.stop();
            // One more turn of the event loop: the first pages are loaded and painted.
            QTimer::singleShot(0, &app, [&] {
                printChildResult(msSinceProcessStart(), loginShownMs);
                app.quit();
            });
            return;
        }
        QDialog* dialog = flow.currentDialog();
        if (loginShownMs < 0 && dialog && dialog->isVisible() &&
            dialog->objectName() == QLatin1String("LoginDialog")) {
            loginShownMs = msSinceProcessStart();
            dialog->findChild<QLineEdit*>(QStringLiteral("loginField"))->setText(login);
            dialog->findChild<QLineEdit*>(QStringLiteral("passwordField"))->setText(password);
            dialog->findChild<QPushButton*>(QStringLiteral("loginButton"))->click();
        }
    });
    poll.start();
    flow.start(profile);
    return app.exec();
}

QJsonObject runChild(const QStringList& arguments) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(60000);
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"),
                      QStringLiteral("A seeded profile (./dev bench store leaves one)."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("child"), QStringLiteral("internal: baseline | fieldcase"), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Child processes per measurement."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);

    const QString profile = parser.value(QStringLiteral("profile"));
    // lina is a team leader and an inspector: her home has the most lists to load.
    const fieldcase::demo::DemoAccount account = fieldcase::demo::DemoData::accounts().at(1);
    if (parser.value(QStringLiteral("child")) == QLatin1String("baseline"))
        return runBaseline(app);
    if (parser.value(QStringLiteral("child")) == QLatin1String("fieldcase"))
        return runFieldCase(app, profile, account.login, account.password);

    if (profile.isEmpty()) {
        qCritical("bench_gui needs --profile DIR (a profile seeded by bench_store)");
        return 64;
    }
    std::vector<double> baselineStart, baselineRss, start, loginShown, rss;
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    for (int i = 0; i < runs; ++i) {
        const QJsonObject base = runChild({QStringLiteral("--child"), QStringLiteral("baseline")});
        baselineStart.push_back(base.value(QStringLiteral("start_ms")).toDouble());
        baselineRss.push_back(base.value(QStringLiteral("rss_mib")).toDouble());
        const QJsonObject real = runChild(
            {QStringLiteral("--child"), QStringLiteral("fieldcase"), QStringLiteral("--profile"), profile});
        start.push_back(real.value(QStringLiteral("start_ms")).toDouble());
        loginShown.push_back(real.value(QStringLiteral("login_shown_ms")).toDouble());
        rss.push_back(real.value(QStringLiteral("rss_mib")).toDouble());
    }
    report(Bench, QStringLiteral("start_to_login_window"), median(loginShown), QStringLiteral("ms"),
           {{QStringLiteral("baseline_bare_window_ms"), median(baselineStart)}});
    report(Bench, QStringLiteral("start_to_interactive_main_window"), median(start), QStringLiteral("ms"),
           {{QStringLiteral("baseline_bare_window_ms"), median(baselineStart)},
            {QStringLiteral("includes"), QStringLiteral("profile open, Argon2id login, home lists loaded")},
            {QStringLiteral("target_ms"), 1500},
            {QStringLiteral("ok"), median(start) <= 1500}});
    report(Bench, QStringLiteral("resident_memory_main_window"), median(rss), QStringLiteral("MiB"),
           {{QStringLiteral("baseline_bare_window_mib"), median(baselineRss)},
            {QStringLiteral("target_mib"), 150},
            {QStringLiteral("ok"), median(rss) <= 150}});
    return 0;
}

// fieldcase-cli: headless commands on a profile directory.
//   fieldcase-cli seed --profile DIR [--demo] [--subjects M] [--cases N]
//   fieldcase-cli audit-verify --profile DIR
//   fieldcase-cli evidence import --profile DIR --case CASE [--user LOGIN] [--body-camera] FILE|FOLDER...
//   fieldcase-cli evidence verify --profile DIR
//   fieldcase-cli document --profile DIR --case CASE --kind KIND --out FILE.pdf [--agency NAME]

#include "AuditLog.h"
#include "DemoData.h"
#include "DiscretionCommand.h"
#include "DocumentCommand.h"
#include "EvidenceCommand.h"
#include "Profile.h"
#include "Seeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace fieldcase;

namespace {

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message) {
    err() << message << Qt::endl;
    return 1;
}

int seed(store::Profile& profile, const QCommandLineParser& parser) {
    QElapsedTimer timer;
    timer.start();
    if (parser.isSet(QStringLiteral("demo"))) {
        if (demo::DemoData::isDemoProfile(profile.store()))
            return fail(QCoreApplication::translate("fieldcase-cli", "%1 is a demo profile already.")
                            .arg(profile.directory()));
        if (store::StoreResult r = demo::DemoData::create(profile.store()); !r)
            return fail(r.message());
        err() << QCoreApplication::translate("fieldcase-cli", "Demo profile created in %1")
                     .arg(profile.directory())
              << Qt::endl;
    }
    const demo::Seeder::Counts counts{parser.value(QStringLiteral("subjects")).toInt(),
                                      parser.value(QStringLiteral("cases")).toInt()};
    if (counts.subjects < 0 || counts.cases < 0)
        return fail(QCoreApplication::translate("fieldcase-cli", "Counts must not be negative."));
    if (counts.subjects > 0 || counts.cases > 0) {
        const store::StoreResult r =
            demo::Seeder::seed(profile.store(), counts, [](qint64 done, qint64 total) {
                err() << QStringLiteral("\r%1 / %2").arg(done).arg(total) << Qt::flush;
                return true;
            });
        err() << Qt::endl;
        if (!r)
            return fail(r.message());
    }
    if (counts.subjects > 0 || counts.cases > 0) {
        QTextStream(stdout) << QCoreApplication::translate("fieldcase-cli",
                                                           "Added subjects: %1, cases: %2 (%3 s).")
                                   .arg(counts.subjects)
                                   .arg(counts.cases)
                                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                            << Qt::endl;
    }
    return 0;
}

int verifyAudit(store::Profile& profile) {
    const AuditChainBreak result =
        store::AuditLog(profile.store().connection()).verify(profile.store().deviceId());
    QTextStream(stdout) << result.message() << Qt::endl;
    return result.isIntact() ? 0 : 2;
}

// Whether the command needs QtGui (the document renderer lays out text with fonts).
bool needsGui(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "document") == 0)
            return true;
    }
    return false;
}

// Without a display, QtGui runs on the offscreen platform unless the user chose one.
void preferOffscreen() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace

int main(int argc, char* argv[]) {
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        preferOffscreen();
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("fieldcase-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("FieldCase"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fieldcase-cli", "FieldCase headless commands: seed, audit-verify, discretion, evidence, document"));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("fieldcase-cli",
                                    "seed | audit-verify | discretion | evidence | document"));
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("fieldcase-cli", "The profile directory."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate(
                          "fieldcase-cli", "seed: fill the profile with the demo data and accounts.")});
    parser.addOption({QStringLiteral("subjects"),
                      QCoreApplication::translate("fieldcase-cli", "seed: how many subjects to add."),
                      QStringLiteral("M"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("cases"),
                      QCoreApplication::translate("fieldcase-cli", "seed: how many cases to add."),
                      QStringLiteral("N"), QStringLiteral("0")});
    cli::addDiscretionOptions(parser);
    cli::addEvidenceOptions(parser);
    cli::addDocumentOptions(parser);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (positional.size() == 1 && command == QLatin1String("discretion"))
        return cli::runDiscretion(parser);
    if (positional.size() == 1 && command == QLatin1String("document"))
        return cli::runDocument(parser);
    if (command == QLatin1String("evidence") && parser.isSet(QStringLiteral("profile")))
        return cli::runEvidence(parser, positional.mid(1));
    if (positional.size() != 1 || !parser.isSet(QStringLiteral("profile"))) {
        err() << parser.helpText();
        return 64;
    }
    if (command != QLatin1String("seed") && command != QLatin1String("audit-verify"))
        return fail(QCoreApplication::translate("fieldcase-cli", "Unknown command: %1").arg(command));

    store::Profile profile;
    const store::Profile::OpenResult opened =
        profile.open(parser.value(QStringLiteral("profile")), command == QLatin1String("seed"));
    if (!opened.ok())
        return fail(opened.message);
    return command == QLatin1String("seed") ? seed(profile, parser) : verifyAudit(profile);
}

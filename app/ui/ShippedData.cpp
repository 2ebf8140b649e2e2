#include "ShippedData.h"

#include "DetachedSignature.h"
#include "DiscretionStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace fieldcase::ui {

namespace {

const char* const StandardsDirectory = ":/discretion";
const char* const TrustedKeysFile = ":/discretion/trusted-keys.json";
const char* const ChecklistsDirectory = ":/checklists";

QByteArray readResource(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QStringList installShippedStandards(store::Store& store) {
    QStringList refusals;
    QString keyError;
    const QList<security::TrustedKey> trusted = security::DetachedSignature::parseTrustedKeys(
        readResource(QLatin1String(TrustedKeysFile)), &keyError);
    if (!keyError.isEmpty()) {
        refusals << QCoreApplication::translate("ShippedData",
                                                "The trusted bureau keys could not be read: %1")
                        .arg(keyError);
        return refusals;
    }
    const QDir directory{QLatin1String(StandardsDirectory)};
    store::DiscretionStore discretion(store);
    for (const QString& name : directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (QLatin1String(TrustedKeysFile).endsWith(name))
            continue;
        const QByteArray content = readResource(directory.filePath(name));
        const QByteArray signature = readResource(directory.filePath(name + QStringLiteral(".sig")));
        const store::DiscretionStore::InstallResult installed =
            discretion.install(content, signature, trusted);
        if (!installed.ok)
            refusals << QStringLiteral("%1: %2").arg(name, installed.message);
    }
    return refusals;
}

QList<inspection::Checklist> shippedChecklists() {
    QList<inspection::Checklist> checklists;
    const QDir directory{QLatin1String(ChecklistsDirectory)};
    for (const QString& name : directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        inspection::ChecklistParser::Result parsed =
            inspection::ChecklistParser::parse(readResource(directory.filePath(name)));
        if (parsed.ok())
            checklists.append(std::move(*parsed.checklist));
        else
            qWarning("checklist %s: %s", qPrintable(name), qPrintable(parsed.error.toString()));
    }
    return checklists;
}

} // namespace fieldcase::ui

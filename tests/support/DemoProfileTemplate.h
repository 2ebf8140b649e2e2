#pragma once

#include "DemoData.h"
#include "Profile.h"

#include <QDir>
#include <QTemporaryDir>

// A demo profile made once per test program (Argon2id for eight accounts takes a moment), copied for each
// test so that settings and failed logins do not leak from one test to the next.
class DemoProfileTemplate {
public:
    // Call from initTestCase(); an empty string on success, else what went wrong.
    QString create() {
        if (!m_template.isValid())
            return QStringLiteral("no temporary directory");
        fieldcase::store::Profile profile;
        const auto opened = profile.open(m_template.path(), true);
        if (!opened.ok())
            return opened.message;
        const auto created = fieldcase::demo::DemoData::create(profile.store());
        return created.ok() ? QString() : created.message();
    }

    // A fresh copy inside `directory`.
    QString copyInto(const QString& directory) const {
        const QString target = QDir(directory).filePath(QStringLiteral("demo"));
        QDir().mkpath(target);
        const QDir source(m_template.path());
        for (const QString& name : source.entryList(QDir::Files)) {
            if (!name.endsWith(QLatin1String(".lock")))
                QFile::copy(source.filePath(name), QDir(target).filePath(name));
        }
        return target;
    }

private:
    QTemporaryDir m_template;
};

#pragma once

#include "TempProfile.h"

#include "Enrolment.h"
#include "PinnedNetwork.h"
#include "ProfileEvidence.h"
#include "SecretStore.h"
#include "SyncEngine.h"
#include "SyncState.h"
#include "Uuid7.h"

#include <QSignalSpy>

// One device in an end-to-end test: a real profile, the real secret store (each device under its own
// service name, as two computers would be), its evidence side and the real sync engine on the test thread.
class SyncedDevice : public TempProfile {
public:
    SyncedDevice()
        : secrets(QStringLiteral("FieldCase-test-") + fieldcase::Uuid7::toText(fieldcase::Uuid7::create())) {
        evidence = std::make_unique<fieldcase::evidence::ProfileEvidence>(profile, secrets);
        engine = std::make_unique<fieldcase::sync::client::SyncEngine>(store(), secrets,
                                                                       evidence->vault().directory());
    }

    QString enrol(const QString& url, const QString& code) {
        fieldcase::sync::client::PinnedNetwork network;
        const auto answer = fieldcase::sync::client::Enrolment(store(), secrets)
                                .enrol(network, QUrl(url), code, QStringLiteral("test device"),
                                       evidence->deviceKey()->publicKey());
        return answer.ok()
                   ? QString()
                   : answer.error.code + u": "_qs + answer.error.message + u" "_qs + answer.error.detail;
    }

    QString login(const QString& login, const QString& password) {
        fieldcase::sync::client::PinnedNetwork network;
        const auto answer =
            fieldcase::sync::client::Enrolment(store(), secrets).login(network, login, password);
        if (!answer.ok())
            return answer.error.code + u": "_qs + answer.error.message;
        user = answer.value->user;
        engine->setUserId(user.id);
        return {};
    }

    struct Outcome {
        bool finished = false;
        fieldcase::sync::client::SyncSummary summary;
        fieldcase::sync::client::SyncError error;
        bool revoked = false;
    };

    // One run of the engine, to its end (finished, failed or revoked).
    Outcome sync() {
        using fieldcase::sync::client::SyncEngine;
        QSignalSpy finished(engine.get(), &SyncEngine::finished);
        QSignalSpy failed(engine.get(), &SyncEngine::failed);
        QSignalSpy revoked(engine.get(), &SyncEngine::deviceRevoked);
        engine->syncNow();
        for (int waited = 0; finished.isEmpty() && failed.isEmpty() && revoked.isEmpty() && waited < 120;
             ++waited)
            finished.wait(500);
        engine->cancel(); // no retry may start behind the test's back
        Outcome outcome;
        outcome.finished = !finished.isEmpty();
        if (outcome.finished)
            outcome.summary = finished.first().first().value<fieldcase::sync::client::SyncSummary>();
        if (!failed.isEmpty())
            outcome.error = failed.first().first().value<fieldcase::sync::client::SyncError>();
        outcome.revoked = !revoked.isEmpty();
        return outcome;
    }

    fieldcase::store::SyncState state() { return fieldcase::store::SyncState(store()); }

    fieldcase::security::KeychainSecretStore secrets;
    std::unique_ptr<fieldcase::evidence::ProfileEvidence> evidence;
    std::unique_ptr<fieldcase::sync::client::SyncEngine> engine;
    fieldcase::User user;
};

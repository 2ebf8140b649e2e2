// fieldcase-cli document as an officer runs it, on a real profile, as a separate process: the site
// inspection record of a case opened on site comes out of the store complete, with the party and both
// officers' certificates; a penalty decision of the same case is refused with what it lacks.
#include "InkFixture.h"
#include "TempProfile.h"
#include "TestFiles.h"

#include "Accounts.h"
#include "CaseDocuments.h"
#include "Cases.h"
#include "CheckIns.h"
#include "DetachedSignature.h"
#include "DiscretionStore.h"
#include "Engine.h"
#include "Signatures.h"
#include "Subjects.h"
#include "Uuid7.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace fieldcase;
using namespace fieldcase::store;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
};

Run cli(const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(FIELDCASE_CLI), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

User makeUser(Store& store, const QString& login, const QString& name, const QString& certificate) {
    User user;
    user.id = Uuid7::create();
    user.login = login;
    user.name = name;
    user.roles = Role::Inspector;
    user.certificateNumber = certificate;
    if (!Accounts(store).createUser({}, user, QStringLiteral("现场执法2026!")))
        qFatal("cannot create %s", qPrintable(login));
    return user;
}

SignatureRecord signature(const QUuid& inspectionId, const QString& place, const QString& signer) {
    SignatureRecord record;
    record.entityType = QStringLiteral("inspection");
    record.entityId = inspectionId;
    record.place = place;
    record.signerName = signer;
    record.png = inkPng();
    return record;
}

} // namespace

class TestDocumentCli : public QObject {
    Q_OBJECT

    // A case opened from a completed site inspection by two certified officers, signed by the party.
    QUuid inspectedCase(TempProfile& p) {
        Subject subject;
        subject.id = Uuid7::create();
        subject.name = QStringLiteral("东方化工有限公司");
        subject.creditCode = QStringLiteral("91350100M000100Y43");
        subject.address = QStringLiteral("福州市马尾区江滨东大道100号");
        subject.contacts = {
            {QStringLiteral("李建国"), QStringLiteral("法定代表人"), QStringLiteral("13800000001")},
            {QStringLiteral("王经理"), QStringLiteral("环保负责人"), QStringLiteral("13900000002")}};
        if (!Subjects(p.store()).create({}, subject))
            qFatal("cannot create the subject");
        const User zhang = makeUser(p.store(), QStringLiteral("zhangwei"), QStringLiteral("张伟"),
                                    QStringLiteral("32011520001"));
        const User li = makeUser(p.store(), QStringLiteral("lina"), QStringLiteral("李娜"),
                                 QStringLiteral("32011520002"));
        InspectionTask task;
        task.id = Uuid7::create();
        task.subjectId = subject.id;
        task.officerIds = {zhang.id, li.id};
        task.dueDate = QDate::currentDate();
        if (!Tasks(p.store()).create({}, task))
            qFatal("cannot create the task");
        Inspections inspections(p.store());
        if (!inspections.startWithCheckIn(zhang.id, task.id, {}, 500))
            qFatal("cannot start the inspection");
        const Inspection started = *inspections.ofTask(task.id);
        if (!Signatures(p.store()).add(
                zhang.id, signature(started.id, QStringLiteral("party"), QStringLiteral("王经理"))))
            qFatal("cannot add the party's signature");
        SignatureRecord recorder = signature(started.id, QStringLiteral("recorder"), zhang.name);
        recorder.signerUserId = zhang.id;
        if (!Signatures(p.store()).add(zhang.id, recorder))
            qFatal("cannot add the recorder's signature");
        Inspections::Conclusion conclusion;
        conclusion.findings = QStringLiteral("废水总排口正在排放黄褐色废水");
        conclusion.outcome = InspectionOutcome::OpenCase;
        conclusion.recusalDeclared = true;
        conclusion.caseCause = QStringLiteral("超标排放水污染物案");
        const Inspections::Completed completed = inspections.complete(zhang.id, started.id, conclusion);
        if (!completed.ok())
            qFatal("cannot complete the inspection: %s", qPrintable(completed.result.message()));
        return completed.caseId;
    }

private slots:
    void theDecisionStatesTheSavedDiscretion() {
        TempProfile p;
        const QUuid caseId = inspectedCase(p);
        store::DiscretionStore discretionStore(p.store());
        QString error;
        const QList<security::TrustedKey> keys = security::DetachedSignature::parseTrustedKeys(
            readFile(QStringLiteral(":/discretion/trusted-keys.json")), &error);
        const store::DiscretionStore::InstallResult installed =
            discretionStore.install(readFile(QStringLiteral(":/discretion/jiangning-2026.json")),
                                    readFile(QStringLiteral(":/discretion/jiangning-2026.json.sig")), keys);
        QVERIFY2(installed.ok, qPrintable(installed.message));
        discretion::Answers answers;
        answers.factors = {{QStringLiteral("permit_class"), QStringLiteral("key")},
                           {QStringLiteral("pollutant"), QStringLiteral("class_a")}};
        const discretion::CaseDates dates{{}, QDate(2026, 3, 1), QDate(2026, 11, 20)};
        const discretion::Result result =
            discretion::Engine::compute(*installed.pack, QStringLiteral("WATER-NO-PERMIT"), answers, dates);
        QVERIFY(result.ok);
        QVERIFY(
            discretionStore.save({}, caseId, answers, dates, result, 300000.0, QStringLiteral("已主动改正")));

        const documents::DocumentData data = documents::caseDocumentData(
            p.store(), caseId, QStringLiteral("penalty_decision"), QStringLiteral("局"));
        const QJsonArray steps = data.value(QStringLiteral("discretion")).toArray();
        QCOMPARE(steps.size(), result.steps.size());
        QCOMPARE(steps.first().toString(), result.steps.first().zh);
        QCOMPARE(data.value(QStringLiteral("penalty_provision")).toString(), result.basisCitation.zh);
        const QString reasoning = data.value(QStringLiteral("discretion_reasoning")).toString();
        QVERIFY2(reasoning.contains(QStringLiteral("已主动改正")) &&
                     reasoning.contains(result.basisCitation.zh),
                 qPrintable(reasoning));
        QCOMPARE(data.value(QStringLiteral("penalty.fine")).toDouble(), 300000.0);
        QVERIFY(data.value(QStringLiteral("penalty.decision"))
                    .toString()
                    .startsWith(QStringLiteral("罚款人民币")));
    }

    void theSiteInspectionRecordComesFromTheStore() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        TempProfile p;
        const QString caseId = inspectedCase(p).toString(QUuid::WithoutBraces);
        p.profile.close();
        const QString pdf = p.dir.filePath(QStringLiteral("record.pdf"));

        const Run run = cli({QStringLiteral("document"), QStringLiteral("--profile"), p.dir.path(),
                             QStringLiteral("--case"), caseId, QStringLiteral("--kind"),
                             QStringLiteral("site_inspection"), QStringLiteral("--out"), pdf,
                             QStringLiteral("--agency"), QStringLiteral("福州市马尾生态环境局")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("page")), qPrintable(run.out));
        QVERIFY(QFile::exists(pdf));

        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        QCOMPARE(text.exitCode(), 0);
        // Text extraction may break lines anywhere; compare without whitespace.
        QString extracted = QString::fromUtf8(text.readAllStandardOutput());
        extracted.remove(QRegularExpression(QStringLiteral("\\s")));
        for (const QString& expected :
             {QStringLiteral("东方化工有限公司"), QStringLiteral("91350100M000100Y43"),
              QStringLiteral("32011520001"), QStringLiteral("32011520002"),
              QStringLiteral("废水总排口正在排放黄褐色废水"), QStringLiteral("李建国"),
              QStringLiteral("王经理")})
            QVERIFY2(extracted.contains(expected), qPrintable(expected + u'\n' + extracted));
    }

    void anIncompleteDocumentIsRefusedWithWhatItLacks() {
        TempProfile p;
        const QString caseId = inspectedCase(p).toString(QUuid::WithoutBraces);
        p.profile.close();
        const QString pdf = p.dir.filePath(QStringLiteral("decision.pdf"));

        const Run run = cli({QStringLiteral("document"), QStringLiteral("--profile"), p.dir.path(),
                             QStringLiteral("--case"), caseId, QStringLiteral("--kind"),
                             QStringLiteral("penalty_decision"), QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 2, qPrintable(run.out));
        // The test locale is English: the labels are the templates' English ones. Neither the agency,
        // nor the official number (not assigned yet), nor the decision is in the store.
        QVERIFY2(run.out.contains(QLatin1String("Missing:")), qPrintable(run.out));
        const QStringList lines = run.out.split(u'\n');
        for (const QString& label : {QStringLiteral("Document number"), QStringLiteral("Enforcement agency"),
                                     QStringLiteral("Evidence"), QStringLiteral("Provisions violated")})
            QVERIFY2(lines.contains(label), qPrintable(label + u'\n' + run.out));
        QVERIFY2(!run.out.contains(QLatin1String("Party")), qPrintable(run.out)); // the party is known
        QVERIFY(!QFile::exists(pdf));
    }

    void anUnknownKindIsAUsageError() {
        TempProfile p;
        p.profile.close();
        const QString pdf = p.dir.filePath(QStringLiteral("x.pdf"));
        const Run run =
            cli({QStringLiteral("document"), QStringLiteral("--profile"), p.dir.path(),
                 QStringLiteral("--case"), QStringLiteral("临-2026-0001"), QStringLiteral("--kind"),
                 QStringLiteral("no_such_kind"), QStringLiteral("--out"), pdf});
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.out.contains(QLatin1String("site_inspection")), qPrintable(run.out));
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(TestDocumentCli)
#include "TestDocumentCli.moc"

#include "IntegrityDialog.h"

#include "Cases.h"
#include "Store.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

const QString LastCheckKey = QStringLiteral("evidence_integrity_checked_at");

QString faultText(evidence::IntegrityFault fault) {
    switch (fault) {
    case evidence::IntegrityFault::Missing:
        return QCoreApplication::translate("IntegrityDialog", "Missing");
    case evidence::IntegrityFault::Altered:
        return QCoreApplication::translate("IntegrityDialog", "Altered");
    case evidence::IntegrityFault::BadSignature:
        return QCoreApplication::translate("IntegrityDialog", "Record changed");
    }
    return {};
}

// Runs `work` on a new low-priority thread that gives back its database connection when done.
QThread* startWorker(store::Database& database, std::function<void()> work) {
    QThread* thread = QThread::create([work = std::move(work), &database] {
        work();
        database.releaseThisThreadsConnection();
    });
    thread->start(QThread::LowestPriority);
    return thread;
}

} // namespace

IntegrityDialog::IntegrityDialog(evidence::EvidenceService& service, const QUuid& userId, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_userId(userId)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_againButton(new QPushButton(tr("Check &again"), this))
    , m_closeButton(new QPushButton(tr("&Close"), this)) {
    setObjectName(QStringLiteral("IntegrityDialog"));
    setWindowTitle(tr("Evidence integrity check"));
    m_summary->setObjectName(QStringLiteral("integritySummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("integrityProblems"));
    m_table->setHorizontalHeaderLabels({tr("Problem"), tr("File"), tr("Case"), tr("Fingerprint (SHA-256)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_againButton->setObjectName(QStringLiteral("checkAgainButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_againButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_againButton, &QPushButton::clicked, this, &IntegrityDialog::start);
    connect(m_closeButton, &QPushButton::clicked, this, &IntegrityDialog::reject);
    resize(760, 420);
}

IntegrityDialog::~IntegrityDialog() {
    m_cancel = true;
    if (m_worker)
        m_worker->wait();
}

void IntegrityDialog::start() {
    if (m_worker)
        return;
    m_cancel = false;
    m_table->setRowCount(0);
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Re-reading every evidence file and checking its fingerprint and signature…"));
    m_againButton->setEnabled(false);
    m_closeButton->setText(tr("&Cancel"));
    m_worker = startWorker(m_service.store().database(), [this] {
        evidence::IntegrityCheck check(m_service);
        const evidence::IntegrityReport report = check.run(m_userId, [this](int done, int total, qint64) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total] {
                    m_progress->setRange(0, qMax(total, 1));
                    m_progress->setValue(done);
                },
                Qt::QueuedConnection);
            return !m_cancel;
        });
        QMetaObject::invokeMethod(
            this, [this, report] { showReport(report); }, Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_againButton->setEnabled(true);
        m_closeButton->setText(tr("&Close"));
    });
}

QString IntegrityDialog::summary() const {
    return m_summary->text();
}

void IntegrityDialog::showReport(const evidence::IntegrityReport& report) {
    m_progress->hide();
    if (report.cancelled)
        m_summary->setText(tr("Cancelled after %1 of %2 items; %n problem(s) found so far.", nullptr,
                              int(report.problems.size()))
                               .arg(report.checked)
                               .arg(report.total));
    else if (report.intact() && report.onBureauOnly > 0)
        m_summary->setText(
            tr("All %n evidence item(s) are intact.", nullptr, report.checked) + u' ' +
            tr("%n of them were captured on other devices and their originals are on the bureau "
               "server; their signatures were checked.",
               nullptr, report.onBureauOnly));
    else if (report.intact())
        m_summary->setText(tr("All %n evidence item(s) are intact.", nullptr, report.checked));
    else
        m_summary->setText(tr("%n evidence item(s) are missing or altered. The cases below are affected; the "
                              "finding is recorded in the audit log.",
                              nullptr, int(report.problems.size())));
    store::Cases cases(m_service.store());
    m_table->setRowCount(int(report.problems.size()));
    for (int row = 0; row < report.problems.size(); ++row) {
        const evidence::IntegrityProblem& problem = report.problems.at(row);
        const std::optional<Case> affected = cases.caseById(problem.record.caseId);
        m_table->setItem(row, 0, new QTableWidgetItem(faultText(problem.fault)));
        m_table->setItem(row, 1, new QTableWidgetItem(problem.record.originalName));
        m_table->setItem(row, 2, new QTableWidgetItem(affected ? affected->displayNumber() : QString()));
        m_table->setItem(row, 3, new QTableWidgetItem(problem.record.sha256));
    }
    m_table->resizeColumnsToContents();
}

void IntegrityDialog::reject() {
    if (m_worker) {
        m_cancel = true;
        return;
    }
    QDialog::reject();
}

BackgroundIntegrityCheck::BackgroundIntegrityCheck(evidence::EvidenceService& service, QObject* parent)
    : QObject(parent)
    , m_service(service) {}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck() {
    m_cancel = true;
    if (m_worker)
        m_worker->wait();
}

void BackgroundIntegrityCheck::scheduleAfter(int delayMs) {
    const QDateTime last = QDateTime::fromString(m_service.store().metaValue(LastCheckKey), Qt::ISODate);
    if (last.isValid() && last.secsTo(QDateTime::currentDateTimeUtc()) < CheckIntervalSeconds)
        return;
    QTimer::singleShot(delayMs, this, &BackgroundIntegrityCheck::run);
}

void BackgroundIntegrityCheck::run() {
    if (m_worker)
        return;
    m_worker = startWorker(m_service.store().database(), [this] {
        evidence::IntegrityCheck check(m_service);
        check.setReadLimit(ReadLimitBytesPerSecond);
        const evidence::IntegrityReport report =
            check.run(QUuid(), [this](int, int, qint64) { return !m_cancel; });
        if (report.cancelled)
            return;
        m_service.store().setMetaValue(LastCheckKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!report.intact())
            QMetaObject::invokeMethod(
                this, [this, report] { emit problemsFound(report); }, Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
    });
}

} // namespace fieldcase::ui

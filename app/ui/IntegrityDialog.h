#pragma once

#include "IntegrityCheck.h"

#include <QDialog>

#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace fieldcase::ui {

// The evidence integrity check on demand: re-hashes every file of the vault and checks every record's
// signature, with progress and cancel, then lists what is missing or altered and the case it touches.
// Also shows the findings of the background check.
class IntegrityDialog : public QDialog {
    Q_OBJECT
public:
    IntegrityDialog(evidence::EvidenceService& service, const QUuid& userId, QWidget* parent = nullptr);
    ~IntegrityDialog() override;

    void start();
    void showReport(const evidence::IntegrityReport& report);
    bool isRunning() const { return m_worker != nullptr; }
    QTableWidget* problemTable() const { return m_table; }
    QString summary() const;

protected:
    void reject() override;

private:
    evidence::EvidenceService& m_service;
    QUuid m_userId;
    QThread* m_worker = nullptr;
    std::atomic_bool m_cancel{false};
    QLabel* m_summary;
    QProgressBar* m_progress;
    QTableWidget* m_table;
    QPushButton* m_againButton;
    QPushButton* m_closeButton;
};

// Runs the integrity check in the background once after start, at a read rate an inspector does not
// notice, and at most every CheckInterval; says when it finds something.
class BackgroundIntegrityCheck : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 ReadLimitBytesPerSecond = 32LL * 1024 * 1024;
    static constexpr qint64 CheckIntervalSeconds = 12 * 3600;

    BackgroundIntegrityCheck(evidence::EvidenceService& service, QObject* parent = nullptr);
    ~BackgroundIntegrityCheck() override;
    // Starts after `delayMs`, unless a check finished less than CheckInterval ago.
    void scheduleAfter(int delayMs);

signals:
    void problemsFound(const fieldcase::evidence::IntegrityReport& report);

private:
    void run();
    evidence::EvidenceService& m_service;
    QThread* m_worker = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace fieldcase::ui

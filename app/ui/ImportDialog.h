#pragma once

#include "Evidence.h"
#include "Importer.h"

#include <QDialog>
#include <QPointer>

#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace fieldcase::evidence {
class EvidenceService;
}

namespace fieldcase::ui {

class Dialogs;

// Imports files into a case: from a folder or a body camera's drive (scanned for photos, videos and
// audio) or picked one by one. Shows a thumbnail, duration, size and time of each file, lets the user
// untick what does not belong to the case, then copies and hashes with a progress bar and a cancel
// button. The window stays responsive: scanning, thumbnails and copying run on a worker thread.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(evidence::EvidenceService& service, const EvidenceRecord& draft, Dialogs& dialogs,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Adds files to the list (probed in the background).
    void addFiles(const QStringList& paths);
    // Scans a folder or drive and adds what it holds.
    void addFolder(const QString& folder);
    // Starts the import of the ticked files.
    void startImport();
    bool isBusy() const;
    const evidence::ImportReport& report() const { return m_report; }
    QTableWidget* table() const { return m_table; }

signals:
    // Some files were saved (the case page shows them).
    void evidenceAdded();

protected:
    void reject() override;
    void changeEvent(QEvent* event) override;

private:
    struct Probed;
    void runInBackground(std::function<void()> work);
    void addRow(const Probed& probed);
    void showReport();
    void updateButtons();
    void retranslate();
    QStringList tickedPaths() const;

    evidence::EvidenceService& m_service;
    EvidenceRecord m_draft;
    Dialogs& m_dialogs;
    QThread* m_worker = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_importing = false;
    evidence::ImportReport m_report;

    QLabel* m_intro;
    QPushButton* m_folderButton;
    QPushButton* m_filesButton;
    QTableWidget* m_table;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_importButton;
    QPushButton* m_cancelButton;
};

} // namespace fieldcase::ui

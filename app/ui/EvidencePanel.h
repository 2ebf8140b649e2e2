#pragma once

#include "Evidence.h"

#include <QGroupBox>
#include <QHash>
#include <QPointer>
#include <QUuid>

class QPushButton;
class QTableWidget;

namespace fieldcase::evidence {
class ProfileEvidence;
}
namespace fieldcase::sync::client {
class OriginalDownloads;
}

namespace fieldcase::ui {

// The evidence of one case on the case page: what was captured or imported, when, where and how well
// the position was known, and the buttons that add more. An item whose file is not on this device (a
// leader's or clerk's device gets the records only) says so, and its original can be downloaded from the
// bureau with OriginalDownloads, with the bytes so far and a Cancel button; a later download resumes.
class EvidencePanel : public QGroupBox {
    Q_OBJECT
public:
    enum class Add { Photo, Video, Audio, Files, BodyCamera };
    Q_ENUM(Add)

    explicit EvidencePanel(evidence::ProfileEvidence& evidence, QWidget* parent = nullptr);

    // Where originals come from; without it (no bureau) an item whose file is elsewhere only says so.
    void setOriginalDownloads(sync::client::OriginalDownloads* downloads);

    void showCase(const QUuid& caseId);
    void refresh();
    QTableWidget* table() const { return m_table; }
    const QList<EvidenceRecord>& records() const { return m_records; }

    // "31.95270, 118.84120 ±5 m (stale fix)": a position as the table and the stamped copy show it.
    static QString positionText(const PositionStamp& stamp);

signals:
    void addRequested(fieldcase::ui::EvidencePanel::Add what);
    void openRequested(const fieldcase::EvidenceRecord& record);

protected:
    void changeEvent(QEvent* event) override;

private:
    // A download in progress, or the reason the last one failed.
    struct Download {
        bool running = false;
        qint64 received = 0;
        qint64 total = -1;
        QString error;
    };
    void retranslate();
    // The Original column of `row`: plain text for a file on this device; otherwise the state, the
    // progress and the Download or Cancel button.
    void showOriginal(int row);
    void startDownload(const QString& sha256);
    void showDownloadProgress(const QString& sha256, qint64 received, qint64 total);
    void endDownload(const QString& sha256, const QString& error);

    evidence::ProfileEvidence& m_evidence;
    QUuid m_caseId;
    QList<EvidenceRecord> m_records;
    QPointer<sync::client::OriginalDownloads> m_downloads;
    QHash<QString, Download> m_downloadStates; // by SHA-256
    QTableWidget* m_table;
    QPushButton* m_photoButton;
    QPushButton* m_videoButton;
    QPushButton* m_audioButton;
    QPushButton* m_filesButton;
    QPushButton* m_bodyCameraButton;
};

} // namespace fieldcase::ui

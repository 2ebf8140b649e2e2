#pragma once

#include "Evidence.h"

#include <QGroupBox>
#include <QUuid>

class QPushButton;
class QTableWidget;

namespace fieldcase::evidence {
class ProfileEvidence;
}

namespace fieldcase::ui {

// The evidence of one case on the case page: what was captured or imported, when, where and how well
// the position was known, and the buttons that add more.
class EvidencePanel : public QGroupBox {
    Q_OBJECT
public:
    enum class Add { Photo, Video, Audio, Files, BodyCamera };
    Q_ENUM(Add)

    explicit EvidencePanel(evidence::ProfileEvidence& evidence, QWidget* parent = nullptr);

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
    void retranslate();

    evidence::ProfileEvidence& m_evidence;
    QUuid m_caseId;
    QList<EvidenceRecord> m_records;
    QTableWidget* m_table;
    QPushButton* m_photoButton;
    QPushButton* m_videoButton;
    QPushButton* m_audioButton;
    QPushButton* m_filesButton;
    QPushButton* m_bodyCameraButton;
};

} // namespace fieldcase::ui

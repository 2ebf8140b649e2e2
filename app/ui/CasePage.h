#pragma once

#include <QDialog>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <memory>

namespace Ui {
class CasePage;
}

namespace fieldcase::store {
class Store;
}

namespace fieldcase::ui {

class DiscretionDialog;

// One case: its number, the subject with its credit code, cause, state, lead officer, the violations
// with their act dates (they decide which law applies), the penalty discretion results saved with it and the
// case's history from the audit log.
class CasePage : public QWidget {
    Q_OBJECT
public:
    // `userId`: the signed-in user, who saves discretion results.
    CasePage(store::Store& store, const QUuid& userId, QWidget* parent = nullptr);
    ~CasePage() override;

    // False when there is no such case (it was deleted by a sync, or the id is stale).
    bool showCase(const QUuid& caseId);
    QUuid caseId() const { return m_caseId; }
    // The number shown in the header: official, or provisional until the bureau assigns one.
    QString caseNumber() const;

    // Opens the penalty discretion dialog (non-blocking) for a new computation, or for the saved result
    // in row `savedRow` of the discretion table.
    DiscretionDialog* openDiscretion(int savedRow = -1);
    DiscretionDialog* discretionDialog() const;

signals:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showEvents();
    void showDiscretionResults();
    QString describeEvent(const QString& action, const QJsonObject& details) const;
    QString userName(const QUuid& userId) const;

    std::unique_ptr<Ui::CasePage> m_ui;
    store::Store& m_store;
    QUuid m_userId;
    QUuid m_caseId;
    QPointer<QDialog> m_discretionDialog; // a DiscretionDialog
};

} // namespace fieldcase::ui

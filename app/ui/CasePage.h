#pragma once

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

// One case: its number, the subject with its credit code, cause, state, lead officer, the violations
// with their act dates (they decide which law applies) and the case's history from the audit log.
class CasePage : public QWidget {
    Q_OBJECT
public:
    explicit CasePage(store::Store& store, QWidget* parent = nullptr);
    ~CasePage() override;

    // False when there is no such case (it was deleted by a sync, or the id is stale).
    bool showCase(const QUuid& caseId);
    QUuid caseId() const { return m_caseId; }
    // The number shown in the header: official, or provisional until the bureau assigns one.
    QString caseNumber() const;

signals:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showEvents();
    QString describeEvent(const QString& action, const QJsonObject& details) const;
    QString userName(const QUuid& userId) const;

    std::unique_ptr<Ui::CasePage> m_ui;
    store::Store& m_store;
    QUuid m_caseId;
};

} // namespace fieldcase::ui

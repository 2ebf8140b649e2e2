#pragma once

#include "User.h"

#include <QUuid>
#include <QWidget>

class QPushButton;

namespace fieldcase::store {
class Store;
}
namespace fieldcase::evidence {
class PositionService;
}

namespace fieldcase::ui {

class Dialogs;
class InspectionRecordDialog;
class ListPage;
class TaskTableModel;

// "My tasks": the officer's task list with the start of an inspection. Starting checks in with the
// device's position at that moment; the check-in shows at once and again whenever the task is opened.
class TaskPage : public QWidget {
    Q_OBJECT
public:
    TaskPage(store::Store& store, const User& user, const evidence::PositionService& position,
             Dialogs& dialogs, QWidget* parent = nullptr);

    ListPage* list() const { return m_list; }
    // Starts the inspection of the selected task with a check-in, then shows the check-in; false (and the
    // reason shown) when the store refuses.
    bool startInspection();
    // Shows the check-in of the selected task's inspection; false when it has none.
    bool showCheckIn();
    // Opens the site inspection record of the selected task's started inspection (non-blocking).
    InspectionRecordDialog* openInspectionRecord();

protected:
    void changeEvent(QEvent* event) override;

private:
    QUuid selectedTaskId() const;
    bool openCheckIn(const QUuid& taskId);
    void updateActions();
    void reselect(const QUuid& taskId);
    void retranslate();

    store::Store& m_store;
    User m_user;
    const evidence::PositionService& m_position;
    Dialogs& m_dialogs;
    TaskTableModel* m_model;
    ListPage* m_list;
    QPushButton* m_startButton;
    QPushButton* m_checkInButton;
    QPushButton* m_recordButton;
};

} // namespace fieldcase::ui

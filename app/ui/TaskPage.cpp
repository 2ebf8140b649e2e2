#include "TaskPage.h"

#include "CheckInDialog.h"
#include "Dialogs.h"
#include "InspectionRecordDialog.h"
#include "ListModels.h"
#include "ListPage.h"
#include "PagedTableModel.h"

#include "Cases.h"
#include "CheckIns.h"
#include "PositionService.h"
#include "Subjects.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fieldcase::ui {

TaskPage::TaskPage(store::Store& store, const User& user, const evidence::PositionService& position,
                   Dialogs& dialogs, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_user(user)
    , m_position(position)
    , m_dialogs(dialogs)
    , m_model(new TaskTableModel(store.connection(), user.id))
    , m_list(new ListPage(m_model, QT_TRANSLATE_NOOP("ListPage", "Filter by subject name"), this))
    , m_startButton(new QPushButton(this))
    , m_checkInButton(new QPushButton(this))
    , m_recordButton(new QPushButton(this)) {
    m_list->setObjectName("myTasksList");
    m_startButton->setObjectName("startInspectionButton");
    m_checkInButton->setObjectName("showCheckInButton");
    m_recordButton->setObjectName("inspectionRecordButton");
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_startButton);
    actions->addWidget(m_checkInButton);
    actions->addWidget(m_recordButton);
    actions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(actions);
    setFocusProxy(m_list);

    connect(m_startButton, &QPushButton::clicked, this, &TaskPage::startInspection);
    connect(m_checkInButton, &QPushButton::clicked, this, &TaskPage::showCheckIn);
    connect(m_recordButton, &QPushButton::clicked, this, [this] { openInspectionRecord(); });
    // Opening a task whose inspection has started shows where the officers checked in.
    connect(m_list, &ListPage::recordActivated, this, &TaskPage::openCheckIn);
    connect(m_list->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TaskPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TaskPage::updateActions);
    retranslate();
    updateActions();
}

QUuid TaskPage::selectedTaskId() const {
    return m_list->table()->currentIndex().data(PagedTableModel::IdRole).toUuid();
}

void TaskPage::updateActions() {
    const QUuid taskId = selectedTaskId();
    const std::optional<InspectionTask> task =
        taskId.isNull() ? std::nullopt : store::Tasks(m_store).task(taskId);
    m_startButton->setEnabled(task && task->state == TaskState::Assigned &&
                              task->officerIds.contains(m_user.id));
    const std::optional<Inspection> inspection =
        task ? store::Inspections(m_store).ofTask(taskId) : std::nullopt;
    m_checkInButton->setEnabled(inspection.has_value());
    m_recordButton->setEnabled(inspection && inspection->outcome == InspectionOutcome::Pending);
}

// A refreshed list loses its current row; the officer goes on with the same task.
void TaskPage::reselect(const QUuid& taskId) {
    QTableView* table = m_list->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(PagedTableModel::IdRole).toUuid() == taskId) {
            table->setCurrentIndex(index);
            break;
        }
    }
    updateActions();
}

InspectionRecordDialog* TaskPage::openInspectionRecord() {
    const std::optional<Inspection> inspection = store::Inspections(m_store).ofTask(selectedTaskId());
    if (!inspection)
        return nullptr;
    auto* dialog = new InspectionRecordDialog(m_store, m_user, inspection->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InspectionRecordDialog::completed, this, [this, taskId = inspection->taskId] {
        m_model->refresh();
        reselect(taskId);
    });
    dialog->show();
    return dialog;
}

bool TaskPage::startInspection() {
    const QUuid taskId = selectedTaskId();
    if (taskId.isNull())
        return false;
    // The stamp is taken when the officer acts, so its age and accuracy are those of this moment. Without
    // a fix the inspection still starts: the check-in says so, and the work on site is not held up.
    const store::StoreResult started = store::Inspections(m_store).startWithCheckIn(
        m_user.id, taskId, m_position.stamp(), m_position.config().checkInRadiusMeters);
    if (!started) {
        m_dialogs.showError(this, tr("Inspection not started"), started.message());
        m_model->refresh();
        return false;
    }
    m_model->refresh();
    reselect(taskId);
    return openCheckIn(taskId);
}

bool TaskPage::showCheckIn() {
    return openCheckIn(selectedTaskId());
}

bool TaskPage::openCheckIn(const QUuid& taskId) {
    const std::optional<Inspection> inspection =
        taskId.isNull() ? std::nullopt : store::Inspections(m_store).ofTask(taskId);
    const std::optional<store::CheckIn> checkIn =
        inspection ? store::CheckIns(m_store).forInspection(inspection->id) : std::nullopt;
    if (!checkIn)
        return false;
    const std::optional<Subject> subject = store::Subjects(m_store).subject(inspection->subjectId);
    auto* dialog = new CheckInDialog(*checkIn, subject ? subject->name : QString(), this);
    dialog->setObjectName("CheckInDialog");
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return true;
}

void TaskPage::retranslate() {
    m_startButton->setText(tr("&Start inspection (check in)"));
    m_startButton->setToolTip(tr("Records where this device is now and how far that is from the subject's "
                                 "registered location, and starts the inspection."));
    m_checkInButton->setText(tr("Show &check-in"));
    m_recordButton->setText(tr("Site inspection &record…"));
}

void TaskPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace fieldcase::ui

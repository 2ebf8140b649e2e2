#pragma once

#include "Checklist.h"

#include <QMap>
#include <QWidget>

#include <memory>

namespace Ui {
class ChecklistPage;
}

class QComboBox;

namespace fieldcase::store {
class Store;
}

namespace fieldcase::ui {

class WheelGuard;

// An inspector answers a site-inspection checklist and sees, as they answer, the findings for the site
// inspection record (现场检查笔录) and the violations the answers point to. Until inspections are
// recorded in FieldCase the findings go to the clipboard.
class ChecklistPage : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistPage(store::Store& store, QWidget* parent = nullptr);
    ~ChecklistPage() override;

    // Shows the checklist with this id; false if there is none.
    bool showChecklist(const QString& checklistId);
    const inspection::Findings& findings() const { return m_findings; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildItems();
    void updateFindings();
    void copyFindings();
    void retranslate();
    QMap<QString, QString> answers() const;
    const inspection::Checklist* currentChecklist() const;

    std::unique_ptr<Ui::ChecklistPage> m_ui;
    store::Store& m_store;
    QList<inspection::Checklist> m_checklists;
    QMap<QString, QComboBox*> m_answerFields;
    QMap<QString, QString> m_violationTitles; // code -> title, in the current language
    inspection::Findings m_findings;
    WheelGuard* m_wheelGuard = nullptr;
};

} // namespace fieldcase::ui

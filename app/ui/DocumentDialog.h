#pragma once

#include "DocumentData.h"
#include "DocumentTemplate.h"
#include "User.h"

#include <QDialog>
#include <QUuid>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace fieldcase::store {
class Store;
}

namespace fieldcase::ui {

class Dialogs;

// The enforcement documents of a case: choose the kind, see its pages as they will print (an incomplete
// document is drawn as a draft with every missing value marked), what is still missing, and save it as
// PDF or print it once complete. Saving and printing are audit events of the case.
class DocumentDialog : public QDialog {
    Q_OBJECT
public:
    DocumentDialog(store::Store& store, const User& user, const QUuid& caseId, Dialogs& dialogs,
                   QWidget* parent = nullptr);

    void showKind(const QString& kind);
    QStringList missing() const;
    int pagesShown() const;
    // Writes the PDF to a file the person chooses; false when cancelled or refused (the reason shown).
    bool savePdf();
    void print();

private:
    void refresh();
    void recordOutput(const QString& how, const QString& where, int pages);

    store::Store& m_store;
    User m_user;
    QUuid m_caseId;
    Dialogs& m_dialogs;
    std::optional<documents::DocumentTemplate> m_template;
    documents::DocumentData m_data;
    QStringList m_missing;
    QComboBox* m_kind;
    QListWidget* m_missingList;
    QVBoxLayout* m_pages;
    QPushButton* m_saveButton;
    QPushButton* m_printButton;
};

} // namespace fieldcase::ui

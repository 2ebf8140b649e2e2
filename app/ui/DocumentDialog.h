#pragma once

#include "DocumentData.h"
#include "DocumentTemplate.h"
#include "User.h"

#include <QDialog>
#include <QUuid>

class QComboBox;
class QFormLayout;
class QTimer;
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

    // The editor of a field the case's rows leave empty (objectName "field_" + id), or null.
    QWidget* fieldEditor(const QString& fieldId) const;
    // The number the document takes when saved, from this device's block; empty when none is free.
    QString pendingNumber() const { return m_pendingNumber; }

private:
    void refresh();
    void buildEditors();
    void showPreview();
    void saveDraft();
    QJsonValue editorValue(const documents::Field& field, QWidget* editor) const;
    void recordOutput(const QString& how, const QString& where, int pages);

    store::Store& m_store;
    User m_user;
    QUuid m_caseId;
    Dialogs& m_dialogs;
    std::optional<documents::DocumentTemplate> m_template;
    documents::DocumentData m_data;
    QStringList m_missing;
    QString m_pendingNumber;
    QList<std::pair<const documents::Field*, QWidget*>> m_editors;
    QComboBox* m_kind;
    QListWidget* m_missingList;
    QVBoxLayout* m_pages;
    QPushButton* m_saveButton;
    QPushButton* m_printButton;
    QFormLayout* m_editorsLayout;
    QLabel* m_numberLabel;
    QTimer* m_draftTimer;
};

} // namespace fieldcase::ui

#pragma once

#include "CaseRecord.h"
#include "User.h"

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace fieldcase::store {
class Store;
}

namespace fieldcase::ui {

// Records one dated fact of a case (the notice served, a written waiver, a hearing, a legal review opinion,
// a collective discussion, the service of the decision, a pause of the case clock…) with the fields its
// kind needs. The record is final once saved: the dialog says so, and the store refuses what the person's
// roles may not record.
class CaseRecordDialog : public QDialog {
    Q_OBJECT
public:
    CaseRecordDialog(store::Store& store, const User& user, const QUuid& caseId, CaseRecordKind kind,
                     QWidget* parent = nullptr);

    // The kinds a person records through this dialog (the others are written by steps or have their own).
    static QList<CaseRecordKind> kindsFor(Roles roles);

    bool save();

signals:
    void recorded();

private:
    struct Field {
        QString key;
        QWidget* editor;
        bool required;
    };
    QString valueOf(const Field& field) const;
    void updateSave();

    store::Store& m_store;
    User m_user;
    QUuid m_caseId;
    CaseRecordKind m_kind;
    QDateEdit* m_date;
    QList<Field> m_fields;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QList<QCheckBox*> m_penaltyChecks; // IntendedPenalty
};

} // namespace fieldcase::ui

#pragma once

#include "DiscretionStore.h"
#include "Engine.h"
#include "Pack.h"

#include <QDateTime>
#include <QDialog>
#include <QMap>
#include <QUuid>

#include <memory>
#include <optional>

namespace Ui {
class DiscretionDialog;
}

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace fieldcase::store {
class Store;
}

namespace fieldcase::ui {

class WheelGuard;

// Penalty discretion for one violation of a case: the officer picks the violation from the installed
// standard, answers its questions and sees the recommended fine computed live by discretion::Engine, with
// the statutory range, the legal basis, warnings and every step. Saving records the answers and the result
// with the case; a fine different from the recommendation needs a written reason.
class DiscretionDialog : public QDialog {
    Q_OBJECT
public:
    // A new computation under the newest installed standard, with the act dates of the case's first
    // violation and today as the decision date.
    DiscretionDialog(store::Store& store, const QUuid& userId, const QUuid& caseId,
                     QWidget* parent = nullptr);
    ~DiscretionDialog() override;

    // Shows a saved result exactly as it was saved, under the standard it was computed with, with a notice
    // when a newer version of that standard is installed. Changing an answer recomputes under that standard.
    void showSaved(const store::DiscretionStore::SavedResult& saved);

    // Selects a violation by its code among those the search shows; false if it is not listed.
    bool selectViolation(const QString& code);
    const discretion::Result& result() const { return m_result; }
    // What the questions currently say.
    discretion::Answers answers() const;
    discretion::CaseDates dates() const;
    const discretion::Pack* pack() const { return m_pack ? &*m_pack : nullptr; }

    // The fixed grounds of 行政处罚法 Art. 32 (mitigation) and Art. 33 (no penalty): stable keys saved with
    // the answers, and the text shown for them.
    struct Ground {
        const char* key;
        const char* text; // source text in the DiscretionDialog context
    };
    static const QList<Ground>& mitigationGrounds();
    static const QList<Ground>& noPenaltyGrounds();

signals:
    void saved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void setPack(const discretion::Pack& pack);
    void fillViolationList();
    void showViolation(const QString& code);
    void buildQuestions();
    void buildGrounds();
    void setAnswers(const discretion::Answers& answers);
    void recompute();
    void showResult();
    void save();
    void showMessage(const QString& message, bool error);
    std::optional<double> departureAmount(bool* valid) const;
    void updateSavedTexts();
    void moveCheckTexts();
    void retranslateGrounds();
    void retranslate();

    std::unique_ptr<Ui::DiscretionDialog> m_ui;
    store::Store& m_store;
    QUuid m_userId;
    QUuid m_caseId;
    std::optional<discretion::Pack> m_pack;
    QString m_code;
    discretion::Result m_result;
    QMap<QString, QComboBox*> m_factorFields;
    QMap<QString, QDoubleSpinBox*> m_inputFields;
    QList<QCheckBox*> m_mitigationChecks;
    QList<QCheckBox*> m_noPenaltyChecks;
    QList<QLabel*> m_groundLabels; // mitigation, then no penalty
    QLabel* m_harmLabel = nullptr;
    bool m_loading = false;
    WheelGuard* m_wheelGuard = nullptr;
    QDateTime m_savedAt; // valid when showing a saved result
    bool m_savedPackMissing = false;
};

} // namespace fieldcase::ui

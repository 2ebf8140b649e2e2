#include "CaseRecordDialog.h"

#include "CaseProcedure.h"
#include "procedure/Procedure.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

// The reasons that stop the decision clock (办法 Art. 57), with the keys the clocks read.
const std::pair<const char*, const char*> PauseReasons[] = {
    {"suspension", QT_TRANSLATE_NOOP("CaseRecordDialog", "Case suspended")},
    {"hearing", QT_TRANSLATE_NOOP("CaseRecordDialog", "Hearing")},
    {"testing", QT_TRANSLATE_NOOP("CaseRecordDialog", "Testing, inspection or appraisal")},
    {"notice", QT_TRANSLATE_NOOP("CaseRecordDialog", "Public notice")},
    {"service", QT_TRANSLATE_NOOP("CaseRecordDialog", "Service of documents")},
};

// How a document reaches the party (the methods of service of 民事诉讼法), with the keys the records keep.
const std::pair<const char*, const char*> ServiceMethods[] = {
    {"in_person", QT_TRANSLATE_NOOP("CaseRecordDialog", "In person")},
    {"left_with_witness", QT_TRANSLATE_NOOP("CaseRecordDialog", "Left at the address with a witness")},
    {"by_post", QT_TRANSLATE_NOOP("CaseRecordDialog", "By post")},
    {"electronic", QT_TRANSLATE_NOOP("CaseRecordDialog", "Electronically, with the party's signed consent")},
    {"public_notice", QT_TRANSLATE_NOOP("CaseRecordDialog", "By public notice")},
};

// A legal reviewer's conclusion (法制审核意见).
const std::pair<const char*, const char*> LegalConclusions[] = {
    {"agree", QT_TRANSLATE_NOOP("CaseRecordDialog", "Agree")},
    {"agree_with_changes", QT_TRANSLATE_NOOP("CaseRecordDialog", "Agree after the changes below")},
    {"disagree", QT_TRANSLATE_NOOP("CaseRecordDialog", "Disagree")},
};

// (stable key, display text) pairs for a combo box; the records keep the key.
template <std::size_t N>
QList<std::pair<QString, QString>> choices(const std::pair<const char*, const char*> (&table)[N]) {
    QList<std::pair<QString, QString>> items;
    for (const auto& [key, text] : table)
        items.append({QString::fromLatin1(key), QCoreApplication::translate("CaseRecordDialog", text)});
    return items;
}

} // namespace

QList<CaseRecordKind> CaseRecordDialog::kindsFor(Roles roles) {
    QList<CaseRecordKind> kinds;
    for (CaseRecordKind kind : enumValues<CaseRecordKind>()) {
        if (kind != CaseRecordKind::ProcedureStep && kind != CaseRecordKind::Interference &&
            mayRecord(kind, roles))
            kinds.append(kind);
    }
    return kinds;
}

CaseRecordDialog::CaseRecordDialog(store::Store& store, const User& user, const QUuid& caseId,
                                   CaseRecordKind kind, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_user(user)
    , m_caseId(caseId)
    , m_kind(kind)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel)) {
    setObjectName(QStringLiteral("caseRecordDialog"));
    setWindowTitle(enumDisplayName(kind));
    m_date->setObjectName(QStringLiteral("dateField"));
    m_date->setCalendarPopup(true);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);

    const auto addLine = [&](const char* key, const QString& label, bool required) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(key) + QStringLiteral("Field"));
        connect(edit, &QLineEdit::textChanged, this, &CaseRecordDialog::updateSave);
        form->addRow(label, edit);
        m_fields.append({QString::fromLatin1(key), edit, required});
    };
    const auto addText = [&](const char* key, const QString& label, bool required) {
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(QString::fromLatin1(key) + QStringLiteral("Field"));
        edit->setTabChangesFocus(true);
        connect(edit, &QPlainTextEdit::textChanged, this, &CaseRecordDialog::updateSave);
        form->addRow(label, edit);
        m_fields.append({QString::fromLatin1(key), edit, required});
    };
    const auto addChoice = [&](const char* key, const QString& label,
                               const QList<std::pair<QString, QString>>& items, bool editable) {
        auto* combo = new QComboBox;
        combo->setObjectName(QString::fromLatin1(key) + QStringLiteral("Field"));
        combo->setEditable(editable);
        for (const auto& [value, text] : items)
            combo->addItem(text, value);
        form->addRow(label, combo);
        m_fields.append({QString::fromLatin1(key), combo, true});
    };
    using namespace record_keys;
    switch (kind) {
    case CaseRecordKind::NoticeServed:
        addChoice(method, tr("&Method:"), choices(ServiceMethods), false);
        addLine(recipient, tr("&Received by:"), true);
        break;
    case CaseRecordKind::DecisionServed:
        addChoice(method, tr("&Method:"), choices(ServiceMethods), false);
        addLine(recipient, tr("&Received by:"), true);
        addLine(place, tr("&Place:"), true);
        break;
    case CaseRecordKind::HearingHeld:
        addText(opinion, tr("&Summary of the hearing:"), true);
        break;
    case CaseRecordKind::LegalReview:
        addChoice(conclusion, tr("&Conclusion:"), choices(LegalConclusions), false);
        addText(opinion, tr("&Opinion:"), true);
        break;
    case CaseRecordKind::CollectiveDiscussion:
        addLine(participants, tr("&Participants:"), true);
        addText(opinion, tr("&Opinions:"), true);
        addLine(conclusion, tr("C&onclusion:"), true);
        break;
    case CaseRecordKind::ClockPaused:
        addChoice(reason, tr("&Reason:"), choices(PauseReasons), false);
        addText(comment, tr("&Note:"), false);
        break;
    case CaseRecordKind::DefenceWaived:
        addText(comment, tr("How the party waived it in &writing:"), true);
        break;
    case CaseRecordKind::IntendedPenalty:
        for (const char* key :
             {procedure::penalty::Warning, procedure::penalty::Confiscation,
              procedure::penalty::LowerQualification, procedure::penalty::RevokePermit,
              procedure::penalty::SuspendProduction, procedure::penalty::CloseDown,
              procedure::penalty::RestrictPractice, procedure::penalty::DetentionTransfer}) {
            auto* check = new QCheckBox(procedure::penaltyKindName(QString::fromLatin1(key)));
            check->setObjectName(QStringLiteral("penalty_") + QString::fromLatin1(key));
            check->setProperty("penaltyKind", QString::fromLatin1(key));
            form->addRow(QString(), check);
            m_penaltyChecks.append(check);
        }
        addText(comment, tr("&Note:"), false);
        break;
    case CaseRecordKind::Amendment:
        addLine(corrects, tr("What it &corrects:"), true);
        addText(correction, tr("The correct &text:"), true);
        addText(comment, tr("&Reason:"), true);
        break;
    case CaseRecordKind::OpeningExtended:
    case CaseRecordKind::DecisionExtended:
        addText(comment, tr("&Approval and reason:"), true);
        break;
    default:
        addText(comment, tr("&Note:"), false);
        break;
    }

    auto* finality =
        new QLabel(tr("A record cannot be changed or deleted once saved; a mistake is corrected by an "
                      "amendment."));
    finality->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(finality);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseRecordDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSave();
    resize(520, 360);
}

QString CaseRecordDialog::valueOf(const Field& field) const {
    if (auto* line = qobject_cast<QLineEdit*>(field.editor))
        return line->text().trimmed();
    if (auto* text = qobject_cast<QPlainTextEdit*>(field.editor))
        return text->toPlainText().trimmed();
    auto* combo = qobject_cast<QComboBox*>(field.editor);
    // An editable choice keeps what the person typed; a fixed one stores its key.
    return combo->isEditable() ? combo->currentText().trimmed() : combo->currentData().toString();
}

void CaseRecordDialog::updateSave() {
    const bool complete = std::all_of(m_fields.begin(), m_fields.end(), [this](const Field& field) {
        return !field.required || !valueOf(field).isEmpty();
    });
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(complete);
}

bool CaseRecordDialog::save() {
    CaseRecord record;
    record.caseId = m_caseId;
    record.kind = m_kind;
    record.onDate = m_date->date();
    for (const Field& field : m_fields) {
        if (const QString value = valueOf(field); !value.isEmpty())
            record.body.insert(field.key, value);
    }
    if (m_kind == CaseRecordKind::IntendedPenalty) {
        QJsonArray kinds;
        for (const QCheckBox* check : m_penaltyChecks) {
            if (check->isChecked())
                kinds.append(check->property("penaltyKind").toString());
        }
        record.body.insert(QLatin1String(record_keys::penaltyKinds), kinds);
    }
    const store::StoreResult saved = store::CaseProcedure(m_store).record(m_user.id, m_user.roles, record);
    if (!saved) {
        m_error->setText(saved.message());
        m_error->show();
        return false;
    }
    emit recorded();
    accept();
    return true;
}

} // namespace fieldcase::ui

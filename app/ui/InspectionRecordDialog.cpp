#include "InspectionRecordDialog.h"

#include "ClickableLabel.h"
#include "SignatureDialog.h"

#include "CheckIns.h"
#include "Signatures.h"
#include "Subjects.h"
#include "procedure/Procedure.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {
const QString PartyPlace = QStringLiteral("party");
const QString RecorderPlace = QStringLiteral("recorder");
const QString InspectionEntity = QStringLiteral("inspection");
} // namespace

InspectionRecordDialog::InspectionRecordDialog(store::Store& store, const User& user,
                                               const QUuid& inspectionId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_user(user)
    , m_inspection(store::Inspections(store).byId(inspectionId).value_or(Inspection{}))
    , m_officers(new QListWidget)
    , m_declaration(new QCheckBox)
    , m_findings(new QPlainTextEdit)
    , m_outcome(new QComboBox)
    , m_cause(new QLineEdit)
    , m_signatureLabel(new QLabel)
    , m_signButton(new QPushButton)
    , m_recorderLabel(new QLabel)
    , m_recorderButton(new QPushButton)
    , m_missing(new QListWidget)
    , m_completeButton(new QPushButton) {
    setObjectName(QStringLiteral("inspectionRecordDialog"));
    setWindowTitle(tr("Site inspection record"));
    m_officers->setObjectName(QStringLiteral("officersList"));
    m_declaration->setObjectName(QStringLiteral("declarationCheck"));
    m_findings->setObjectName(QStringLiteral("findingsField"));
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_cause->setObjectName(QStringLiteral("causeField"));
    m_signButton->setObjectName(QStringLiteral("partySignButton"));
    m_recorderButton->setObjectName(QStringLiteral("recorderSignButton"));
    m_missing->setObjectName(QStringLiteral("missingList"));
    m_completeButton->setObjectName(QStringLiteral("completeButton"));

    const std::optional<Subject> subject = store::Subjects(store).subject(m_inspection.subjectId);
    auto* heading =
        new QLabel(tr("<b>%1</b><br>Started %2")
                       .arg(subject ? subject->name.toHtmlEscaped() : QString(),
                            QLocale().toString(m_inspection.startedAt.toLocalTime(), QLocale::ShortFormat)));
    heading->setWordWrap(true);
    for (const OfficerPresence& officer : m_inspection.officers)
        m_officers->addItem(officer.certificateNumber.trimmed().isEmpty()
                                ? tr("%1 — no enforcement certificate on record").arg(officer.name)
                                : tr("%1, certificate %2").arg(officer.name, officer.certificateNumber));
    m_officers->setMaximumHeight(72);
    auto* declarationText = new ClickableLabel(m_declaration, this);
    declarationText->setObjectName(QStringLiteral("declarationLabel"));
    declarationText->setText(
        tr("The officers showed their enforcement certificates, told the party its rights "
           "(including to ask for an officer's recusal), and declare no conflict of interest."));
    m_declaration->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* declarationRow = new QHBoxLayout;
    declarationRow->addWidget(m_declaration, 0, Qt::AlignTop);
    declarationRow->addWidget(declarationText, 1);
    m_findings->setPlaceholderText(tr("What was found: production, treatment facilities, outfalls, online "
                                      "monitors, hazardous-waste storage…"));
    for (InspectionOutcome outcome :
         {InspectionOutcome::NoProblem, InspectionOutcome::CorrectionRequired, InspectionOutcome::OpenCase})
        m_outcome->addItem(enumDisplayName(outcome), QVariant::fromValue(int(outcome)));
    m_cause->setPlaceholderText(tr("Cause of the case, e.g. 超标排放水污染物案"));
    m_signButton->setText(tr("Inspected party &signs…"));
    m_recorderButton->setText(tr("I sign as the &recorder…"));
    m_completeButton->setText(tr("&Complete the record"));
    m_missing->setMaximumHeight(96);
    m_missing->setSelectionMode(QAbstractItemView::NoSelection);
    m_missing->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Officers present:"), m_officers);
    form->addRow(QString(), declarationRow);
    form->addRow(tr("&Findings:"), m_findings);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("Case c&ause:"), m_cause);
    auto* signatureRow = new QHBoxLayout;
    signatureRow->addWidget(m_signatureLabel, 1);
    signatureRow->addWidget(m_signButton);
    form->addRow(tr("Inspected party:"), signatureRow);
    auto* recorderRow = new QHBoxLayout;
    recorderRow->addWidget(m_recorderLabel, 1);
    recorderRow->addWidget(m_recorderButton);
    form->addRow(tr("Recorder:"), recorderRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_completeButton, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Still missing:")));
    layout->addWidget(m_missing);
    layout->addWidget(buttons);

    connect(m_declaration, &QCheckBox::toggled, this, &InspectionRecordDialog::updateMissing);
    connect(m_findings, &QPlainTextEdit::textChanged, this, &InspectionRecordDialog::updateMissing);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &InspectionRecordDialog::updateMissing);
    connect(m_cause, &QLineEdit::textChanged, this, &InspectionRecordDialog::updateMissing);
    connect(m_signButton, &QPushButton::clicked, this, [this] { openPartySignature(); });
    connect(m_recorderButton, &QPushButton::clicked, this, [this] { openRecorderSignature(); });
    connect(m_completeButton, &QPushButton::clicked, this, [this] { complete(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_outcome->setCurrentIndex(-1);
    showSignature();
    resize(640, 620);
}

SignatureDialog* InspectionRecordDialog::openPartySignature() {
    return openSignature(PartyPlace);
}

SignatureDialog* InspectionRecordDialog::openRecorderSignature() {
    return openSignature(RecorderPlace);
}

SignatureDialog* InspectionRecordDialog::openSignature(const QString& place) {
    const bool party = place == PartyPlace;
    auto* dialog =
        new SignatureDialog(tr("Site inspection record"),
                            party ? tr("Signature of the inspected party") : tr("Signature of the recorder"),
                            party ? SignatureDialog::Signer::Party : SignatureDialog::Signer::Officer,
                            party ? QString() : m_user.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, place, party] {
        store::SignatureRecord record =
            signatureRecord(dialog->capture(), InspectionEntity, m_inspection.id, place);
        if (!party)
            record.signerUserId = m_user.id;
        const store::StoreResult saved = store::Signatures(m_store).add(m_user.id, record);
        if (!saved)
            (party ? m_signatureLabel : m_recorderLabel)->setText(saved.message());
        else
            showSignature();
    });
    dialog->show();
    return dialog;
}

void InspectionRecordDialog::showSignature() {
    const QList<store::SignatureRecord> signatures = store::Signatures(m_store).forEntity(m_inspection.id);
    const std::optional<store::SignatureRecord> party = latestSignatureAt(signatures, PartyPlace);
    m_partySigned = party.has_value();
    m_signatureLabel->setText(signatureStatus(party));
    m_recorderLabel->setText(signatureStatus(latestSignatureAt(signatures, RecorderPlace)));
    updateMissing();
}

void InspectionRecordDialog::updateMissing() {
    const bool opensCase = m_outcome->currentIndex() >= 0 &&
                           InspectionOutcome(m_outcome->currentData().toInt()) == InspectionOutcome::OpenCase;
    m_cause->setEnabled(opensCase);
    Inspection draft = m_inspection;
    draft.findings = m_findings->toPlainText().trimmed();
    draft.outcome = m_outcome->currentIndex() < 0 ? InspectionOutcome::Pending
                                                  : InspectionOutcome(m_outcome->currentData().toInt());
    draft.endedAt = QDateTime::currentDateTimeUtc();
    m_missing->clear();
    for (const procedure::Requirement& requirement :
         procedure::checkInspectionCompletion(draft, m_declaration->isChecked()).missing)
        m_missing->addItem(QStringLiteral("✗ ") + requirement.message);
    if (!m_partySigned)
        m_missing->addItem(QStringLiteral("✗ ") +
                           tr("The inspected party's signature, or a witnessed refusal."));
    if (opensCase && m_cause->text().trimmed().isEmpty())
        m_missing->addItem(QStringLiteral("✗ ") + tr("The cause of the case to be opened."));
    if (m_missing->count() == 0)
        m_missing->addItem(tr("✓ Nothing is missing."));
    m_completeButton->setEnabled(m_missing->count() == 1 && m_missing->item(0)->text().startsWith(u'✓'));
}

bool InspectionRecordDialog::complete() {
    store::Inspections::Conclusion conclusion;
    conclusion.findings = m_findings->toPlainText();
    conclusion.outcome = m_outcome->currentIndex() < 0 ? InspectionOutcome::Pending
                                                       : InspectionOutcome(m_outcome->currentData().toInt());
    conclusion.recusalDeclared = m_declaration->isChecked();
    conclusion.caseCause = m_cause->text();
    const store::Inspections::Completed done =
        store::Inspections(m_store).complete(m_user.id, m_inspection.id, conclusion);
    if (!done.ok()) {
        m_missing->clear();
        m_missing->addItems(done.result.message().split(QLatin1Char('\n')));
        return false;
    }
    emit completed(done.caseId);
    accept();
    return true;
}

} // namespace fieldcase::ui

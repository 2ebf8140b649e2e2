#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "ProcedurePanel.h"

#include "DocumentNumber.h"
#include "DocumentNumbers.h"
#include "Store.h"

#include <QDate>
#include <QJsonDocument>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace fieldcase::ui {

namespace {

// ProcedurePanel::settingsOf() reads the same key.
const QString ProcedureSettingsKey = QStringLiteral("procedure_settings");

const QString CorrectionOrder = QStringLiteral("责改");
const QString PenaltyDecision = QStringLiteral("罚决");
const QString AdvanceNotice = QStringLiteral("罚告");
const QString SealUp = QStringLiteral("查封");

int spinValue(qint64 value) {
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

} // namespace

// One category's block as the dialog shows it, and as it was when the dialog opened.
struct SettingsDialog::BlockRow {
    QString category;
    QSpinBox* first;
    QSpinBox* last;
    QLabel* remaining;
};

// The sections together are taller than a 768-pixel laptop screen (and more so in tablet mode): they scroll,
// while the OK and Cancel buttons stay in view.
void SettingsDialog::scrollSections() {
    auto* sections = new QWidget;
    auto* sectionsLayout = new QVBoxLayout(sections);
    sectionsLayout->setContentsMargins(0, 0, 0, 0);
    while (m_ui->dialogLayout->count() > 0) {
        QLayoutItem* item = m_ui->dialogLayout->itemAt(0);
        if (item->widget() == m_ui->buttonBox)
            break;
        m_ui->dialogLayout->takeAt(0);
        if (item->widget())
            sectionsLayout->addWidget(item->widget());
        else if (item->layout())
            sectionsLayout->addLayout(item->layout());
        else
            sectionsLayout->addItem(item);
        if (item->widget() || item->layout())
            delete item;
    }
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("sectionsArea"));
    scroll->setWidget(sections);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_ui->dialogLayout->insertWidget(0, scroll, 1);
}

QStringList SettingsDialog::numberedCategories() {
    return {CorrectionOrder, PenaltyDecision, AdvanceNotice, SealUp};
}

SettingsDialog::SettingsDialog(const UiSettings& settings, QWidget* parent)
    : SettingsDialog(settings, nullptr, User(), parent) {}

SettingsDialog::SettingsDialog(const UiSettings& settings, store::Store* store, const User& user,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_store(store)
    , m_user(user)
    , m_year(QDate::currentDate().year()) {
    m_ui->setupUi(this);
    scrollSections();
    m_ui->settingsErrorLabel->hide();
    // Without the profile's store (a caller that only edits the device's settings) the bureau's settings
    // are not shown rather than shown empty.
    m_ui->documentNumbersGroup->setVisible(m_store);
    m_ui->procedureGroup->setVisible(m_store);
    if (m_store) {
        loadDocumentNumbers();
        loadProcedure();
    }
    fillLanguages();
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(int(settings.language)));
    m_ui->highContrastCheck->setChecked(settings.highContrast);
    m_ui->tabletModeCheck->setChecked(settings.tabletMode);
    m_ui->idleLockSpin->setMaximum(UiSettings::MaxIdleLockMinutes);
    m_ui->idleLockSpin->setValue(settings.idleLockMinutes);

    fillPositionSources();
    m_ui->positionSourceCombo->setCurrentIndex(
        m_ui->positionSourceCombo->findData(int(settings.position.kind)));
    m_ui->serialPortField->setText(settings.position.serialPort);
    m_ui->nmeaAddressField->setText(settings.position.tcpAddress);
    m_ui->nmeaFileField->setText(settings.position.filePath);
    m_ui->checkInRadiusSpin->setValue(qRound(settings.position.checkInRadiusMeters));
    connect(m_ui->positionSourceCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::showPositionSourceFields);
    showPositionSourceFields();
}

SettingsDialog::~SettingsDialog() = default;

// One row per numbered category: its block's first and last serial and how many are left.
QList<SettingsDialog::BlockRow> SettingsDialog::blockRows() const {
    return {{CorrectionOrder, m_ui->correctionOrderFirstSpin, m_ui->correctionOrderLastSpin,
             m_ui->correctionOrderRemainingLabel},
            {PenaltyDecision, m_ui->decisionFirstSpin, m_ui->decisionLastSpin, m_ui->decisionRemainingLabel},
            {AdvanceNotice, m_ui->noticeFirstSpin, m_ui->noticeLastSpin, m_ui->noticeRemainingLabel},
            {SealUp, m_ui->sealUpFirstSpin, m_ui->sealUpLastSpin, m_ui->sealUpRemainingLabel}};
}

void SettingsDialog::loadDocumentNumbers() {
    const store::DocumentNumbers numbers(*m_store);
    m_ui->agencyField->setText(numbers.agency());
    m_ui->patternField->setText(numbers.pattern());
    m_ui->patternField->setPlaceholderText(DocumentNumber::defaultPattern());
    const QList<BlockRow> rows = blockRows();
    for (const BlockRow& row : rows) {
        const std::optional<store::NumberBlock> block = numbers.block(row.category, m_year);
        row.first->setValue(block ? spinValue(block->first) : 0);
        row.last->setValue(block ? spinValue(block->last) : 0);
        // What was loaded, so accepting the dialog only sets the blocks the user changed.
        row.first->setProperty("loaded", row.first->value());
        row.last->setProperty("loaded", row.last->value());
    }
    connect(m_ui->agencyField, &QLineEdit::textChanged, this, &SettingsDialog::showNumberTexts);
    connect(m_ui->patternField, &QLineEdit::textChanged, this, &SettingsDialog::showNumberTexts);
    showNumberTexts();
}

void SettingsDialog::showNumberTexts() {
    if (!m_store)
        return;
    const QString pattern = m_ui->patternField->text().trimmed();
    const QString problem = DocumentNumber::patternProblem(pattern);
    m_ui->numberPreviewLabel->setText(
        problem.isEmpty()
            ? tr("Example: %1")
                  .arg(DocumentNumber{m_ui->agencyField->text().trimmed(), CorrectionOrder, m_year, 1}.format(
                      pattern))
            : problem);
    m_ui->blockYearLabel->setText(tr("Serials the bureau reserved for this device in %1:").arg(m_year));
    const store::DocumentNumbers numbers(*m_store);
    for (const BlockRow& row : blockRows()) {
        const std::optional<store::NumberBlock> block = numbers.block(row.category, m_year);
        row.remaining->setText(block ? tr("%n left", nullptr, int(qMin<qint64>(block->remaining(), 1 << 30)))
                                     : tr("none set"));
    }
}

void SettingsDialog::loadProcedure() {
    m_procedure = ProcedurePanel::settingsOf(*m_store);
    m_ui->hearingThresholdOrganisationSpin->setValue(spinValue(m_procedure.hearingThresholdOrganisation));
    m_ui->hearingThresholdIndividualSpin->setValue(spinValue(m_procedure.hearingThresholdIndividual));
    m_ui->legalReviewAmountSpin->setValue(spinValue(m_procedure.legalReviewAmount));
    m_ui->legalReviewOnHearingCheck->setChecked(m_procedure.legalReviewOnHearing);
    m_ui->collectiveDiscussionAmountSpin->setValue(spinValue(m_procedure.collectiveDiscussionAmount));
    m_ui->defenceWindowDaysSpin->setValue(m_procedure.defenceWindowDays);
    m_ui->hearingRequestDaysSpin->setValue(m_procedure.hearingRequestDays);

    // The thresholds decide which safeguards a case needs, so they are the leaders' to set; others see them.
    m_procedureEditable = m_user.hasRole(Role::TeamLeader) || m_user.hasRole(Role::Admin);
    m_ui->procedureReadOnlyLabel->setVisible(!m_procedureEditable);
    for (QSpinBox* spin : m_ui->procedureGroup->findChildren<QSpinBox*>())
        spin->setReadOnly(!m_procedureEditable);
    m_ui->legalReviewOnHearingCheck->setEnabled(m_procedureEditable);
}

procedure::ProcedureSettings SettingsDialog::editedProcedure() const {
    procedure::ProcedureSettings edited = m_procedure;
    edited.hearingThresholdOrganisation = m_ui->hearingThresholdOrganisationSpin->value();
    edited.hearingThresholdIndividual = m_ui->hearingThresholdIndividualSpin->value();
    edited.legalReviewAmount = m_ui->legalReviewAmountSpin->value();
    edited.legalReviewOnHearing = m_ui->legalReviewOnHearingCheck->isChecked();
    edited.collectiveDiscussionAmount = m_ui->collectiveDiscussionAmountSpin->value();
    edited.defenceWindowDays = m_ui->defenceWindowDaysSpin->value();
    edited.hearingRequestDays = m_ui->hearingRequestDaysSpin->value();
    return edited;
}

QString SettingsDialog::saveProfileSettings() {
    store::DocumentNumbers numbers(*m_store);
    if (store::StoreResult saved =
            numbers.setFormat(m_user.id, m_ui->agencyField->text(), m_ui->patternField->text());
        !saved)
        return saved.message();
    const QList<BlockRow> rows = blockRows();
    for (const BlockRow& row : rows) {
        const int first = row.first->value();
        const int last = row.last->value();
        if (first == row.first->property("loaded").toInt() && last == row.last->property("loaded").toInt())
            continue;
        if (store::StoreResult saved = numbers.setBlock(m_user.id, row.category, m_year, first, last); !saved)
            return saved.message();
        row.first->setProperty("loaded", first);
        row.last->setProperty("loaded", last);
    }
    showNumberTexts();

    const procedure::ProcedureSettings edited = editedProcedure();
    if (m_procedureEditable && !(edited == m_procedure)) {
        const QJsonObject json = edited.toJson();
        if (store::StoreResult saved = m_store->setMetaValue(
                ProcedureSettingsKey, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
            !saved)
            return saved.message();
        // Meta values are not synchronised data; the audit log keeps who changed a safeguard and how.
        m_store->recordEvent(m_user.id, QStringLiteral("procedure.settings"), QStringLiteral("profile"), {},
                             {{QStringLiteral("old"), m_procedure.toJson()}, {QStringLiteral("new"), json}});
        m_procedure = edited;
    }
    return {};
}

void SettingsDialog::accept() {
    if (m_store) {
        const QString problem = saveProfileSettings();
        m_ui->settingsErrorLabel->setText(problem);
        m_ui->settingsErrorLabel->setVisible(!problem.isEmpty());
        if (!problem.isEmpty())
            return;
    }
    QDialog::accept();
}

void SettingsDialog::fillLanguages() {
    QComboBox* combo = m_ui->languageCombo;
    const int selected = combo->currentIndex();
    combo->clear();
    combo->addItem(tr("System language"), int(Language::System));
    // Each language is named in itself, so someone who cannot read the current one still finds theirs.
    combo->addItem(QStringLiteral("简体中文"), int(Language::Chinese));
    combo->addItem(QStringLiteral("English"), int(Language::English));
    combo->setCurrentIndex(qMax(selected, 0));
}

void SettingsDialog::fillPositionSources() {
    using Kind = evidence::PositionSourceConfig::Kind;
    QComboBox* combo = m_ui->positionSourceCombo;
    const int selected = combo->currentIndex();
    combo->clear();
    combo->addItem(tr("This device's location service"), int(Kind::System));
    combo->addItem(tr("GPS receiver on a serial port (NMEA)"), int(Kind::NmeaSerial));
    combo->addItem(tr("NMEA stream over the network"), int(Kind::NmeaTcp));
    combo->addItem(tr("Recorded NMEA file (training)"), int(Kind::NmeaFile));
    combo->setCurrentIndex(qMax(selected, 0));
}

// Only the field the chosen source needs is editable; the others keep their text for switching back.
void SettingsDialog::showPositionSourceFields() {
    using Kind = evidence::PositionSourceConfig::Kind;
    const Kind kind = Kind(m_ui->positionSourceCombo->currentData().toInt());
    m_ui->serialPortField->setEnabled(kind == Kind::NmeaSerial);
    m_ui->nmeaAddressField->setEnabled(kind == Kind::NmeaTcp);
    m_ui->nmeaFileField->setEnabled(kind == Kind::NmeaFile);
}

UiSettings SettingsDialog::settings() const {
    UiSettings settings;
    settings.language = Language(m_ui->languageCombo->currentData().toInt());
    settings.highContrast = m_ui->highContrastCheck->isChecked();
    settings.tabletMode = m_ui->tabletModeCheck->isChecked();
    settings.idleLockMinutes = m_ui->idleLockSpin->value();
    settings.position.kind =
        evidence::PositionSourceConfig::Kind(m_ui->positionSourceCombo->currentData().toInt());
    settings.position.serialPort = m_ui->serialPortField->text().trimmed();
    settings.position.tcpAddress = m_ui->nmeaAddressField->text().trimmed();
    settings.position.filePath = m_ui->nmeaFileField->text().trimmed();
    settings.position.checkInRadiusMeters = m_ui->checkInRadiusSpin->value();
    return settings;
}

void SettingsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
        fillPositionSources();
        showNumberTexts();
    }
    QDialog::changeEvent(event);
}

} // namespace fieldcase::ui

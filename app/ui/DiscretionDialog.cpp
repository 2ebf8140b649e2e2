#include "DiscretionDialog.h"
#include "ui_DiscretionDialog.h"

#include "ClickableLabel.h"

#include "DisplayText.h"
#include "WheelGuard.h"
#include "WrappingDelegate.h"

#include "Cases.h"
#include "Store.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScreen>

namespace fieldcase::ui {

using discretion::Text;

namespace {

const char* const GroundProperty = "fieldcaseGround";

QString amountText(double amount) {
    return DiscretionDialog::tr("%1 yuan").arg(discretion::formatYuan(amount));
}

// Free-text fields a few lines high, whatever the font (tablet mode enlarges it).
void limitToLines(QPlainTextEdit* edit, int lines) {
    const int frame = 2 * edit->frameWidth() + int(edit->document()->documentMargin() * 2);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (lines + 1) + frame);
}

// A third of the width the dialog will have.
int available3(const QWidget* dialog) {
    const QScreen* screen = dialog->screen() ? dialog->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry().width() * 92 / 100 / 3 : 400;
}

// Combo boxes with long option texts (pollutant classes run to a sentence) keep a sensible width and
// show the whole text in their list and tooltip.
void fitLongOptions(QComboBox* combo) {
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->view()->setTextElideMode(Qt::ElideNone);
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
    combo->setToolTip(combo->currentText());
}

} // namespace

const QList<DiscretionDialog::Ground>& DiscretionDialog::mitigationGrounds() {
    static const QList<Ground> grounds{
        {"art32-1", QT_TR_NOOP("Eliminated or reduced the harmful consequences on its own initiative")},
        {"art32-2", QT_TR_NOOP("Acted under coercion or deception by others")},
        {"art32-3", QT_TR_NOOP("Confessed violations the authority did not yet know of")},
        {"art32-4", QT_TR_NOOP("Helped the authority investigate violations with meritorious conduct")},
        {"art32-5", QT_TR_NOOP("Another ground for mitigation in a law, regulation or rule")},
    };
    return grounds;
}

const QList<DiscretionDialog::Ground>& DiscretionDialog::noPenaltyGrounds() {
    static const QList<Ground> grounds{
        {"art33-1-minor", QT_TR_NOOP("Minor violation, corrected in time, no harmful consequences")},
        {"art33-1-first", QT_TR_NOOP("First violation, minor harm, corrected in time")},
        {"art33-2", QT_TR_NOOP("Evidence shows the party was not at fault")},
    };
    return grounds;
}

DiscretionDialog::DiscretionDialog(store::Store& store, const QUuid& userId, const QUuid& caseId,
                                   QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DiscretionDialog>())
    , m_store(store)
    , m_userId(userId)
    , m_caseId(caseId) {
    m_ui->setupUi(this);
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 4);
    m_ui->mainSplitter->setStretchFactor(2, 4);
    m_ui->apologyPercentSpin->setRange(0, 100);
    m_wheelGuard = new WheelGuard(this);
    for (QWidget* field : std::initializer_list<QWidget*>{m_ui->actStartEdit, m_ui->actEndEdit,
                                                          m_ui->decisionDateEdit, m_ui->apologyPercentSpin})
        m_wheelGuard->guard(field);
    m_ui->violationList->setItemDelegate(new WrappingDelegate(m_ui->violationList));
    m_ui->stepsList->setItemDelegate(new WrappingDelegate(m_ui->stepsList));
    for (QDateEdit* edit : {m_ui->actStartEdit, m_ui->actEndEdit, m_ui->decisionDateEdit}) {
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                                   ? QLocale().dateFormat(QLocale::ShortFormat)
                                   : QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(QDate(1990, 1, 1));
    }
    buildGrounds();
    // The harm check box's text is long in English: a wrapping label instead, in the check box's place.
    auto* harmRow = new QWidget(m_ui->datesBox);
    auto* harmLayout = new QHBoxLayout(harmRow);
    harmLayout->setContentsMargins(0, 0, 0, 0);
    m_harmLabel = new ClickableLabel(m_ui->harmResultedCheck, harmRow);
    m_harmLabel->setObjectName("harmResultedLabel");
    delete m_ui->datesForm->replaceWidget(m_ui->harmResultedCheck, harmRow);
    m_ui->harmResultedCheck->setParent(harmRow);
    m_ui->harmResultedCheck->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    harmLayout->addWidget(m_ui->harmResultedCheck, 0, Qt::AlignTop);
    harmLayout->addWidget(m_harmLabel, 1);
    moveCheckTexts();
    limitToLines(m_ui->reasonField, 3);
    limitToLines(m_ui->departureReasonField, 3);
    const int third = available3(this);
    m_ui->mainSplitter->setSizes({third * 3 / 4, third + third / 8, third + third / 8});

    // Defaults: the case's first violation and today.
    const QDate today = QDate::currentDate();
    QDate actStart = today;
    QDate actEnd = today;
    if (const std::optional<Case> found = store::Cases(m_store).caseById(caseId);
        found && !found->violations.isEmpty()) {
        const fieldcase::Violation& first = found->violations.first();
        actStart = first.actStart.isValid() ? first.actStart : actStart;
        actEnd = first.actEnd.isValid() ? first.actEnd : actStart;
    }
    m_ui->actStartEdit->setDate(actStart);
    m_ui->actEndEdit->setDate(actEnd);
    m_ui->decisionDateEdit->setDate(today);

    connect(m_ui->violationSearchField, &QLineEdit::textChanged, this, &DiscretionDialog::fillViolationList);
    connect(m_ui->violationList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && !m_loading)
            showViolation(item->data(Qt::UserRole).toString());
    });
    for (QDateEdit* edit : {m_ui->actStartEdit, m_ui->actEndEdit, m_ui->decisionDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, &DiscretionDialog::recompute);
    connect(m_ui->harmResultedCheck, &QCheckBox::toggled, this, &DiscretionDialog::recompute);
    connect(m_ui->apologyCheck, &QCheckBox::toggled, this, &DiscretionDialog::recompute);
    connect(m_ui->apologyPercentSpin, &QSpinBox::valueChanged, this, &DiscretionDialog::recompute);
    connect(m_ui->reasonField, &QPlainTextEdit::textChanged, this, &DiscretionDialog::recompute);
    connect(m_ui->departureAmountField, &QLineEdit::textChanged, this, [this] { showMessage({}, false); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &DiscretionDialog::save);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);

    const QList<discretion::Pack> packs = store::DiscretionStore(m_store).latestPacks();
    if (!packs.isEmpty())
        setPack(packs.first());
    else
        m_ui->packLabel->setText(tr("No discretion standard is installed."));
    showViolation({});

    // Most of the screen: three columns of questions and explanations.
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        resize(available.width() * 92 / 100, available.height() * 90 / 100);
    }
    m_ui->violationSearchField->setFocus();
}

DiscretionDialog::~DiscretionDialog() = default;

void DiscretionDialog::setPack(const discretion::Pack& pack) {
    m_pack = pack;
    fillViolationList();
}

void DiscretionDialog::fillViolationList() {
    const QString language = dataLanguage();
    const QString search = m_ui->violationSearchField->text();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_ui->violationList->clear();
    if (m_pack) {
        for (const discretion::Violation& violation : m_pack->violations) {
            if (!violation.matches(search))
                continue;
            auto* item = new QListWidgetItem(tr("%1 (%2)").arg(violation.title.in(language), violation.code),
                                             m_ui->violationList);
            item->setData(Qt::UserRole, violation.code);
            item->setToolTip(violation.title.in(language));
            if (violation.code == m_code)
                m_ui->violationList->setCurrentItem(item);
        }
        m_ui->packLabel->setText(tr("Standard: %1, version %2 (%3)")
                                     .arg(m_pack->publication.in(language), m_pack->version, m_pack->id));
    }
    m_loading = wasLoading;
}

bool DiscretionDialog::selectViolation(const QString& code) {
    for (int row = 0; row < m_ui->violationList->count(); ++row) {
        if (m_ui->violationList->item(row)->data(Qt::UserRole).toString() == code) {
            m_ui->violationList->setCurrentRow(row);
            return m_code == code;
        }
    }
    return false;
}

void DiscretionDialog::showViolation(const QString& code) {
    m_code = m_pack && m_pack->violation(code) ? code : QString();
    buildQuestions();
    recompute();
}

void DiscretionDialog::buildGrounds() {
    const auto build = [this](const QList<Ground>& grounds, QLayout* layout, QList<QCheckBox*>& checks) {
        for (const Ground& ground : grounds) {
            // A check box cannot wrap its text: a box and a wrapping label that toggles it.
            auto* row = new QHBoxLayout;
            auto* check = new QCheckBox(m_ui->outsideRangeBox);
            check->setObjectName(QStringLiteral("ground_%1").arg(QLatin1String(ground.key)));
            check->setProperty(GroundProperty, QLatin1String(ground.key));
            check->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
            auto* label = new ClickableLabel(check, m_ui->outsideRangeBox);
            label->setObjectName(check->objectName() + QStringLiteral("Label"));
            row->addWidget(check, 0, Qt::AlignTop);
            row->addWidget(label, 1);
            layout->addItem(row);
            checks.append(check);
            m_groundLabels.append(label);
            connect(check, &QCheckBox::toggled, this, &DiscretionDialog::recompute);
        }
    };
    build(mitigationGrounds(), m_ui->mitigationGroundsLayout, m_mitigationChecks);
    build(noPenaltyGrounds(), m_ui->noPenaltyGroundsLayout, m_noPenaltyChecks);
    retranslateGrounds();
}

// One combo box per factor and one number field per input of the chosen violation.
void DiscretionDialog::buildQuestions() {
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString language = dataLanguage();
    while (QLayoutItem* item = m_ui->factorsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    while (m_ui->inputsForm->rowCount() > 0)
        m_ui->inputsForm->removeRow(0);
    m_factorFields.clear();
    m_inputFields.clear();

    const discretion::Violation* violation = m_pack ? m_pack->violation(m_code) : nullptr;
    const bool shown = violation != nullptr;
    for (QWidget* part :
         std::initializer_list<QWidget*>{m_ui->factorsBox, m_ui->datesBox, m_ui->outsideRangeBox})
        part->setVisible(shown);
    m_ui->inputsBox->setVisible(shown && !violation->inputs.isEmpty());
    m_ui->apologyBox->setVisible(shown && violation->apologyReduction.has_value());
    m_ui->notesLabel->setVisible(shown && !violation->notes.isEmpty());
    if (!violation) {
        m_ui->violationTitleLabel->setText(m_pack ? tr("Choose the violation on the left.") : QString());
        m_loading = wasLoading;
        return;
    }
    m_ui->violationTitleLabel->setText(tr("%1 (%2)").arg(violation->title.in(language), violation->code));
    m_ui->notesLabel->setText(violation->notes.in(language));

    for (const discretion::Factor& factor : violation->factors) {
        auto* combo = new QComboBox(m_ui->factorsBox);
        combo->setObjectName(QStringLiteral("factor_%1").arg(factor.id));
        for (const discretion::Option& option : factor.options)
            combo->addItem(option.label.in(language), option.id);
        combo->setCurrentIndex(0); // the lowest tier, which an unproven factor takes
        fitLongOptions(combo);
        m_wheelGuard->guard(combo);
        auto* label =
            new QLabel(tr("%1:", "a question's label").arg(factor.label.in(language)), m_ui->factorsBox);
        label->setWordWrap(true);
        label->setBuddy(combo);
        m_ui->factorsLayout->addWidget(label);
        m_ui->factorsLayout->addWidget(combo);
        m_ui->factorsLayout->addSpacing(label->fontMetrics().height() / 3);
        m_factorFields.insert(factor.id, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
            combo->setToolTip(combo->currentText());
            recompute();
        });
    }

    if (violation->apologyReduction) {
        m_ui->apologyPercentSpin->setRange(int(violation->apologyReduction->minPercent),
                                           int(violation->apologyReduction->maxPercent));
    }

    for (const discretion::Input& input : violation->inputs) {
        auto* field = new QDoubleSpinBox(m_ui->inputsBox);
        field->setObjectName(QStringLiteral("input_%1").arg(input.id));
        const bool yuan = input.unit != QLatin1String("count");
        field->setDecimals(yuan ? 2 : 0);
        // Below zero is "not entered": the engine then asks for the figure.
        field->setRange(-1, 1e12);
        field->setSpecialValueText(tr("Not entered"));
        field->setGroupSeparatorShown(true);
        field->setSuffix(yuan ? tr(" yuan") : QString());
        field->setValue(yuan ? -1 : 1);
        field->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_wheelGuard->guard(field);
        auto* label =
            new QLabel(tr("%1:", "a question's label").arg(input.label.in(language)), m_ui->inputsBox);
        label->setWordWrap(true);
        label->setBuddy(field);
        m_ui->inputsForm->addRow(label, field);
        m_inputFields.insert(input.id, field);
        connect(field, &QDoubleSpinBox::valueChanged, this, &DiscretionDialog::recompute);
    }
    m_loading = wasLoading;
}

discretion::Answers DiscretionDialog::answers() const {
    discretion::Answers answers;
    for (auto it = m_factorFields.begin(); it != m_factorFields.end(); ++it)
        answers.factors.insert(it.key(), it.value()->currentData().toString());
    for (auto it = m_inputFields.begin(); it != m_inputFields.end(); ++it) {
        if (it.value()->value() >= 0)
            answers.inputs.insert(it.key(), it.value()->value());
    }
    answers.harmResulted = m_ui->harmResultedCheck->isChecked();
    const discretion::Violation* violation = m_pack ? m_pack->violation(m_code) : nullptr;
    if (violation && violation->apologyReduction) {
        answers.apology = m_ui->apologyCheck->isChecked();
        answers.apologyPercent = m_ui->apologyPercentSpin->value();
    }
    for (const QCheckBox* check : m_mitigationChecks) {
        if (check->isChecked())
            answers.mitigationGrounds << check->property(GroundProperty).toString();
    }
    for (const QCheckBox* check : m_noPenaltyChecks) {
        if (check->isChecked())
            answers.noPenaltyGrounds << check->property(GroundProperty).toString();
    }
    answers.reason = m_ui->reasonField->toPlainText().trimmed();
    return answers;
}

discretion::CaseDates DiscretionDialog::dates() const {
    return {m_ui->actStartEdit->date(), m_ui->actEndEdit->date(), m_ui->decisionDateEdit->date()};
}

void DiscretionDialog::setAnswers(const discretion::Answers& answers) {
    const bool wasLoading = m_loading;
    m_loading = true;
    for (auto it = m_factorFields.begin(); it != m_factorFields.end(); ++it) {
        const int index = it.value()->findData(answers.factors.value(it.key()));
        it.value()->setCurrentIndex(index >= 0 ? index : 0);
    }
    for (auto it = m_inputFields.begin(); it != m_inputFields.end(); ++it) {
        if (answers.inputs.contains(it.key()))
            it.value()->setValue(answers.inputs.value(it.key()));
    }
    m_ui->harmResultedCheck->setChecked(answers.harmResulted);
    m_ui->apologyCheck->setChecked(answers.apology);
    m_ui->apologyPercentSpin->setValue(int(answers.apologyPercent));
    for (QCheckBox* check : m_mitigationChecks)
        check->setChecked(answers.mitigationGrounds.contains(check->property(GroundProperty).toString()));
    for (QCheckBox* check : m_noPenaltyChecks)
        check->setChecked(answers.noPenaltyGrounds.contains(check->property(GroundProperty).toString()));
    m_ui->reasonField->setPlainText(answers.reason);
    m_loading = wasLoading;
}

void DiscretionDialog::recompute() {
    if (m_loading)
        return;
    if (!m_pack || m_code.isEmpty()) {
        m_result = {};
    } else {
        m_result = discretion::Engine::compute(*m_pack, m_code, answers(), dates());
    }
    showMessage({}, false);
    showResult();
}

void DiscretionDialog::showResult() {
    const QString language = dataLanguage();
    const discretion::Result& r = m_result;
    m_ui->stepsList->clear();
    m_ui->saveButton->setEnabled(r.ok);
    if (!r.ok) {
        m_ui->amountLabel->setText(QStringLiteral("—"));
        m_ui->outcomeLabel->setText(r.error.in(language));
        m_ui->outcomeLabel->setVisible(!r.error.isEmpty());
        m_ui->rangeBar->clear();
        m_ui->rangeBar->setVisible(false);
        m_ui->basisLabel->clear();
        m_ui->warningsLabel->setVisible(false);
        return;
    }
    m_ui->amountLabel->setText(amountText(r.amount));
    switch (r.outcome) {
    case discretion::Result::Outcome::Penalty:
        m_ui->outcomeLabel->setText(r.weightPercent >= 0
                                        ? tr("Within the statutory range; weight %1%").arg(r.weightPercent)
                                        : tr("Within the statutory range"));
        break;
    case discretion::Result::Outcome::Mitigated:
        m_ui->outcomeLabel->setText(tr("Mitigated below the minimum (Art. 32)"));
        break;
    case discretion::Result::Outcome::NoPenalty:
        m_ui->outcomeLabel->setText(tr("No penalty (Art. 33)"));
        break;
    }
    m_ui->outcomeLabel->setVisible(true);
    m_ui->rangeBar->setVisible(true);
    m_ui->rangeBar->setRange(r.rangeMin, r.rangeMax);
    m_ui->rangeBar->setAmount(r.amount);
    m_ui->basisLabel->setText(tr("Basis: %1").arg(r.basisCitation.in(language)));

    QStringList warnings;
    for (const discretion::Warning& warning : r.warnings)
        warnings << QStringLiteral("⚠ ") + warning.text.in(language).toHtmlEscaped();
    m_ui->warningsLabel->setText(warnings.join(QStringLiteral("<br>")));
    m_ui->warningsLabel->setVisible(!warnings.isEmpty());

    for (int i = 0; i < r.steps.size(); ++i)
        m_ui->stepsList->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(r.steps.at(i).in(language)));
}

std::optional<double> DiscretionDialog::departureAmount(bool* valid) const {
    const QString text = m_ui->departureAmountField->text().trimmed();
    *valid = true;
    if (text.isEmpty())
        return std::nullopt;
    QString digits = text;
    digits.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QStringLiteral("元"));
    bool ok = false;
    const double amount = QLocale::c().toDouble(digits, &ok);
    if (!ok || amount < 0) {
        *valid = false;
        return std::nullopt;
    }
    return amount;
}

void DiscretionDialog::save() {
    if (!m_result.ok) {
        showMessage(tr("Choose a violation and complete the answers first."), true);
        return;
    }
    bool valid = false;
    const std::optional<double> departure = departureAmount(&valid);
    if (!valid) {
        showMessage(tr("Enter the fine decided as a number of yuan, or leave it empty."), true);
        m_ui->departureAmountField->setFocus();
        return;
    }
    const QString reason = m_ui->departureReasonField->toPlainText().trimmed();
    if (departure && *departure != m_result.amount && reason.isEmpty()) {
        showMessage(
            tr("The fine decided differs from the recommended %1: write the reason for the difference.")
                .arg(amountText(m_result.amount)),
            true);
        m_ui->departureReasonField->setFocus();
        return;
    }
    const store::StoreResult written = store::DiscretionStore(m_store).save(
        m_userId, m_caseId, answers(), dates(), m_result, departure, reason);
    if (!written) {
        showMessage(written.message(), true);
        return;
    }
    emit saved();
    accept();
}

void DiscretionDialog::showMessage(const QString& message, bool error) {
    m_ui->saveMessageLabel->setText(message);
    m_ui->saveMessageLabel->setStyleSheet(error ? QStringLiteral("color: #b00000; font-weight: bold;")
                                                : QString());
}

void DiscretionDialog::showSaved(const store::DiscretionStore::SavedResult& saved) {
    const std::optional<discretion::Pack> pack =
        store::DiscretionStore(m_store).packBySha256(saved.packSha256);
    m_loading = true;
    m_ui->violationSearchField->clear();
    if (pack)
        setPack(*pack);
    m_code = saved.violationCode;
    fillViolationList();
    buildQuestions();
    setAnswers(saved.answers);
    m_ui->actStartEdit->setDate(saved.dates.actStart.isValid() ? saved.dates.actStart : saved.dates.actEnd);
    m_ui->actEndEdit->setDate(saved.dates.actEnd);
    m_ui->decisionDateEdit->setDate(saved.dates.decision);
    m_ui->departureAmountField->setText(
        saved.departureAmount ? QString::number(*saved.departureAmount, 'f', 0) : QString());
    m_ui->departureReasonField->setPlainText(saved.departureReason);
    m_loading = false;

    // The record is the stored result, not what today's engine would say.
    // The stored JSON is the record, whatever the engine computes today.
    m_result = discretion::Result::fromJson(saved.resultJson);
    m_savedAt = saved.savedAt;
    m_savedPackMissing = !pack;
    showResult();
    updateSavedTexts();
}

void DiscretionDialog::updateSavedTexts() {
    if (!m_savedAt.isValid())
        return;
    setWindowTitle(tr("Penalty discretion (saved %1)")
                       .arg(QLocale().toString(m_savedAt.toLocalTime(), QLocale::ShortFormat)));
    QString notice;
    if (m_savedPackMissing) {
        notice = tr("The standard this result was computed with is no longer installed; the result is shown "
                    "as saved.");
    } else if (m_pack) {
        for (const discretion::Pack& latest : store::DiscretionStore(m_store).latestPacks()) {
            if (latest.id == m_pack->id && latest.sha256Hex != m_pack->sha256Hex)
                notice = tr("A newer version (%1) of this standard is installed. This result stays as "
                            "computed under "
                            "version %2; start a new computation to apply the newer standard.")
                             .arg(latest.version, m_pack->version);
        }
    }
    m_ui->newerStandardNotice->setText(notice);
    m_ui->newerStandardNotice->setVisible(!notice.isEmpty());
}

void DiscretionDialog::moveCheckTexts() {
    m_harmLabel->setText(m_ui->harmResultedCheck->text());
    m_ui->harmResultedCheck->setAccessibleName(QString(m_harmLabel->text()).remove(QLatin1Char('&')));
    m_ui->harmResultedCheck->setText({});
}

void DiscretionDialog::retranslateGrounds() {
    QList<Ground> grounds = mitigationGrounds();
    grounds.append(noPenaltyGrounds());
    for (int i = 0; i < m_groundLabels.size() && i < grounds.size(); ++i) {
        m_groundLabels[i]->setText(tr(grounds.at(i).text));
        m_groundLabels[i]->buddy()->setAccessibleName(m_groundLabels[i]->text());
    }
}

void DiscretionDialog::retranslate() {
    m_ui->retranslateUi(this);
    moveCheckTexts();
    updateSavedTexts();
    retranslateGrounds();
    // Data texts follow the language too: rebuild the questions with the same answers.
    const discretion::Answers current = answers();
    const bool wasLoading = m_loading;
    m_loading = true;
    fillViolationList();
    buildQuestions();
    setAnswers(current);
    m_loading = wasLoading;
    showResult();
}

void DiscretionDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace fieldcase::ui

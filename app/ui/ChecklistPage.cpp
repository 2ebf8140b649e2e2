#include "ChecklistPage.h"
#include "ui_ChecklistPage.h"

#include "DisplayText.h"
#include "ShippedData.h"
#include "WheelGuard.h"
#include "WrappingDelegate.h"

#include "DiscretionStore.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>

namespace fieldcase::ui {

ChecklistPage::ChecklistPage(store::Store& store, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChecklistPage>())
    , m_store(store)
    , m_checklists(shippedChecklists()) {
    m_ui->setupUi(this);
    m_ui->checklistSplitter->setStretchFactor(0, 3);
    m_ui->checklistSplitter->setStretchFactor(1, 2);
    // The questions get the larger share; the splitter scales these to its width.
    m_ui->checklistSplitter->setSizes({600, 400});
    m_ui->itemsScroll->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_wheelGuard = new WheelGuard(this);
    m_ui->proposedViolationsList->setItemDelegate(new WrappingDelegate(m_ui->proposedViolationsList));
    connect(m_ui->checklistCombo, &QComboBox::currentIndexChanged, this, [this] {
        buildItems();
        updateFindings();
    });
    connect(m_ui->clearAnswersButton, &QPushButton::clicked, this, [this] {
        for (QComboBox* combo : std::as_const(m_answerFields))
            combo->setCurrentIndex(0);
    });
    connect(m_ui->copyFindingsButton, &QPushButton::clicked, this, &ChecklistPage::copyFindings);
    retranslate();
    setFocusProxy(m_ui->checklistCombo);
}

ChecklistPage::~ChecklistPage() = default;

bool ChecklistPage::showChecklist(const QString& checklistId) {
    const int index = m_ui->checklistCombo->findData(checklistId);
    if (index < 0)
        return false;
    m_ui->checklistCombo->setCurrentIndex(index);
    return true;
}

const inspection::Checklist* ChecklistPage::currentChecklist() const {
    const QString id = m_ui->checklistCombo->currentData().toString();
    for (const inspection::Checklist& checklist : m_checklists) {
        if (checklist.id == id)
            return &checklist;
    }
    return nullptr;
}

QMap<QString, QString> ChecklistPage::answers() const {
    QMap<QString, QString> answers;
    for (auto it = m_answerFields.begin(); it != m_answerFields.end(); ++it) {
        const QString answer = it.value()->currentData().toString();
        if (!answer.isEmpty())
            answers.insert(it.key(), answer);
    }
    return answers;
}

// One row per question: the question, and under it a combo box whose first entry is "not answered".
void ChecklistPage::buildItems() {
    const QMap<QString, QString> previous = answers();
    const QString previousChecklist = property("shownChecklist").toString();
    while (QLayoutItem* row = m_ui->itemsLayout->takeAt(0)) {
        delete row->widget();
        delete row;
    }
    m_answerFields.clear();
    const inspection::Checklist* checklist = currentChecklist();
    if (!checklist)
        return;
    const bool sameChecklist = previousChecklist == checklist->id;
    setProperty("shownChecklist", checklist->id);
    const QString language = dataLanguage();
    int number = 0;
    for (const inspection::Item& item : checklist->items) {
        auto* combo = new QComboBox(m_ui->itemsWidget);
        combo->setObjectName(QStringLiteral("answer_%1").arg(item.id));
        combo->addItem(tr("Not answered"), QString());
        for (const inspection::Answer& answer : item.answers) {
            combo->addItem(answer.label.in(language), answer.id);
            if (answer.recordsProblem())
                combo->setItemData(combo->count() - 1, answer.finding.in(language), Qt::ToolTipRole);
        }
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->view()->setTextElideMode(Qt::ElideNone);
        m_wheelGuard->guard(combo);
        if (sameChecklist) {
            const int index = combo->findData(previous.value(item.id));
            combo->setCurrentIndex(index > 0 ? index : 0);
        }
        auto* question =
            new QLabel(tr("%1. %2").arg(++number).arg(item.question.in(language)), m_ui->itemsWidget);
        question->setWordWrap(true);
        question->setBuddy(combo);
        m_ui->itemsLayout->addWidget(question);
        m_ui->itemsLayout->addWidget(combo);
        m_ui->itemsLayout->addSpacing(question->fontMetrics().height() / 2);
        m_answerFields.insert(item.id, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ChecklistPage::updateFindings);
    }
    m_ui->itemsLayout->addStretch();
}

void ChecklistPage::updateFindings() {
    const inspection::Checklist* checklist = currentChecklist();
    m_findings =
        checklist ? inspection::findingsFor(*checklist, answers(), dataLanguage()) : inspection::Findings();
    m_ui->findingsText->setPlainText(m_findings.text);
    m_ui->findingsText->setPlaceholderText(tr("No problems recorded yet."));
    m_ui->proposedViolationsList->clear();
    for (const QString& code : m_findings.proposedCodes) {
        const QString title = m_violationTitles.value(code);
        auto* item = new QListWidgetItem(title.isEmpty() ? code : tr("%1 (%2)").arg(title, code),
                                         m_ui->proposedViolationsList);
        item->setData(Qt::UserRole, code);
    }
    m_ui->copyFindingsButton->setEnabled(!m_findings.text.isEmpty());
    m_ui->copiedLabel->clear();
}

void ChecklistPage::copyFindings() {
    QGuiApplication::clipboard()->setText(m_findings.text);
    m_ui->copiedLabel->setText(tr("Copied."));
}

void ChecklistPage::retranslate() {
    const QString language = dataLanguage();
    // The proposed violations are named as the newest installed standard names them.
    m_violationTitles.clear();
    for (const discretion::Pack& pack : store::DiscretionStore(m_store).latestPacks()) {
        for (const discretion::Violation& violation : pack.violations)
            m_violationTitles.insert(violation.code, violation.title.in(language));
    }
    const QString current = m_ui->checklistCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_ui->checklistCombo);
        m_ui->checklistCombo->clear();
        for (const inspection::Checklist& checklist : m_checklists)
            m_ui->checklistCombo->addItem(checklist.title.in(language), checklist.id);
        const int index = m_ui->checklistCombo->findData(current);
        m_ui->checklistCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    buildItems();
    updateFindings();
}

void ChecklistPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace fieldcase::ui

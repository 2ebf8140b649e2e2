#include "SearchPage.h"
#include "ui_SearchPage.h"

#include "Search.h"

#include <QStyle>

namespace fieldcase::ui {

namespace {
constexpr int SearchDelayMs = 250;
constexpr int MaximumHits = 100;
constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int TitleRole = Qt::UserRole + 2;
} // namespace

SearchPage::SearchPage(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SearchPage>())
    , m_db(std::move(db)) {
    m_ui->setupUi(this);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &SearchPage::runSearch);
    connect(m_ui->searchField, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchField, &QLineEdit::returnPressed, this, &SearchPage::runSearch);
    connect(m_ui->resultsList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->data(KindRole).toInt() == int(store::Search::Kind::Case))
            emit caseActivated(item->data(IdRole).toUuid());
        else
            emit subjectActivated(item->data(TitleRole).toString());
    });
    setFocusProxy(m_ui->searchField);
    showHint(-1);
}

SearchPage::~SearchPage() = default;

void SearchPage::search(const QString& text) {
    m_ui->searchField->setText(text);
    runSearch();
}

void SearchPage::runSearch() {
    m_searchDelay.stop();
    m_ui->resultsList->clear();
    const QString text = m_ui->searchField->text().trimmed();
    if (text.isEmpty()) {
        showHint(-1);
        return;
    }
    const QList<store::Search::Hit> hits = store::Search(m_db).find(text, MaximumHits);
    const QIcon caseIcon = style()->standardIcon(QStyle::SP_FileIcon);
    const QIcon subjectIcon = style()->standardIcon(QStyle::SP_DirHomeIcon);
    for (const store::Search::Hit& hit : hits) {
        const bool isCase = hit.kind == store::Search::Kind::Case;
        auto* item = new QListWidgetItem(isCase ? caseIcon : subjectIcon,
                                         QStringLiteral("%1 — %2").arg(hit.title, hit.subtitle));
        item->setData(KindRole, int(hit.kind));
        item->setData(IdRole, hit.id);
        item->setData(TitleRole, hit.title);
        m_ui->resultsList->addItem(item);
    }
    if (!hits.isEmpty())
        m_ui->resultsList->setCurrentRow(0);
    showHint(int(hits.size()));
}

void SearchPage::showHint(int hitCount) {
    if (hitCount < 0)
        m_ui->hintLabel->setText(
            tr("Type any part of a name, credit code, case number or cause. "
               "Enter opens the selected case; a subject opens in the subject directory."));
    else if (hitCount == 0)
        m_ui->hintLabel->setText(tr("Nothing found."));
    else
        m_ui->hintLabel->setText(tr("%n result(s).", nullptr, hitCount));
}

void SearchPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showHint(m_ui->searchField->text().trimmed().isEmpty() ? -1 : m_ui->resultsList->count());
    }
    QWidget::changeEvent(event);
}

} // namespace fieldcase::ui

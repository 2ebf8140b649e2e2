#pragma once

#include <QSqlDatabase>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <memory>

namespace Ui {
class SearchPage;
}

namespace fieldcase::ui {

// One box that finds subjects and cases by any fragment of a name, credit code, number or cause.
class SearchPage : public QWidget {
    Q_OBJECT
public:
    explicit SearchPage(QSqlDatabase db, QWidget* parent = nullptr);
    ~SearchPage() override;

    // Sets the text and searches at once.
    void search(const QString& text);

signals:
    void caseActivated(const QUuid& caseId);
    // Subjects open in the subject directory, found by name.
    void subjectActivated(const QString& subjectName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void runSearch();
    void showHint(int hitCount);

    std::unique_ptr<Ui::SearchPage> m_ui;
    QSqlDatabase m_db;
    QTimer m_searchDelay;
};

} // namespace fieldcase::ui

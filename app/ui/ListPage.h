#pragma once

#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <memory>

namespace Ui {
class ListPage;
}

class QTableView;
class QLineEdit;

namespace fieldcase::ui {

class PagedTableModel;

// A search box over a lazily loaded table. Every list in the main window is one of these with its own
// model; Enter or a double click on a row reports the record's id.
class ListPage : public QWidget {
    Q_OBJECT
public:
    // `searchHint` is a source text in the "ListPage" context (QT_TRANSLATE_NOOP), translated on show
    // and on every language change. The page takes ownership of `model`.
    ListPage(PagedTableModel* model, const char* searchHint, QWidget* parent = nullptr);
    ~ListPage() override;

    PagedTableModel* model() const { return m_model; }
    QTableView* table() const;
    QLineEdit* searchField() const;
    // Sets the search text and applies it at once (no typing delay).
    void search(const QString& text);

signals:
    void recordActivated(const QUuid& id);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applySearch();
    void updateCount();
    void updateRowHeight();
    void retranslate();
    void fitColumnsOnce();

    std::unique_ptr<Ui::ListPage> m_ui;
    PagedTableModel* m_model;
    const char* m_searchHint;
    // Waits for a pause in typing, so each keystroke does not run a query.
    QTimer m_searchDelay;
    bool m_columnsFitted = false;
};

} // namespace fieldcase::ui

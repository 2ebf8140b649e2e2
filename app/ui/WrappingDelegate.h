#pragma once

#include <QAbstractItemView>
#include <QStyle>
#include <QStyledItemDelegate>

namespace fieldcase::ui {

// Item views with word wrap measure items against whatever rectangle they are given (often none), so
// long titles are cut short. This delegate measures the text against the view's current width; with
// QListView::Adjust the view lays its items out again when it is resized.
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QAbstractItemView* view)
        : QStyledItemDelegate(view)
        , m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem measured(option);
        initStyleOption(&measured, index);
        // The style paints the text inside a focus margin on each side; leave a little more for rounding.
        const int textMargin =
            m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, m_view) + 1;
        const int width = qMax(1, m_view->viewport()->width());
        const int textWidth = qMax(1, width - 2 * textMargin - 4);
        const QRect text = measured.fontMetrics.boundingRect(QRect(0, 0, textWidth, 1 << 20),
                                                             Qt::TextWordWrap | Qt::AlignLeft, measured.text);
        const int verticalMargin =
            m_view->style()->pixelMetric(QStyle::PM_FocusFrameVMargin, &option, m_view) + 1;
        const int height = qMax(text.height() + 2 * verticalMargin + 2,
                                QStyledItemDelegate::sizeHint(option, index).height());
        return {width, height};
    }

private:
    QAbstractItemView* m_view;
};

} // namespace fieldcase::ui

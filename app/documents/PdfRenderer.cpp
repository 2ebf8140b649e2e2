#include "PdfRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <functional>
#include <limits>
#include <numeric>

// QTextDocumentLayout takes most lengths of text formats (margins, padding, borders, image sizes, letter
// spacing; not the text indent) as pixels of this resolution and scales them to the paint device. It is the
// screen's logical dpi (96 on most, and offscreen), so it is read, not assumed. Exported by QtGui since Qt 4
// (KDReports relies on it the same way), though declared in no public header.
QT_BEGIN_NAMESPACE
Q_GUI_EXPORT int qt_defaultDpiY();
QT_END_NAMESPACE

namespace fieldcase::documents {

namespace {

// Layout and painting happen in units of 1/1200 inch on every device: a fixed resolution makes line
// breaks and page breaks the same in the PDF and in a preview at any dpi, and is fine enough that font
// sizes never round.
constexpr qreal Dpi = 1200;
constexpr qreal mm(qreal millimetres) {
    return millimetres * Dpi / 25.4;
}
constexpr qreal pt(qreal points) {
    return points * Dpi / 72;
}
// A length in layout units as a text format wants it (see qt_defaultDpiY above).
qreal formatLength(qreal units) {
    return units * qt_defaultDpiY() / Dpi;
}

// A4, with the binding edge on the left as for a case file (卷宗).
constexpr qreal PageWidth = mm(210);
constexpr qreal PageHeight = mm(297);
constexpr qreal MarginLeft = mm(28);
constexpr qreal MarginRight = mm(22);
constexpr qreal MarginTop = mm(25);
constexpr qreal MarginBottom = mm(14);
constexpr qreal FooterHeight = mm(8);
constexpr qreal BandHeight = mm(20); // the signature band of forms signed on every page
constexpr qreal BandGap = mm(3);
constexpr qreal ContentWidth = PageWidth - MarginLeft - MarginRight;
constexpr qreal BorderWidth = pt(0.75); // of tables
constexpr qreal CellPadding = mm(1.6);

// Sizes of the Chinese type scale: 二号 22pt, 小二 18pt, 三号 16pt, 小四 12pt, 五号 10.5pt.
constexpr qreal TitleSize = 20;
constexpr qreal IssuerSize = 16;
constexpr qreal BodySize = 12;
constexpr qreal SmallSize = 10.5;

// Printed text of the renderer itself. Chinese whatever the user's language: the document is an official
// Chinese form, not part of the user interface (what can vary is in the templates).
const QString MissingMark = QStringLiteral("〔缺：%1〕");
const QString DraftMark = QStringLiteral("草稿：缺少必填项，不得送达或归档");
const QString NoItems = QStringLiteral("（无）");
const QString Blank = QStringLiteral("________________");
const QString BlankDate = QStringLiteral("　　年　　月　　日");
const QString SequenceHeader = QStringLiteral("序号");

struct Run {
    QString text;
    bool missing = false;
};

Qt::Alignment alignment(Align align) {
    switch (align) {
    case Align::Left:
        return Qt::AlignLeft;
    case Align::Center:
        return Qt::AlignHCenter;
    case Align::Right:
        return Qt::AlignRight;
    case Align::Justify:
        break;
    }
    return Qt::AlignJustify;
}

// One document laid out: the body as a paginated QTextDocument, and what every page repeats (signature
// band, footer) painted around it.
class Layout {
public:
    Layout(const DocumentTemplate& t, const DocumentData& data, const DocumentFonts& fonts)
        : m_t(t)
        , m_data(data)
        , m_fonts(fonts)
        , m_metrics(16, 16, QImage::Format_RGB32) {
        m_metrics.setDotsPerMeterX(qRound(Dpi / 0.0254));
        m_metrics.setDotsPerMeterY(qRound(Dpi / 0.0254));
        m_band = t.everyPageSignatures();
        m_bodyHeight = PageHeight - MarginTop - MarginBottom - FooterHeight - BandGap -
                       (m_band.isEmpty() ? 0 : BandHeight + BandGap);

        m_doc.documentLayout()->setPaintDevice(&m_metrics);
        layOut();
    }

    int pageCount() const { return m_pageCount; }

    void paintPage(QPainter& p, int index, bool draft) {
        const int pages = pageCount();
        p.save();
        p.translate(MarginLeft, MarginTop - index * m_bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        const QRectF page(0, index * m_bodyHeight, ContentWidth, m_bodyHeight);
        // The layout draws every line that touches the clip: a line that starts exactly where this page
        // ends belongs to the next one only, or its text would be in both pages of the PDF.
        context.clip = page.adjusted(0, 1, 0, -1);
        context.palette.setColor(QPalette::Text, Qt::black);
        p.setClipRect(page);
        m_doc.documentLayout()->draw(&p, context);
        closeContinuedTables(p, index);
        p.restore();

        if (!m_band.isEmpty())
            paintBand(p, QRectF(MarginLeft, MarginTop + m_bodyHeight + BandGap, ContentWidth, BandHeight));

        const QRectF footer(MarginLeft, PageHeight - MarginBottom - FooterHeight, ContentWidth, FooterHeight);
        p.setPen(Qt::black);
        p.setFont(font(m_fonts.body, SmallSize));
        const QString pageLine = format::fill(m_t.footer, [&](const QString& name) {
            return QString::number(name == QLatin1String("page") ? index + 1 : pages);
        });
        p.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, pageLine);
        if (!m_data.number.isEmpty())
            p.drawText(footer, Qt::AlignRight | Qt::AlignBottom, m_data.number);

        if (draft) {
            p.save();
            p.translate(PageWidth / 2, PageHeight / 2);
            p.rotate(-35);
            p.setPen(QColor(220, 40, 40, 90));
            p.setFont(font(m_fonts.heading, 30));
            p.drawText(QRectF(-PageWidth, -mm(20), 2 * PageWidth, mm(40)), Qt::AlignCenter, DraftMark);
            p.restore();
        }
    }

private:
    // QTextDocument leaves a table that goes on to the next page open at the bottom; a printed form closes
    // it with a rule under the last row on the page.
    void closeContinuedTables(QPainter& p, int index) const {
        QAbstractTextDocumentLayout* layout = m_doc.documentLayout();
        const qreal pageBottom = (index + 1) * m_bodyHeight;
        for (QTextFrame* frame : m_doc.rootFrame()->childFrames()) {
            auto* table = qobject_cast<QTextTable*>(frame);
            const QRectF bounds = layout->frameBoundingRect(frame);
            if (!table || bounds.top() >= pageBottom || bounds.bottom() <= pageBottom)
                continue;
            qreal lastBottom = -1;
            for (int r = 0; r < table->rows(); ++r) {
                qreal top = std::numeric_limits<qreal>::max();
                qreal bottom = 0;
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    if (!cell.isValid() || cell.row() != r || cell.column() != c)
                        continue;
                    top = qMin(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                    bottom = qMax(bottom, laidOutBottom(cell.lastCursorPosition().block()));
                }
                if (top >= index * m_bodyHeight && bottom <= pageBottom)
                    lastBottom = qMax(lastBottom, bottom + CellPadding + BorderWidth);
            }
            if (lastBottom < 0)
                continue;
            p.save();
            p.setPen(QPen(Qt::black, BorderWidth));
            // Every table is as wide as the text.
            p.drawLine(QPointF(0, lastBottom), QPointF(ContentWidth, lastBottom));
            p.restore();
        }
    }

    // Where the layout ends a block: its bounding rectangle leaves out the line spacing of the last line.
    qreal laidOutBottom(const QTextBlock& block) const {
        const QRectF rect = m_doc.documentLayout()->blockBoundingRect(block);
        const QTextLayout* lines = block.layout();
        if (!lines || lines->lineCount() == 0)
            return rect.bottom();
        const QTextLine last = lines->lineAt(lines->lineCount() - 1);
        return rect.top() + last.y() + block.blockFormat().lineHeight(last.height(), 1) +
               block.blockFormat().bottomMargin() * Dpi / qt_defaultDpiY();
    }

    // A font sized in layout units, so it is the same size on the PDF and on a preview image.
    static QFont font(const QString& family, qreal points) {
        QFont f(family);
        f.setPixelSize(qRound(pt(points)));
        return f;
    }

    QTextCharFormat charFormat(bool heading, qreal points) const {
        QTextCharFormat format;
        format.setFontFamilies({heading ? m_fonts.heading : m_fonts.body});
        format.setFontPointSize(points);
        format.setForeground(Qt::black);
        return format;
    }

    // The printed value of a field; a required one without value is a red mark (only a preview gets here
    // with one: render() refuses incomplete documents first).
    Run fieldRun(const QString& id) const {
        if (id == QLatin1String("number"))
            return m_data.number.trimmed().isEmpty() && !m_t.numberCategory.isEmpty()
                       ? Run{MissingMark.arg(QStringLiteral("文书编号")), true}
                       : Run{m_data.number};
        const Field* field = m_t.field(id);
        if (!field)
            return {};
        const QJsonValue value = m_data.value(id);
        QString text = format::value(*field, value);
        const bool required = field->required ||
                              (!field->requiredWhen.isEmpty() && hasValue(m_data.value(field->requiredWhen)));
        if (text.trimmed().isEmpty() && required)
            return {MissingMark.arg(field->label.zh), true};
        return {text};
    }

    QList<Run> runs(const QString& text, const std::function<Run(const QString&)>& lookup) const {
        static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
        QList<Run> result;
        qsizetype last = 0;
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            result << Run{text.mid(last, m.capturedStart() - last)} << lookup(m.captured(1));
            last = m.capturedEnd();
        }
        result << Run{text.mid(last)};
        return result;
    }

    QList<Run> fieldRuns(const QString& text) const {
        return runs(text, [this](const QString& id) { return fieldRun(id); });
    }

    static bool isEmpty(const QList<Run>& runs) {
        return std::all_of(runs.begin(), runs.end(), [](const Run& r) { return r.text.trimmed().isEmpty(); });
    }

    void insertRuns(QTextCursor& cursor, const QList<Run>& runs, const QTextCharFormat& format) {
        for (const Run& run : runs) {
            if (run.text.isEmpty())
                continue;
            QTextCharFormat f = format;
            if (run.missing)
                f.setForeground(QColor(200, 0, 0));
            // A line break inside a value stays inside its paragraph (and its table cell).
            QString text = run.text;
            text.replace(QLatin1String("\r\n"), QString(QChar::LineSeparator));
            text.replace(QLatin1Char('\n'), QChar::LineSeparator);
            cursor.insertText(text, f);
        }
    }

    QTextBlockFormat blockFormat(Align align, bool indent, qreal points, qreal top = 0,
                                 qreal bottom = 0) const {
        QTextBlockFormat format;
        format.setAlignment(alignment(align));
        // Unlike margins and padding, the layout takes a text indent in device units as it is.
        format.setTextIndent(indent ? 2 * pt(points) : 0);
        format.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        format.setTopMargin(formatLength(pt(top)));
        format.setBottomMargin(formatLength(pt(bottom)));
        return format;
    }

    // Starts a paragraph at the end of the body: reuses the empty block a new document or a table leaves.
    void newBlock(const QTextBlockFormat& format, const QTextCharFormat& chars) {
        m_cursor.movePosition(QTextCursor::End);
        if (m_cursor.block().length() <= 1 && !m_used.contains(m_cursor.block().blockNumber())) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
        } else {
            m_cursor.insertBlock(format, chars);
        }
        m_used.insert(m_cursor.block().blockNumber());
    }

    void insertSignature(QTextCursor& cursor, const QString& placeId, const QTextCharFormat& chars) {
        const SignaturePlace* place = m_t.signature(placeId);
        if (!place)
            return;
        cursor.insertText(place->label.zh + QStringLiteral("："), chars);
        const QImage image = m_data.signatures.value(placeId);
        if (!image.isNull()) {
            const QString name = QStringLiteral("fieldcase-signature:%1").arg(placeId);
            m_doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
            QTextImageFormat format;
            format.setName(name);
            const qreal height = mm(12);
            format.setHeight(formatLength(height));
            format.setWidth(formatLength(qMin(mm(45), height * image.width() / qMax(1, image.height()))));
            format.setVerticalAlignment(QTextCharFormat::AlignBaseline);
            cursor.insertImage(format);
        } else if (m_data.refusals.contains(placeId)) {
            cursor.insertText(QStringLiteral("（%1）").arg(m_data.refusals.value(placeId)), chars);
        } else {
            cursor.insertText(Blank, chars);
        }
    }

    void heading() {
        const QList<Run> issuer = fieldRuns(m_t.issuer);
        if (!isEmpty(issuer)) {
            newBlock(blockFormat(Align::Center, false, IssuerSize, 0, 4), charFormat(true, IssuerSize));
            insertRuns(m_cursor, issuer, charFormat(true, IssuerSize));
        }
        QTextCharFormat title = charFormat(true, TitleSize);
        // Short titles (送达回证) are spread out, as printed forms do.
        if (m_t.title.size() <= 5) {
            title.setFontLetterSpacingType(QFont::AbsoluteSpacing);
            title.setFontLetterSpacing(formatLength(pt(TitleSize) * 0.6));
        }
        newBlock(blockFormat(Align::Center, false, TitleSize, 0, m_t.numberCategory.isEmpty() ? 10 : 4),
                 title);
        insertRuns(m_cursor, {{m_t.title}}, title);
        if (!m_t.numberCategory.isEmpty()) {
            const QTextCharFormat chars = charFormat(false, BodySize);
            newBlock(blockFormat(Align::Right, false, BodySize, 0, 8), chars);
            insertRuns(m_cursor, {fieldRun(QStringLiteral("number"))}, chars);
        }
    }

    void paragraph(const Block& block, bool heading) {
        const qreal size = BodySize;
        QTextBlockFormat format =
            blockFormat(block.align, block.indent && !heading, size, (heading ? 6 : 0) + block.spaceBefore);
        if (block.pageBreakBefore)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        const QTextCharFormat chars = charFormat(heading, size);
        newBlock(format, chars);
        if (block.keepWithNext)
            m_keepWithNext << m_cursor.block().blockNumber();
        if (block.keepTogether)
            m_keepTogether << m_cursor.block().blockNumber();
        insertRuns(m_cursor, fieldRuns(block.text), chars);
    }

    QList<Run> itemRuns(const Block& block, const Field& field, const QJsonValue& item) const {
        return runs(block.text, [&](const QString& name) -> Run {
            if (name == QLatin1String("."))
                return {format::value(Field{}, item)};
            const QString text = format::value(Field{}, item.toObject().value(name));
            const Column* column = field.column(name);
            if (text.trimmed().isEmpty() && column && column->required)
                return {MissingMark.arg(column->label.zh), true};
            return {text};
        });
    }

    void list(const Block& block) {
        const Field* field = m_t.field(block.field);
        if (!field) // only a template built by hand, not parsed, can get here without it
            return;
        const QJsonArray items = m_data.value(block.field).toArray();
        const QTextCharFormat chars = charFormat(false, BodySize);
        if (items.isEmpty() && field->required) {
            newBlock(blockFormat(Align::Left, block.indent, BodySize), chars);
            insertRuns(m_cursor, {fieldRun(block.field)}, chars);
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            QTextBlockFormat format = blockFormat(Align::Justify, block.indent, BodySize);
            if (block.pageBreakBefore && i == 0)
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            newBlock(format, chars);
            if (block.numbered)
                m_cursor.insertText(QStringLiteral("%1．").arg(i + 1), chars);
            insertRuns(m_cursor, itemRuns(block, *field, items[i]), chars);
        }
    }

    QTextTableFormat tableFormat(const QList<qreal>& widths, bool pageBreak) const {
        QTextTableFormat format;
        format.setBorder(formatLength(BorderWidth));
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(Qt::black);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(formatLength(CellPadding));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setTopMargin(formatLength(pt(4)));
        format.setBottomMargin(formatLength(pt(4)));
        qreal total = 0;
        for (qreal w : widths)
            total += w;
        QList<QTextLength> constraints;
        for (qreal w : widths)
            constraints << QTextLength(QTextLength::PercentageLength, 100 * w / total);
        format.setColumnWidthConstraints(constraints);
        if (pageBreak)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        return format;
    }

    QTextTable* insertTable(int rows, const QList<qreal>& widths, bool pageBreak) {
        m_cursor.movePosition(QTextCursor::End);
        QTextTable* table = m_cursor.insertTable(rows, int(widths.size()), tableFormat(widths, pageBreak));
        return table;
    }

    // Writes into the (empty) first block of a table cell; `middle` centres the cell vertically.
    void cellText(QTextTable* table, int row, int column, const QList<Run>& runs, Align align, bool heading,
                  qreal size, bool middle = false) {
        QTextTableCell cell = table->cellAt(row, column);
        if (middle) {
            QTextCharFormat f = cell.format();
            f.setVerticalAlignment(QTextCharFormat::AlignMiddle);
            cell.setFormat(f);
        }
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat format = blockFormat(align, false, size);
        format.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
        c.setBlockFormat(format);
        insertRuns(c, runs, charFormat(heading, size));
    }

    // A form grid (key/value table) of one or two label/value pairs per row; a wide row (or a lone last
    // pair) spans the whole width. `index` is the block's place in the template, for m_rowBreaks.
    void fields(const Block& block, int index) {
        QList<QList<const FieldRow*>> lines;
        for (const FieldRow& row : block.rows) {
            if (block.pairsPerRow == 2 && !row.wide && !lines.isEmpty() && lines.last().size() == 1 &&
                !lines.last().first()->wide)
                lines.last() << &row;
            else
                lines << QList<const FieldRow*>{&row};
        }
        const QList<qreal> widths =
            block.pairsPerRow == 2 ? QList<qreal>{20, 30, 20, 30} : QList<qreal>{22, 78};
        // A row the layout found across a page break starts a new table on the next page (see
        // breakStraddlingRow): QTextDocument splits table rows line by line, and half an approval with
        // its signature on the next page is not a form anyone would sign.
        int first = 0;
        while (first < lines.size()) {
            int end = first + 1;
            while (end < lines.size() && !m_rowBreaks.contains({index, end}))
                ++end;
            if (first > 0) {
                // The block that must stand between two tables: as thin as can be.
                QTextBlockFormat thin;
                thin.setLineHeight(1, QTextBlockFormat::FixedHeight);
                QTextCharFormat tiny;
                tiny.setFontPointSize(1);
                m_cursor.movePosition(QTextCursor::End);
                m_cursor.setBlockFormat(thin);
                m_cursor.setBlockCharFormat(tiny);
            }
            QTextTable* table = insertTable(int(end - first), widths, first > 0 || block.pageBreakBefore);
            m_grids << Grid{table, index, first};
            for (int r = 0; r < end - first; ++r) {
                const QList<const FieldRow*>& line = lines[first + r];
                for (int pair = 0; pair < line.size(); ++pair)
                    fieldRow(table, r, pair * 2, *line[pair], line.size() == 1 && block.pairsPerRow == 2);
            }
            first = end;
        }
    }

    void fieldRow(QTextTable* table, int r, int column, const FieldRow& row, bool span) {
        cellText(table, r, column, {{row.label}}, Align::Center, false, BodySize, true);
        if (span)
            table->mergeCells(r, 1, 1, 3);
        QTextCursor c = table->cellAt(r, column + 1).firstCursorPosition();
        QTextBlockFormat format = blockFormat(Align::Left, false, BodySize);
        format.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
        c.setBlockFormat(format);
        const QTextCharFormat chars = charFormat(false, BodySize);
        const QList<Run> value = fieldRuns(row.value);
        insertRuns(c, value, chars);
        if (row.signature.isEmpty())
            return;
        // Room for a handwritten opinion when none was recorded.
        if (isEmpty(value))
            c.insertText(QString(QChar::LineSeparator).repeated(2), chars);
        QTextBlockFormat sign = blockFormat(Align::Right, false, BodySize, 4);
        c.insertBlock(sign, chars);
        insertSignature(c, row.signature, chars);
        // A refusal has no date to write in; a recorded date or a blank for the hand otherwise.
        const QList<Run> date = fieldRuns(row.date);
        if (!isEmpty(date))
            insertRuns(c, QList<Run>{{QStringLiteral("　　")}} + date, chars);
        else if (!m_data.refusals.contains(row.signature))
            c.insertText(QStringLiteral("　　") + BlankDate, chars);
    }

    // Finds the first row of a form grid that runs over a page break (and is short enough to fit on one
    // page) and records that its table must break before it. False when there is none.
    bool breakStraddlingRow() {
        QAbstractTextDocumentLayout* layout = m_doc.documentLayout();
        for (const Grid& grid : std::as_const(m_grids)) {
            for (int r = 0; r < grid.table->rows(); ++r) {
                qreal top = std::numeric_limits<qreal>::max();
                qreal bottom = 0;
                for (int c = 0; c < grid.table->columns(); ++c) {
                    const QTextTableCell cell = grid.table->cellAt(r, c);
                    if (!cell.isValid() || cell.row() != r)
                        continue;
                    top = qMin(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                    bottom =
                        qMax(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
                }
                const bool straddles = int(top / m_bodyHeight) != int((bottom - 1) / m_bodyHeight);
                const QPair<int, int> key{grid.block, grid.firstRow + r};
                if (!straddles || bottom - top > m_bodyHeight / 2 || (r == 0 && grid.firstRow > 0) ||
                    m_rowBreaks.contains(key))
                    continue;
                m_rowBreaks.insert(key);
                return true;
            }
        }
        return false;
    }

    void table(const Block& block) {
        const Field* field = m_t.field(block.field);
        if (!field || block.cols.isEmpty())
            return;
        const QJsonArray items = m_data.value(block.field).toArray();
        QList<qreal> widths;
        for (const TableColumn& column : block.cols)
            widths << column.width;
        if (block.numbered) // 8% of the width: room for "序号" on one line
            widths.prepend(std::accumulate(widths.begin(), widths.end(), qreal(0)) * 8 / 92);
        const int rows = 1 + int(qMax<qsizetype>(1, items.size()));
        QTextTable* table = insertTable(rows, widths, block.pageBreakBefore);
        QTextTableFormat format = table->format();
        format.setHeaderRowCount(1); // repeated at the top of every page the table continues on
        table->setFormat(format);
        int column = 0;
        if (block.numbered)
            cellText(table, 0, column++, {{SequenceHeader}}, Align::Center, true, SmallSize, true);
        for (const TableColumn& c : block.cols)
            cellText(table, 0, column++, {{c.header}}, Align::Center, true, SmallSize, true);
        if (items.isEmpty()) {
            table->mergeCells(1, 0, 1, int(widths.size()));
            cellText(table, 1, 0, {field->required ? fieldRun(block.field) : Run{NoItems}}, Align::Center,
                     false, SmallSize);
            return;
        }
        for (int i = 0; i < items.size(); ++i) {
            column = 0;
            if (block.numbered)
                cellText(table, i + 1, column++, {{QString::number(i + 1)}}, Align::Center, false, SmallSize,
                         true);
            for (const TableColumn& c : block.cols) {
                Block cell;
                cell.text = QStringLiteral("{{%1}}").arg(c.column);
                cellText(table, i + 1, column++, itemRuns(cell, *field, items[i]), Align::Left, false,
                         SmallSize, true);
            }
        }
    }

    void signatures(const Block& block) {
        QTextBlockFormat format = blockFormat(block.align, false, BodySize, 8 + block.spaceBefore);
        if (block.pageBreakBefore)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        const QTextCharFormat chars = charFormat(false, BodySize);
        newBlock(format, chars);
        for (int i = 0; i < block.places.size(); ++i) {
            if (i > 0)
                m_cursor.insertText(QStringLiteral("　　"), chars);
            insertSignature(m_cursor, block.places[i], chars);
        }
        if (!block.date.isEmpty()) {
            const QList<Run> date = fieldRuns(block.date);
            m_cursor.insertText(QStringLiteral("　　"), chars);
            if (isEmpty(date))
                m_cursor.insertText(BlankDate, chars);
            else
                insertRuns(m_cursor, date, chars);
        }
    }

    void build() {
        m_doc.clear(); // a new pass starts from nothing; clear() may reset the settings too
        m_doc.setDocumentMargin(0);
        m_doc.setUseDesignMetrics(true);
        QFont font(m_fonts.body);
        font.setPointSizeF(BodySize);
        m_doc.setDefaultFont(font);
        QTextOption option;
        // Long codes and numbers without spaces must still wrap in a narrow cell.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_doc.setDefaultTextOption(option);
        m_doc.setPageSize(QSizeF(ContentWidth, m_bodyHeight));
        m_used.clear();
        m_keepWithNext.clear();
        m_keepTogether.clear();
        m_grids.clear();
        m_cursor = QTextCursor(&m_doc);
        m_cursor.beginEditBlock();
        heading();
        for (int index = 0; index < m_t.body.size(); ++index) {
            const Block& block = m_t.body[index];
            if (!block.when.isEmpty() && !hasValue(m_data.value(block.when)))
                continue;
            switch (block.type) {
            case BlockType::Heading:
                paragraph(block, true);
                break;
            case BlockType::Paragraph:
                paragraph(block, false);
                break;
            case BlockType::Fields:
                fields(block, index);
                break;
            case BlockType::List:
                list(block);
                break;
            case BlockType::Table:
                table(block);
                break;
            case BlockType::Signatures:
                signatures(block);
                break;
            }
        }
        m_cursor.endEditBlock();
        keepBlocks();
    }

    // Lays the body out until no heading is parted from what follows it and no short form row is cut.
    void layOut() {
        for (int pass = 0; pass < 50; ++pass) {
            build();
            if (!breakStraddlingRow())
                break;
        }
        m_pageCount = countPages();
    }

    // The pages that have something on them. QTextDocument::pageCount() counts the leading below the last
    // line, and the empty block that follows a table, which can make a blank last page.
    int countPages() const {
        QAbstractTextDocumentLayout* layout = m_doc.documentLayout();
        qreal bottom = 0;
        for (QTextBlock block = m_doc.begin(); block.isValid(); block = block.next()) {
            const QTextLayout* lines = block.layout();
            if (block.length() <= 1 || !lines || lines->lineCount() == 0)
                continue;
            const QTextLine last = lines->lineAt(lines->lineCount() - 1);
            bottom = qMax(bottom, layout->blockBoundingRect(block).top() + last.y() + last.height());
        }
        for (QTextFrame* frame : m_doc.rootFrame()->childFrames())
            bottom = qMax(bottom, layout->frameBoundingRect(frame).bottom());
        return qMax(1, int((bottom - 1) / m_bodyHeight) + 1);
    }

    // QTextDocument has no "keep with next" and ignores "non-breakable lines" when it paginates: a block
    // that must stay with the next one, or stay whole, and is not is moved to the next page, and the layout
    // redone, until every such block is where it belongs.
    void keepBlocks() {
        QAbstractTextDocumentLayout* layout = m_doc.documentLayout();
        const auto page = [this](qreal y) { return int(y / m_bodyHeight); };
        const auto moveToNextPage = [](const QTextBlock& block) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
        };
        const auto movable = [](const QTextBlock& block) {
            return block.isValid() &&
                   !(block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
        };
        for (int pass = 0; pass < 50; ++pass) {
            bool moved = false;
            for (int number : std::as_const(m_keepTogether)) {
                const QTextBlock block = m_doc.findBlockByNumber(number);
                const QRectF rect = layout->blockBoundingRect(block);
                if (movable(block) && page(rect.top()) != page(rect.bottom() - 1) &&
                    rect.height() < m_bodyHeight) {
                    moveToNextPage(block);
                    moved = true;
                    break;
                }
            }
            for (int i = 0; i < m_keepWithNext.size() && !moved; ++i) {
                const QTextBlock block = m_doc.findBlockByNumber(m_keepWithNext[i]);
                const QTextBlock next = block.next();
                if (!movable(block) || !next.isValid())
                    continue;
                const qreal top = layout->blockBoundingRect(block).top();
                const QTextLayout* nextLayout = next.layout();
                const qreal nextTop =
                    layout->blockBoundingRect(next).top() +
                    (nextLayout && nextLayout->lineCount() > 0 ? nextLayout->lineAt(0).y() : 0);
                if (page(top) != page(nextTop)) {
                    moveToNextPage(block);
                    moved = true; // the pages after this one have moved
                }
            }
            if (!moved)
                return;
        }
    }

    void paintBand(QPainter& p, const QRectF& band) {
        const qreal slot = band.width() / m_band.size();
        const QFont labelFont = font(m_fonts.body, SmallSize);
        const QFontMetricsF metrics(labelFont, &m_metrics);
        const qreal baseline = band.bottom() - mm(2);
        for (int i = 0; i < m_band.size(); ++i) {
            const SignaturePlace& place = m_band[i];
            const QString label = place.label.zh + QStringLiteral("：");
            const qreal left = band.left() + i * slot;
            const qreal labelWidth = metrics.horizontalAdvance(label);
            p.setFont(labelFont);
            p.setPen(Qt::black);
            p.drawText(QPointF(left, baseline), label);
            const QRectF box(left + labelWidth, band.top(), slot - labelWidth - mm(4),
                             baseline - band.top() + metrics.descent());
            p.setPen(QPen(Qt::black, pt(0.5)));
            p.drawLine(QPointF(box.left(), baseline + metrics.descent()),
                       QPointF(box.right(), baseline + metrics.descent()));
            const QImage image = m_data.signatures.value(place.id);
            if (!image.isNull()) {
                QSizeF size = image.size().scaled(box.size().toSize(), Qt::KeepAspectRatio);
                p.drawImage(QRectF(QPointF(box.left() + mm(1), box.bottom() - size.height()), size), image);
            } else if (m_data.refusals.contains(place.id)) {
                p.setFont(font(m_fonts.body, 9));
                p.setPen(Qt::black);
                p.drawText(box.adjusted(mm(1), 0, 0, -metrics.descent()),
                           Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                           m_data.refusals.value(place.id));
            }
        }
    }

    const DocumentTemplate& m_t;
    const DocumentData& m_data;
    const DocumentFonts& m_fonts;
    QImage m_metrics; // the layout's paint device: only its resolution matters
    QList<SignaturePlace> m_band;
    qreal m_bodyHeight = 0;
    int m_pageCount = 1;
    QTextDocument m_doc;
    QTextCursor m_cursor;
    QSet<int> m_used;
    QList<int> m_keepWithNext; // block numbers
    QList<int> m_keepTogether;
    struct Grid {
        QTextTable* table;
        int block;    // in the template's body
        int firstRow; // of the block's rows
    };
    QList<Grid> m_grids;
    QSet<QPair<int, int>> m_rowBreaks; // (template block, row): a new table starts at this row
};

// Why a complete document still cannot be issued (a number of the wrong category); empty when it can.
QString numberProblem(const DocumentTemplate& t, const DocumentData& data) {
    if (t.numberPattern.isEmpty() || data.number.isEmpty())
        return {};
    if (QRegularExpression(t.numberPattern).match(data.number).hasMatch())
        return {};
    return QCoreApplication::translate("PdfRenderer", "The number %1 does not have the form of a %2 (%3).")
        .arg(data.number, t.title, t.numberPattern);
}

// Writes the PDF to `device`, which is open for writing.
bool writePdf(Layout& layout, const DocumentTemplate& t, const DocumentData& data, QIODevice* device,
              QString* error) {
    QPdfWriter writer(device);
    writer.setResolution(int(Dpi));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(data.number.isEmpty() ? t.title : t.title + QLatin1Char(' ') + data.number);
    writer.setCreator(QStringLiteral("FieldCase"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QCoreApplication::translate("PdfRenderer", "The PDF writer could not start.");
        return false;
    }
    for (int i = 0; i < layout.pageCount(); ++i) {
        if (i > 0)
            writer.newPage();
        layout.paintPage(painter, i, false);
    }
    if (!painter.end()) {
        *error = QCoreApplication::translate("PdfRenderer", "The PDF could not be finished.");
        return false;
    }
    return true;
}

} // namespace

RenderResult PdfRenderer::render(const DocumentTemplate& documentTemplate, const DocumentData& data,
                                 const QString& pdfPath) const {
    RenderResult result;
    const QByteArray bytes = renderToBytes(documentTemplate, data, &result);
    if (!result.ok)
        return result;
    result.ok = false;
    // A failed or interrupted write must not leave half a PDF where a complete one is expected.
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QCoreApplication::translate("PdfRenderer", "Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(pdfPath), file.errorString());
        return result;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        result.error = QCoreApplication::translate("PdfRenderer", "Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(pdfPath), file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

QByteArray PdfRenderer::renderToBytes(const DocumentTemplate& documentTemplate, const DocumentData& data,
                                      RenderResult* out) const {
    RenderResult result;
    QByteArray bytes;
    const DocumentFonts& fonts = DocumentFonts::get();
    result.missingFields = missingFields(documentTemplate, data);
    if (!fonts.ok()) {
        result.error = fonts.error;
    } else if (!result.missingFields.isEmpty()) {
        result.error = QCoreApplication::translate("PdfRenderer", "The %1 is incomplete: %2.")
                           .arg(documentTemplate.title, result.missingFields.join(u'、'));
    } else if (const QString problem = numberProblem(documentTemplate, data); !problem.isEmpty()) {
        result.error = problem;
    } else {
        Layout layout(documentTemplate, data, fonts);
        result.pageCount = layout.pageCount();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        result.ok = writePdf(layout, documentTemplate, data, &buffer, &result.error);
        if (!result.ok)
            bytes.clear();
    }
    if (out)
        *out = result;
    return bytes;
}

QList<QImage> PdfRenderer::renderPages(const DocumentTemplate& documentTemplate, const DocumentData& data,
                                       int dpi) const {
    const DocumentFonts& fonts = DocumentFonts::get();
    if (!fonts.ok() || dpi <= 0)
        return {};
    const bool draft =
        !missingFields(documentTemplate, data).isEmpty() || !numberProblem(documentTemplate, data).isEmpty();
    Layout layout(documentTemplate, data, fonts);
    QList<QImage> pages;
    const QSize size(qRound(PageWidth * dpi / Dpi), qRound(PageHeight * dpi / Dpi));
    for (int i = 0; i < layout.pageCount(); ++i) {
        QImage page(size, QImage::Format_RGB32);
        page.fill(Qt::white);
        // Fonts given in points resolve against the image's resolution: claim the layout's while painting.
        page.setDotsPerMeterX(qRound(Dpi / 0.0254));
        page.setDotsPerMeterY(qRound(Dpi / 0.0254));
        {
            QPainter painter(&page);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                                   QPainter::SmoothPixmapTransform);
            painter.scale(dpi / Dpi, dpi / Dpi);
            layout.paintPage(painter, i, draft);
        }
        page.setDotsPerMeterX(qRound(dpi / 0.0254));
        page.setDotsPerMeterY(qRound(dpi / 0.0254));
        pages << page;
    }
    return pages;
}

int PdfRenderer::pageCount(const DocumentTemplate& documentTemplate, const DocumentData& data) const {
    const DocumentFonts& fonts = DocumentFonts::get();
    if (!fonts.ok())
        return 0;
    return Layout(documentTemplate, data, fonts).pageCount();
}

} // namespace fieldcase::documents

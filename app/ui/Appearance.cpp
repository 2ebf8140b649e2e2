#include "Appearance.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace fieldcase::ui {

namespace {

// Black on white for text, black on yellow for controls: the combination that stays readable in
// direct sunlight on a glossy screen.
QPalette highContrastPalette() {
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xeb, 0x3b);
    QPalette palette(black, yellow, white, black, black, black, white, white, white);
    palette.setColor(QPalette::Window, white);
    palette.setColor(QPalette::Base, white);
    palette.setColor(QPalette::AlternateBase, QColor(0xff, 0xf9, 0xc4));
    palette.setColor(QPalette::Button, yellow);
    palette.setColor(QPalette::ButtonText, black);
    palette.setColor(QPalette::Highlight, black);
    palette.setColor(QPalette::HighlightedText, yellow);
    palette.setColor(QPalette::ToolTipBase, yellow);
    palette.setColor(QPalette::ToolTipText, black);
    palette.setColor(QPalette::PlaceholderText, QColor(0x40, 0x40, 0x40));
    palette.setColor(QPalette::Link, QColor(0x00, 0x00, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x50, 0x50, 0x50));
    return palette;
}

// Thick focus frames: the thin dotted focus rectangle disappears in sunlight.
const char* const HighContrastStyleSheet = R"(
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPushButton:focus, QToolButton:focus,
QCheckBox:focus, QAbstractItemView:focus { border: 3px solid black; }
QPushButton, QToolButton { border: 2px solid black; padding: 4px 12px; background: #ffeb3b; }
QPushButton:disabled { border-color: #808080; }
)";

const char* const TabletStyleSheet = R"(
QPushButton, QToolButton, QLineEdit, QComboBox, QAbstractSpinBox { min-height: 44px; }
QPushButton, QToolButton { min-width: 88px; }
QCheckBox { min-height: 44px; }
QCheckBox::indicator { width: 32px; height: 32px; }
QListView::item { min-height: 48px; }
QScrollBar:vertical { width: 24px; }
QScrollBar:horizontal { height: 24px; }
)";

// Tablet mode is a property of the whole application, like its font and style sheet.
const char* const TabletModeProperty = "fieldcaseTabletMode";

} // namespace

Appearance::Appearance()
    : m_platformStyle(QApplication::style()->name())
    , m_platformPalette(QApplication::palette())
    , m_platformFont(QApplication::font()) {}

void Appearance::apply(const UiSettings& settings) {
    // Fusion is the style that honours a custom palette on every platform.
    const QString styleName = settings.highContrast ? QStringLiteral("Fusion") : m_platformStyle;
    if (QApplication::style()->name().compare(styleName, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(settings.highContrast ? highContrastPalette() : m_platformPalette);

    // Before the style sheet: widgets ask for it when the font change reaches them.
    qApp->setProperty(TabletModeProperty, settings.tabletMode);

    QString styleSheet;
    if (settings.highContrast)
        styleSheet += QLatin1String(HighContrastStyleSheet);
    if (settings.tabletMode) {
        // Through the style sheet, not QApplication::setFont(): once a style sheet is set, widgets it
        // has polished no longer follow the application font.
        styleSheet += QStringLiteral("QWidget { font-size: %1pt; }\n")
                          .arg(m_platformFont.pointSizeF() * 1.4, 0, 'f', 1);
        styleSheet += QLatin1String(TabletStyleSheet);
    }
    qApp->setStyleSheet(styleSheet);
}

int Appearance::rowHeightFor(const QFont& font) {
    const int comfortable = QFontMetrics(font).height() * 7 / 4;
    return isTabletMode() ? qMax(comfortable, MinimumTouchTarget) : comfortable;
}

bool Appearance::isTabletMode() {
    return qApp->property(TabletModeProperty).toBool();
}

} // namespace fieldcase::ui

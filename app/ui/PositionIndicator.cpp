#include "PositionIndicator.h"

#include "PositionService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>

namespace fieldcase::ui {

PositionIndicator::PositionIndicator(const evidence::PositionService& position, QWidget* parent)
    : QWidget(parent)
    , m_position(position)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this)) {
    setObjectName("positionIndicator");
    m_icon->setObjectName("positionIcon");
    m_text->setObjectName("positionText");
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    connect(&position, &evidence::PositionService::changed, this, &PositionIndicator::refresh);
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &PositionIndicator::refresh);
    m_ageTimer.start();
    refresh();
}

QString PositionIndicator::text() const {
    return m_text->text();
}

void PositionIndicator::refresh() {
    const PositionStamp stamp = m_position.stamp();
    const QLocale locale;
    QStringList parts;
    if (!stamp.hasFix()) {
        parts << (m_position.status() == evidence::PositionService::Status::Waiting
                      ? tr("Waiting for a GPS fix")
                      : tr("No position"));
    } else {
        parts << (stamp.accuracyMeters >= 0
                      ? tr("Fix ±%1 m").arg(locale.toString(qRound(stamp.accuracyMeters)))
                      : tr("Fix, accuracy unknown"));
        if (stamp.satellitesInUse >= 0)
            parts << tr("%n satellite(s)", nullptr, stamp.satellitesInUse);
        parts << tr("%n s old", nullptr, int(stamp.fixAgeSeconds()));
        if (const std::optional<qint64> skew = stamp.clockSkewMs();
            skew && qAbs(*skew) >= NotableClockSkewMs) {
            const QString seconds = locale.toString(qAbs(*skew) / 1000);
            parts << (*skew > 0 ? tr("device clock %1 s ahead").arg(seconds)
                                : tr("device clock %1 s behind").arg(seconds));
        }
    }
    m_text->setText(parts.join(QStringLiteral(" · ")));

    m_warning = !stamp.hasFix() || stamp.isStale() || stamp.isPoor();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()
            ->standardIcon(m_warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton, nullptr,
                           this)
            .pixmap(iconSize, iconSize));
    QFont font = m_text->font();
    font.setBold(m_warning);
    m_text->setFont(font);

    QStringList tip;
    tip << m_position.statusText();
    if (!m_position.sourceDescription().isEmpty())
        tip << tr("Source: %1").arg(m_position.sourceDescription());
    if (stamp.hasFix()) {
        tip << tr("Position: %1, %2")
                   .arg(locale.toString(stamp.position->latitude, 'f', 6),
                        locale.toString(stamp.position->longitude, 'f', 6));
        if (stamp.gpsTime.isValid())
            tip << tr("GPS time: %1").arg(locale.toString(stamp.gpsTime.toLocalTime(), QLocale::LongFormat));
        if (stamp.isStale())
            tip << tr("The fix is older than %n second(s): a check-in now is marked stale.", nullptr,
                      PositionStamp::StaleAfterSeconds);
        if (stamp.isPoor())
            tip << tr("The fix is less accurate than %1 m: a check-in now is marked imprecise.")
                       .arg(locale.toString(PositionStamp::PoorBeyondMeters));
    }
    setToolTip(tip.join(QLatin1Char('\n')));
}

void PositionIndicator::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace fieldcase::ui

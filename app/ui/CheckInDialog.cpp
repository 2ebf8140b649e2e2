#include "CheckInDialog.h"
#include "ui_CheckInDialog.h"

#include <QLocale>

namespace fieldcase::ui {

CheckInDialog::CheckInDialog(const store::CheckIn& checkIn, const QString& subjectName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CheckInDialog>())
    , m_checkIn(checkIn)
    , m_subjectName(subjectName) {
    m_ui->setupUi(this);
    showCheckIn();
}

CheckInDialog::~CheckInDialog() = default;

QString CheckInDialog::distanceText(double meters) {
    const QLocale locale;
    if (meters < 1000)
        return tr("%1 m").arg(locale.toString(qRound(meters)));
    return tr("%1 km").arg(locale.toString(meters / 1000, 'f', 2));
}

QStringList CheckInDialog::warnings(const store::CheckIn& checkIn) {
    const CheckInAssessment assessment = checkIn.assessment();
    const PositionStamp& stamp = checkIn.stamp;
    QStringList warnings;
    if (!assessment.hasFix) {
        warnings << tr("There was no position fix: the check-in records no location.");
        return warnings;
    }
    if (assessment.beyondRadius)
        warnings
            << tr("%1 from the subject's registered location, beyond the check-in radius of %2. Make sure "
                  "this is the right site; the distance stays in the record.")
                   .arg(distanceText(*assessment.distanceMeters), distanceText(assessment.radiusMeters));
    if (!assessment.distanceMeters)
        warnings << tr("The subject has no registered location, so the distance cannot be checked.");
    if (assessment.stale)
        warnings << tr("The position fix was %n second(s) old.", nullptr, int(stamp.fixAgeSeconds()));
    if (assessment.poor)
        warnings << (stamp.accuracyMeters >= 0
                         ? tr("The position is imprecise (±%1).").arg(distanceText(stamp.accuracyMeters))
                         : tr("The receiver did not report how accurate the position is."));
    return warnings;
}

void CheckInDialog::showCheckIn() {
    const QLocale locale;
    const CheckInAssessment assessment = m_checkIn.assessment();
    const PositionStamp& stamp = m_checkIn.stamp;
    m_ui->subjectLabel->setText(tr("<b>%1</b>").arg(m_subjectName.toHtmlEscaped()));

    const QStringList warnings = CheckInDialog::warnings(m_checkIn);
    m_ui->warningLabel->setVisible(!warnings.isEmpty());
    m_ui->warningLabel->setText(warnings.join(QLatin1Char('\n')));

    if (assessment.distanceMeters)
        m_ui->distanceLabel->setText(
            tr("%1 (check-in radius %2)")
                .arg(distanceText(*assessment.distanceMeters), distanceText(assessment.radiusMeters)));
    else
        m_ui->distanceLabel->setText(assessment.hasFix ? tr("Unknown: no registered location")
                                                       : tr("Unknown: no position fix"));
    if (stamp.hasFix()) {
        const QString where = tr("%1, %2").arg(locale.toString(stamp.position->latitude, 'f', 6),
                                               locale.toString(stamp.position->longitude, 'f', 6));
        m_ui->positionLabel->setText(stamp.accuracyMeters >= 0
                                         ? tr("%1 (±%2)").arg(where, distanceText(stamp.accuracyMeters))
                                         : tr("%1 (accuracy unknown)").arg(where));
    } else {
        m_ui->positionLabel->setText(tr("No fix"));
    }
    m_ui->satellitesLabel->setText(stamp.satellitesInUse >= 0 ? locale.toString(stamp.satellitesInUse)
                                                              : tr("Not reported"));
    m_ui->checkedInLabel->setText(locale.toString(stamp.takenAt.toLocalTime(), QLocale::LongFormat));
    if (stamp.gpsTime.isValid()) {
        QString gpsTime = locale.toString(stamp.gpsTime.toLocalTime(), QLocale::LongFormat);
        if (const std::optional<qint64> skew = stamp.clockSkewMs()) {
            // Tenths of a second; a skew that rounds to nothing shows as 0.0, not -0.0.
            const double seconds = qRound64(*skew / 100.0) / 10.0;
            gpsTime += QLatin1Char('\n') + tr("Device clock minus GPS time: %1 s")
                                               .arg(locale.toString(seconds == 0 ? 0.0 : seconds, 'f', 1));
        }
        m_ui->gpsTimeLabel->setText(gpsTime);
    } else {
        m_ui->gpsTimeLabel->setText(tr("Not known"));
    }
    m_ui->sourceLabel->setText(stamp.source.isEmpty() ? tr("None") : stamp.source);
}

void CheckInDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showCheckIn();
    }
    QDialog::changeEvent(event);
}

} // namespace fieldcase::ui

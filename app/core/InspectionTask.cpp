#include "InspectionTask.h"

#include <QSet>

namespace fieldcase {

bool Inspection::hasEnoughCertifiedOfficers() const {
    // Count distinct people: the same officer listed twice is still one officer.
    QSet<QUuid> certified;
    for (const OfficerPresence& officer : officers) {
        if (!officer.certificateNumber.trimmed().isEmpty())
            certified.insert(officer.userId);
    }
    return certified.size() >= MinimumOfficers;
}

} // namespace fieldcase

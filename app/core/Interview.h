#pragma once

#include "InspectionTask.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace fieldcase {

// The person questioned in an interview record (调查询问笔录), as the form identifies them.
struct Interviewee {
    QString name;
    QString gender;
    QString idNumber;
    QString employer;
    QString position;
    QString phone;
    QString relation; // to the party of the case, e.g. 法定代表人, 环保负责人, 员工
    QString recusal;  // the answer to "do you ask for an officer's recusal?", asked before the questions
    bool operator==(const Interviewee&) const = default;
};

// One question of the officers and the interviewee's answer, in the words written down.
struct InterviewExchange {
    QString question;
    QString answer;
    bool operator==(const InterviewExchange&) const = default;
};

// An interview record of a case. A draft is edited freely; once the interviewee has signed and the
// officers confirm it, it is frozen (the store's triggers refuse any change), because the signed record is
// evidence (行政处罚法 Art. 55).
struct Interview {
    QUuid id;
    QUuid caseId;
    QDateTime startedAt;
    QDateTime endedAt;
    QString place;
    Interviewee interviewee;
    QList<OfficerPresence> officers;
    QString recorder;
    QList<InterviewExchange> exchanges;
    QString confirmation; // the interviewee's statement that the record matches what they said
    QDateTime confirmedAt;
    qint64 version = 0;

    bool isConfirmed() const { return confirmedAt.isValid(); }
};

} // namespace fieldcase

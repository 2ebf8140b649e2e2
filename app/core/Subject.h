#pragma once

#include "EnumTable.h"
#include "GeoPoint.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace fieldcase {

// Supervision class of a regulated subject; it decides how often random draws pick it.
enum class SubjectClass : quint8 { Key, General, Special };

template <> struct EnumTable<SubjectClass> {
    static constexpr const char* context = "SubjectClass";
    static constexpr EnumEntry<SubjectClass> entries[] = {
        {SubjectClass::Key, "key", QT_TRANSLATE_NOOP("SubjectClass", "Key discharger")},
        {SubjectClass::General, "general", QT_TRANSLATE_NOOP("SubjectClass", "General discharger")},
        {SubjectClass::Special, "special", QT_TRANSLATE_NOOP("SubjectClass", "Special supervision")},
    };
};

struct Contact {
    QString name;
    QString position; // e.g. 法定代表人, 环保负责人
    QString phone;
    bool operator==(const Contact&) const = default;
};

// 监管对象: a regulated enterprise or site.
struct Subject {
    QUuid id;
    QString name;
    QString creditCode; // validated with CreditCode
    QString address;
    std::optional<GeoPoint> position;
    QString industry;
    SubjectClass subjectClass = SubjectClass::General;
    QString dischargePermitNumber; // HJ 608: credit code + 3-digit sequence + letter
    QString grid;                  // 网格: the local supervision grid cell
    QList<Contact> contacts;
    qint64 version = 0;
};

} // namespace fieldcase

#pragma once

#include "Case.h"
#include "Subject.h"

#include <QRandomGenerator>

namespace fieldcase::demo {

// Makes plausible Chinese enforcement data from a fixed seed, so every demo profile and every
// benchmark profile has the same content. Credit codes are valid under GB 32100.
class Generator {
public:
    explicit Generator(quint32 seed = 20261121)
        : m_random(seed) {}

    Subject subject(int index);
    QString personName();
    QString phone();
    // A cause of action (案由) with the violation and the legal basis it rests on.
    struct CaseCause {
        QString cause;
        QString violation;
        QString legalBasis;
    };
    CaseCause caseCause();
    CaseState caseState();
    int bounded(int high) { return static_cast<int>(m_random.bounded(high)); }

    // A valid 18-character unified social credit code for an enterprise registered in `division`.
    QString creditCode(const QString& division);

private:
    template <typename T, std::size_t N> const T& pick(const T (&items)[N]) {
        return items[m_random.bounded(static_cast<quint32>(N))];
    }

    QRandomGenerator m_random;
};

} // namespace fieldcase::demo

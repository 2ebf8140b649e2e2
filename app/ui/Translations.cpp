#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace fieldcase::ui {

Translations::~Translations() {
    remove();
}

QString Translations::localeNameFor(Language language) {
    if (language == Language::System)
        language = QLocale::system().language() == QLocale::Chinese ? Language::Chinese : Language::English;
    return languageKey(language);
}

void Translations::apply(Language language) {
    const QString localeName = localeNameFor(language);
    if (localeName == m_installedLocale)
        return;
    remove();
    // Dates and numbers follow the language shown, not the system's.
    QLocale::setDefault(QLocale(localeName));
    if (m_fieldcase.load(QStringLiteral(":/i18n/fieldcase_%1.qm").arg(localeName)))
        QCoreApplication::installTranslator(&m_fieldcase);
    if (m_qt.load(QStringLiteral("qtbase_%1").arg(localeName),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_installedLocale = localeName;
}

void Translations::remove() {
    QCoreApplication::removeTranslator(&m_fieldcase);
    QCoreApplication::removeTranslator(&m_qt);
    m_installedLocale.clear();
}

} // namespace fieldcase::ui

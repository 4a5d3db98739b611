#include "apptranslator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace sf {

QStringList shippedLanguages()
{
    return {u"en"_s, u"de"_s};
}

QString installTranslator(QCoreApplication &app, const QString &language)
{
    const QString wanted = language.isEmpty() ? QLocale::system().name().left(2) : language.left(2);
    if (wanted == u"en"_s || !shippedLanguages().contains(wanted)) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return u"en"_s;
    }
    auto *translator = new QTranslator(&app);
    if (!translator->load(u":/i18n/soleflipper_"_s + wanted + u".qm"_s)) {
        delete translator;
        return u"en"_s;
    }
    app.installTranslator(translator);
    QLocale::setDefault(QLocale(wanted));
    return wanted;
}

} // namespace sf

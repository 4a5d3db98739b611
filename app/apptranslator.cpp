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
    QString wanted = language.isEmpty() ? QLocale::system().name().left(2) : language.left(2);
    if (!shippedLanguages().contains(wanted))
        wanted = u"en"_s;
    // English is the source language; its file only gives the plural forms ("1 pair", "2 pairs").
    auto *translator = new QTranslator(&app);
    if (!translator->load(u":/i18n/soleflipper_"_s + wanted + u".qm"_s)) {
        delete translator;
        wanted = u"en"_s;
    } else {
        app.installTranslator(translator);
    }
    QLocale::setDefault(wanted == u"en"_s ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(wanted));
    return wanted;
}

} // namespace sf

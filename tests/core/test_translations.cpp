// SPDX-License-Identifier: Apache-2.0
#include "support/CatchQt.h"
#include "util/CoreInit.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Untranslated
{
    QString context;
    QString source;
};

QList<Untranslated> untranslated(const QString& path, int* total)
{
    QList<Untranslated> missing;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        missing.append({QStringLiteral("(file)"), path});
        return missing;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    *total = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            ++*total;
        } else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            const bool unfinished = type == QLatin1String("unfinished");
            QString text;
            if (numerus) {
                // <numerusform> children
                while (xml.readNextStartElement())
                    text += xml.readElementText();
            } else {
                text = xml.readElementText();
            }
            if (unfinished || text.trimmed().isEmpty())
                missing.append({context, source});
        }
    }
    return missing;
}

} // namespace

TEST_CASE("Every user-visible string has a Korean translation", "[i18n]")
{
    int total = 0;
    const auto missing = untranslated(QStringLiteral(MINWON_SOURCE_DIR "/translations/minwon_ko.ts"), &total);
    CHECK(total > 100);
    for (const Untranslated& m : missing)
        UNSCOPED_INFO((m.context + QStringLiteral(": ") + m.source).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("The Korean catalogue is built into the program", "[i18n]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/minwon_ko.qm")));
    CHECK(translator.translate("Labels", "Available") == QStringLiteral("상담 가능"));
    CHECK(translator.translate("DbError", "The server refused the user name or password.")
              .contains(QStringLiteral("비밀번호")));
}

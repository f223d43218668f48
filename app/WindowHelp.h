#pragma once

// --help and --version of the window programs (aksara-desk, aksara-kiosk, aksara-reports), answered
// before a display, a window or a library is needed: an administrator can read them on a machine
// without a display, and the build makes the manual pages from them (help2man, packaging/).

#include "shell/AppContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdio>
#include <functional>
#include <utility>

namespace Aksara::App {

struct WindowHelp {
    QString synopsis;                               // after the program's name
    QString description;                            // one paragraph
    QList<std::pair<QString, QString>> options;     // the program's own, after --db and --lang
    QList<std::pair<QString, QString>> environment; // variables it reads, after AKSARA_DB and AKSARA_LANG
};

namespace Detail {
inline QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::App", text);
}

// Words of `text` in lines of at most 78 characters.
inline QString wrapped(const QString &text)
{
    QString out;
    qsizetype column = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (column > 0 && column + 1 + word.size() > 78) {
            out += QLatin1Char('\n');
            column = 0;
        } else if (column > 0) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out;
}

inline QString table(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = qMax(width, row.first.size());
    QString text;
    for (const auto &row : rows)
        text += QStringLiteral("  ") + row.first.leftJustified(width + 2) + row.second + QLatin1Char('\n');
    return text;
}
} // namespace Detail

// Returns -1 when the command line asks for neither --help nor --version, else prints the answer on
// stdout and returns 0. `help` is called once the messages speak --lang, AKSARA_LANG or the system's
// language.
inline int answerHelpOrVersion(int argc, char *argv[], const char *program, const std::function<WindowHelp()> &help)
{
    bool wantHelp = false;
    bool wantVersion = false;
    for (int i = 1; i < argc; ++i) {
        const QLatin1String a(argv[i]);
        wantHelp = wantHelp || a == QLatin1String("--help") || a == QLatin1String("-h");
        wantVersion = wantVersion || a == QLatin1String("--version");
    }
    if (wantVersion && !wantHelp) {
        std::printf("%s %s\n", program, AKSARA_VERSION);
        return 0;
    }
    if (!wantHelp)
        return -1;
    QCoreApplication app(argc, argv);
    Shell::installTranslations(Shell::parseCommonOptions(QCoreApplication::arguments()).language);
    using Detail::tr;
    const WindowHelp h = help();
    QList<std::pair<QString, QString>> options{
        {QStringLiteral("--db LIBRARY"),
         tr("an SQLite file or a postgresql:// URL (default: $AKSARA_DB, else the last one opened)")},
        {QStringLiteral("--lang id|en"), tr("the language of the window for this run")}};
    options += h.options;
    options += {{QStringLiteral("-h, --help"), tr("show this help and exit")},
                {QStringLiteral("--version"), tr("show the version and exit")}};
    QList<std::pair<QString, QString>> environment{
        {QStringLiteral("AKSARA_DB"), tr("the library, when --db is not given")},
        {QStringLiteral("AKSARA_LANG"), tr("id or en, when --lang is not given")}};
    environment += h.environment;
    const QString text = tr("Usage: %1 %2").arg(QLatin1String(program), h.synopsis) + QStringLiteral("\n\n")
                         + Detail::wrapped(h.description) + QStringLiteral("\n\n") + tr("Options:") + QLatin1Char('\n')
                         + Detail::table(options) + QLatin1Char('\n') + tr("Environment:") + QLatin1Char('\n')
                         + Detail::table(environment);
    std::fputs(text.toLocal8Bit().constData(), stdout);
    return 0;
}

} // namespace Aksara::App

#pragma once

#include "core/Clock.h"
#include "core/ServiceCore.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Aksara::Shell {

// What every Aksara program needs once it has a database: the clock, the database and the core.
// Built by app/*/main.cpp only.
struct AppContext {
    std::unique_ptr<Clock> clock;
    std::shared_ptr<Database> db;
    std::unique_ptr<ServiceCore> core;
    QString dbUrl;
    QString language;
};

// Options shared by all programs: --db PATH_OR_URL (or AKSARA_DB), --lang id|en.
struct CommonOptions {
    QString db;
    QString language;
    QStringList rest;
    QString error; // a usage error, for the program to print
};
CommonOptions parseCommonOptions(const QStringList &arguments);

// Opens an existing, up-to-date Aksara database. Errors are one sentence a person can act on
// (storage.not_found, storage.schema_old, storage.schema_newer, storage.unavailable, …).
Result<AppContext> openLibrary(const QString &dbUrl, std::unique_ptr<Clock> clock);

// Installs the translations of `language` ("id" or "en"; empty: the system locale, Indonesian
// for an Indonesian locale and English otherwise). Returns the language in use.
QString installTranslations(const QString &language);

// For the duration of a scope, messages made *in this thread* come in `language` ("id" or "en";
// anything else: the process's language), e.g. a SIP2 screen message in the patron's language;
// the previous language comes back at the end. Other threads are not affected, so the SIP2 worker
// threads can each answer a patron in their own language at once. (A translator installed once
// answers for the thread's language ahead of the process-wide ones; windows, which change the
// process's language with installTranslations, still get their LanguageChange events.)
class LanguageScope {
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    int m_previous;
};
bool indonesianActive();

// True when a graphical session is available (X11 or Wayland) or a Qt platform was chosen.
bool hasDisplay();

} // namespace Aksara::Shell

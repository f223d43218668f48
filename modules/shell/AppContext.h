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

// True when a graphical session is available (X11 or Wayland) or a Qt platform was chosen.
bool hasDisplay();

} // namespace Aksara::Shell

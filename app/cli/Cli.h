#pragma once

#include "core/Caller.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/ServiceCore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <memory>

namespace Aksara::Cli {

// Exit codes, documented in docs/cli.md and stable for scripts.
enum Exit : int { Ok = 0, Failure = 1, Usage = 2, Refused = 3 };

class Env;

// One command of the aksara tool: its words ("staff add"), what it does, its positional synopsis,
// its own options, and what it runs. Commands that set needsDatabase get an opened, up-to-date
// database and a service core from Env.
struct Command {
    QStringList words;
    QString summary;
    QString synopsis;
    std::function<void(QCommandLineParser &)> options;
    std::function<int(Env &)> run;
    bool needsDatabase = true;
};

class Registry {
public:
    void add(Command command) { m_commands << std::move(command); }
    const QList<Command> &commands() const { return m_commands; }
    // The command whose words are the longest prefix of `words`, or nullptr.
    const Command *find(const QStringList &words, int *consumed) const;

private:
    QList<Command> m_commands;
};

// What a running command works with.
class Env {
public:
    Env(const Clock &clock, QTextStream &out, QTextStream &err) : m_clock(clock), m_out(out), m_err(err) {}

    QCommandLineParser &parser() { return *m_parser; }
    QStringList args() const { return m_parser->positionalArguments(); }
    QString value(const QString &option) const { return m_parser->value(option); }
    bool isSet(const QString &option) const { return m_parser->isSet(option); }
    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const Clock &clock() const { return m_clock; }
    QString dbUrl() const { return m_dbUrl; }
    QString language() const { return m_language; }

    ServiceCore &core() { return *m_core; }
    Database &db() { return *m_db; }
    std::shared_ptr<Database> database() { return m_db; }
    const Caller &caller() const { return m_caller; }

    // Prints an error as one line on stderr (and, with --json, as an object on stdout) and returns
    // the exit code: Refused for a business refusal, Failure otherwise.
    int fail(const Error &error);
    int usage(const QString &message);
    void printJson(const QJsonValue &value);
    // Reads a secret from the terminal without echo (or a line from stdin when it is not a terminal).
    static QString readSecret(const QString &prompt);
    // Opens the library (--db, else AKSARA_DB) and the service core, as the local administrator or
    // the --as staff member. Without `create`, the schema must be up to date; with it, a missing
    // SQLite file is created and the schema created or upgraded (the names of what was applied
    // go to `applied`). A missing or malformed URL is the refusal cli.usage.
    Status openLibrary(bool create, QStringList *applied = nullptr);

private:
    friend int run(Registry &, const QStringList &, const Clock &);
    const Clock &m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser *m_parser = nullptr;
    bool m_json = false;
    QString m_dbUrl;
    QString m_asStaff;
    QString m_language;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<ServiceCore> m_core;
    Caller m_caller;
};

// Installs the translations of the language the command line asks for (--lang, else AKSARA_LANG,
// else the system's): called before the commands are registered, so that their summaries in
// --help are in that language too.
void installLanguage(const QStringList &arguments);

// Parses the command line (global options anywhere: --db, --as, --json, --lang, --help,
// --version), finds the command, opens the database it needs and runs it.
int run(Registry &registry, const QStringList &arguments, const Clock &clock);

// Formats an epoch-milliseconds instant for people, in the library's time zone.
QString localTime(qint64 ms);
QString isoUtc(qint64 ms);

} // namespace Aksara::Cli

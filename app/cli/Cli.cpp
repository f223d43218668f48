#include "Cli.h"

#include "core/FileModes.h"
#include "core/Migrator.h"
#include "shell/AppContext.h"
#include "core/StaffDirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace Aksara::Cli {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Aksara::Cli", text, disambiguation, n);
}

// "NAME=value" lines of a systemd EnvironmentFile ('#' or ';' starts a comment line; one pair of
// surrounding quotes is removed). A missing or unreadable file is empty.
QHash<QString, QString> readEnvironmentFile(const QString &path)
{
    QHash<QString, QString> values;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return values;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        const auto eq = line.indexOf(QLatin1Char('='));
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')) || eq <= 0)
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
            && value.endsWith(value.front()))
            value = value.mid(1, value.size() - 2);
        values.insert(line.left(eq).trimmed(), value);
    }
    return values;
}

// The value of `name` ("--db X" or "--db=X") in a list of words.
QString optionIn(const QStringList &words, const QString &name)
{
    QString found;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i) == name && i + 1 < words.size())
            found = words.at(++i);
        else if (words.at(i).startsWith(name + QLatin1Char('=')))
            found = words.at(i).mid(name.size() + 1);
    }
    return found;
}

// The `db` setting of aksara-server's configuration file (same syntax as the server reads).
QString configuredDb(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QString db;
    while (!f.atEnd()) {
        QString line = QString::fromUtf8(f.readLine());
        if (const auto hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        const auto eq = line.indexOf(QLatin1Char('='));
        if (eq < 0 || line.left(eq).trimmed() != QLatin1String("db"))
            continue;
        db = line.mid(eq + 1).trimmed();
        if (db.size() >= 2 && db.startsWith(QLatin1Char('"')) && db.endsWith(QLatin1Char('"')))
            db = db.mid(1, db.size() - 2);
    }
    return db;
}

// The library of the installed server, found the way its systemd unit finds it: the unit reads
// /etc/default/aksara-server and runs "aksara-server $AKSARA_SERVER_OPTS", so a --db there wins,
// then the db of the configuration file (--config there, else /etc/aksara/server.conf), then
// AKSARA_DB of /etc/default/aksara-server. AKSARA_SYSCONFDIR replaces /etc (tests use it).
QString installedLibrary()
{
    QString etc = qEnvironmentVariable("AKSARA_SYSCONFDIR");
    if (etc.isEmpty())
        etc = QStringLiteral("/etc");
    const auto unitEnvironment = readEnvironmentFile(etc + QStringLiteral("/default/aksara-server"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList options =
        unitEnvironment.value(QStringLiteral("AKSARA_SERVER_OPTS")).split(space, Qt::SkipEmptyParts);
    QString db = optionIn(options, QStringLiteral("--db"));
    if (db.isEmpty()) {
        QString config = optionIn(options, QStringLiteral("--config"));
        db = configuredDb(config.isEmpty() ? etc + QStringLiteral("/aksara/server.conf") : config);
    }
    if (db.isEmpty())
        db = unitEnvironment.value(QStringLiteral("AKSARA_DB"));
    return db;
}

// The SQLite file a library URL names, or empty (PostgreSQL, or not a URL).
QString sqliteFile(const QString &url)
{
    auto config = DatabaseConfig::parse(url);
    return config.ok() && config->isSqlite() ? QFileInfo(config->path).absoluteFilePath() : QString();
}

// A library file that root has just created in a directory belonging to another account (the
// installed server's /var/lib/aksara belongs to the aksara system user) is given to that account
// and the directory's group, readable and writable by both when that group is the staff group and
// may write there (by the owner only otherwise: core/FileModes.h), never by others: the server, and
// the desks of users in that group, must be able to write it, and it holds personal data. SQLite
// gives the -wal and -shm files it creates later the database file's owner and mode.
void handOverToDirectoryOwner(const QString &file)
{
    struct stat dir {};
    if (geteuid() != 0 || ::stat(QFile::encodeName(QFileInfo(file).absolutePath()).constData(), &dir) != 0
        || dir.st_uid == 0)
        return;
    const mode_t mode = mode_t(FileModes::newFileMode(file));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QByteArray path = QFile::encodeName(file + suffix);
        struct stat st {};
        if (::lstat(path.constData(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != 0)
            continue;
        if (::chown(path.constData(), dir.st_uid, dir.st_gid) != 0 || ::chmod(path.constData(), mode) != 0)
            std::fprintf(stderr, "aksara: %s\n",
                         qPrintable(tr("could not give %1 to the owner of its directory: %2")
                                        .arg(QFile::decodeName(path), QString::fromLocal8Bit(strerror(errno)))));
    }
}

void printHelp(const Registry &registry, QTextStream &out)
{
    out << tr("Usage: aksara [--db PATH_OR_URL] [--as STAFF] [--json] [--lang id|en] COMMAND [OPTIONS]") << "\n\n"
        << tr("Aksara integrated library system: set-up, import/export and scripting.") << "\n\n"
        << tr("Global options:") << "\n"
        << "  --db PATH_OR_URL  " << tr("SQLite file or postgresql:// URL (default: $AKSARA_DB, else the installed server's)") << "\n"
        << "  --as STAFF        " << tr("act as this staff member (password from $AKSARA_PASSWORD or a prompt)") << "\n"
        << "  --json            " << tr("print machine-readable JSON") << "\n"
        << "  --lang id|en      " << tr("language of messages") << "\n\n"
        << tr("Commands:") << "\n";
    int width = 0;
    for (const Command &c : registry.commands())
        width = qMax(width, int(c.words.join(QLatin1Char(' ')).size()));
    for (const Command &c : registry.commands())
        out << "  " << c.words.join(QLatin1Char(' ')).leftJustified(width + 2) << c.summary << "\n";
    out << "\n" << tr("Exit codes: 0 ok, 1 failure, 2 usage error, 3 refused by a business rule.") << "\n"
        << tr("Run \"aksara COMMAND --help\" for a command's options.") << "\n";
}
} // namespace

const Command *Registry::find(const QStringList &words, int *consumed) const
{
    const Command *best = nullptr;
    int bestLen = 0;
    for (const Command &c : m_commands) {
        const int n = int(c.words.size());
        if (n > words.size() || n <= bestLen)
            continue;
        if (words.mid(0, n) == c.words) {
            best = &c;
            bestLen = n;
        }
    }
    *consumed = bestLen;
    return best;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString localTime(qint64 ms)
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Jakarta"));
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int Env::fail(const Error &error)
{
    m_err << "aksara: " << error.message << " [" << error.code << "]\n";
    m_err.flush();
    if (m_json) {
        QJsonObject o{{QStringLiteral("outcome"), error.isRefusal() ? QStringLiteral("refused") : QStringLiteral("failed")},
                      {QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}}}};
        QJsonArray reasons = error.details.value(QStringLiteral("reasons")).toArray();
        if (reasons.isEmpty())
            reasons.append(QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}});
        o.insert(QStringLiteral("reasons"), reasons);
        printJson(o);
    }
    return error.isRefusal() ? Refused : Failure;
}

int Env::usage(const QString &message)
{
    m_err << "aksara: " << message << "\n";
    m_err.flush();
    return Usage;
}

void Env::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

QString Env::readSecret(const QString &prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        fprintf(stderr, "%s", qPrintable(prompt));
        fflush(stderr);
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    (void)in.open(stdin, QIODevice::ReadOnly);
    const QString line = QString::fromUtf8(in.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        fprintf(stderr, "\n");
    }
    return line;
}

Status Env::openLibrary(bool create, QStringList *applied)
{
    if (m_dbUrl.isEmpty())
        m_dbUrl = qEnvironmentVariable("AKSARA_DB");
    if (m_dbUrl.isEmpty())
        return Error::refused(QStringLiteral("cli.usage"), tr("no database given: use --db PATH_OR_URL or set AKSARA_DB."));
    auto config = DatabaseConfig::parse(m_dbUrl);
    if (!config.ok())
        return Error::refused(QStringLiteral("cli.usage"), config.error().message);
    auto db = Database::open(*config, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    if (!db.ok())
        return db.error();
    m_db = *db;
    // Without --as, the actor is the operating-system account running the program (getpwuid), not
    // $USER: whoever can open the database here can write it, so acts with every right, but the
    // record names who really did it.
    m_caller = Caller::localAdministrator(Caller::osAccountName());
    Migrator migrator(*m_db, m_clock);
    if (create) {
        // Creates the schema, or upgrades it.
        auto done = migrator.migrate(m_caller);
        if (!done.ok())
            return done.error();
        if (applied) {
            for (const Migration &m : std::as_const(*done))
                *applied << QStringLiteral("%1/%2_%3").arg(m.component).arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name);
        }
    } else {
        auto state = migrator.state();
        if (!state.ok())
            return state.error();
        if (!state->unknown.isEmpty())
            return Error::failed(QStringLiteral("storage.schema_newer"),
                                 tr("This database was upgraded by a newer Aksara; use that version."));
        if (!state->tooOld.isEmpty())
            return Error::failed(QStringLiteral("storage.schema_too_old"),
                                 tr("This database was made by an Aksara older than 0.1.0; upgrade it with Aksara 0.1.0 "
                                    "first."));
        if (!state->pending.isEmpty())
            return Error::failed(QStringLiteral("storage.schema_old"),
                                 state->applied.isEmpty()
                                     ? tr("%1 is not an Aksara database (run: aksara init --db %1).").arg(DatabaseConfig::redacted(m_dbUrl))
                                     : tr("The database needs upgrading (run: aksara init --db %1).").arg(DatabaseConfig::redacted(m_dbUrl)));
    }
    m_core = std::make_unique<ServiceCore>(m_db, m_clock);
    if (!m_asStaff.isEmpty()) {
        QString password = qEnvironmentVariable("AKSARA_PASSWORD");
        if (password.isEmpty())
            password = Env::readSecret(tr("Password for %1: ").arg(m_asStaff));
        StaffDirectory staff(*m_core);
        auto account = staff.authenticate(m_caller, m_asStaff, password);
        if (!account.ok())
            return account.error();
        m_caller = StaffDirectory::callerFor(*account, Channel::Cli, QString());
    }
    return {};
}

void installLanguage(const QStringList &arguments)
{
    QString language = qEnvironmentVariable("AKSARA_LANG");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (a.startsWith(QLatin1String("--lang=")))
            language = a.mid(7);
    }
    if (language != QLatin1String("id") && language != QLatin1String("en"))
        language.clear(); // run() says what is wrong with it
    Shell::installTranslations(language);
}

int run(Registry &registry, const QStringList &arguments, const Clock &clock)
{
    static QTextStream out(stdout);
    static QTextStream err(stderr);
    Env env(clock, out, err);

    // Global options may stand anywhere on the line.
    QStringList rest;
    bool help = false;
    bool version = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto takeValue = [&](const QString &name, QString *target) -> int {
            if (a == name) {
                if (i + 1 >= arguments.size())
                    return -1;
                *target = arguments.at(++i);
                return 1;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                *target = a.mid(name.size() + 1);
                return 1;
            }
            return 0;
        };
        int r = 0;
        for (auto [name, target] : {std::pair{QStringLiteral("--db"), &env.m_dbUrl},
                                    std::pair{QStringLiteral("--as"), &env.m_asStaff},
                                    std::pair{QStringLiteral("--lang"), &env.m_language}}) {
            r = takeValue(name, target);
            if (r != 0) {
                if (r < 0)
                    return env.usage(tr("%1 needs a value.").arg(name));
                break;
            }
        }
        if (r > 0)
            continue;
        if (a == QLatin1String("--json"))
            env.m_json = true;
        else if (a == QLatin1String("--version"))
            version = true;
        else if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            help = true;
        else
            rest << a;
    }
    if (!env.m_language.isEmpty() && env.m_language != QLatin1String("id") && env.m_language != QLatin1String("en"))
        return env.usage(tr("--lang is id or en."));
    // Messages follow --lang, else AKSARA_LANG, else the system locale; JSON keys and codes never change.
    env.m_language = Shell::installTranslations(env.m_language.isEmpty() ? qEnvironmentVariable("AKSARA_LANG")
                                                                          : env.m_language);
    if (version) {
        out << "aksara " << QCoreApplication::applicationVersion() << "\n";
        return Ok;
    }
    QStringList words;
    for (const QString &a : std::as_const(rest)) {
        if (a.startsWith(QLatin1Char('-')))
            break;
        words << a;
    }
    int consumed = 0;
    const Command *command = registry.find(words, &consumed);
    if (!command) {
        if (words.isEmpty()) {
            printHelp(registry, help ? out : err);
            return help ? Ok : Usage;
        }
        return env.usage(tr("unknown command \"%1\" (see aksara --help).").arg(words.join(QLatin1Char(' '))));
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(command->summary);
    if (command->options)
        command->options(parser);
    if (!command->synopsis.isEmpty())
        parser.addPositionalArgument(command->synopsis, QString());
    QStringList commandArgs{QStringLiteral("aksara ") + command->words.join(QLatin1Char(' '))};
    commandArgs << rest.mid(consumed);
    if (!parser.parse(commandArgs))
        return env.usage(parser.errorText());
    if (help) {
        // Qt names the program by its path; people type "aksara <command>".
        QString text = parser.helpText();
        text.replace(arguments.first(), QStringLiteral("aksara ") + command->words.join(QLatin1Char(' ')));
        out << text;
        return Ok;
    }
    env.m_parser = &parser;

    // The library: --db, else AKSARA_DB, else the installed server's (so that an administrator can
    // type "sudo aksara setup" or "aksara status" on the server's machine).
    if (env.m_dbUrl.isEmpty())
        env.m_dbUrl = qEnvironmentVariable("AKSARA_DB");
    if (env.m_dbUrl.isEmpty())
        env.m_dbUrl = installedLibrary();
    const QString file = sqliteFile(env.m_dbUrl);
    const bool fileExisted = file.isEmpty() || QFileInfo::exists(file);

    if (command->needsDatabase) {
        if (Status st = env.openLibrary(false); !st.ok())
            return st.error().code == QLatin1String("cli.usage") ? env.usage(st.error().message) : env.fail(st.error());
    }
    const int code = command->run(env);
    if (!fileExisted && QFileInfo::exists(file))
        handOverToDirectoryOwner(file);
    out.flush();
    err.flush();
    return code;
}

} // namespace Aksara::Cli

#include "Cli.h"

#include "core/Migrator.h"
#include "shell/AppContext.h"
#include "core/StaffDirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Aksara::Cli {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Aksara::Cli", text, disambiguation, n);
}

QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = geteuid() == 0 ? QStringLiteral("root") : QString::number(geteuid());
    return user;
}

void printHelp(const Registry &registry, QTextStream &out)
{
    out << tr("Usage: aksara [--db PATH_OR_URL] [--as STAFF] [--json] [--lang id|en] COMMAND [OPTIONS]") << "\n\n"
        << tr("Aksara integrated library system: set-up, import/export and scripting.") << "\n\n"
        << tr("Global options:") << "\n"
        << "  --db PATH_OR_URL  " << tr("SQLite file or postgresql:// URL (default: $AKSARA_DB)") << "\n"
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
    m_caller = Caller::localAdministrator(osUser());
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
                                     ? tr("%1 is not an Aksara database (run: aksara init --db %1).").arg(m_dbUrl)
                                     : tr("The database needs upgrading (run: aksara init --db %1).").arg(m_dbUrl));
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

    if (command->needsDatabase) {
        if (Status st = env.openLibrary(false); !st.ok())
            return st.error().code == QLatin1String("cli.usage") ? env.usage(st.error().message) : env.fail(st.error());
    }
    const int code = command->run(env);
    out.flush();
    err.flush();
    return code;
}

} // namespace Aksara::Cli

// aksara-server's settings (ServerSettings): defaults, the configuration file, a flag winning over
// it, and each refusal with the message the server prints before it exits with status 2.
#include "server/ServerSettings.h"

#include "QtCatch.h"

#include <catch2/catch.hpp>

#include <QCommandLineParser>
#include <QFile>
#include <QTemporaryDir>

using namespace Aksara;
using namespace Aksara::Server;

namespace {
Result<ServerSettings> load(const QStringList &args, const QString &environmentDb = {})
{
    QCommandLineParser parser;
    ServerSettings::addOptions(parser);
    REQUIRE(parser.parse(QStringList{QStringLiteral("aksara-server")} + args));
    return ServerSettings::load(parser, environmentDb);
}

QString refusal(const QStringList &args)
{
    auto s = load(args);
    REQUIRE_FALSE(s.ok());
    return s.error().message;
}

QString writeConfig(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("server.conf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    return path;
}
} // namespace

TEST_CASE("server settings: defaults, the HTTP limits, and a flag winning over the file", "[server][settings]")
{
    auto d = load({QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite")});
    REQUIRE(d.ok());
    CHECK(d->httpPort == 8080);
    CHECK(d->httpAddress == QHostAddress(QStringLiteral("127.0.0.1")));
    CHECK(d->httpMaxConnections == 512);
    CHECK(d->httpMaxPerAddress == 32);
    CHECK(d->httpHeaderTimeout == 10);
    CHECK(d->httpBodyTimeout == 30);
    CHECK(d->httpIdleTimeout == 15);
    CHECK(d->httpMaxBody == 65536);
    CHECK(d->httpThreads == 0);
    CHECK(d->sip2Threads == 1);
    CHECK(d->sip2MaxConnections == 256);
    CHECK(d->sip2MaxPerAddress == 64);
    CHECK(d->sip2LoginTimeout == 60);
    CHECK(d->sruDatabase == QLatin1String("aksara"));
    CHECK_FALSE(d->tls.has_value());

    QTemporaryDir dir;
    const QString conf = writeConfig(dir, "db = /tmp/y.sqlite\nhttp-max-connections = 100 # total\nhttp-max-per-address=4\n"
                                          "http-header-timeout = 2\nhttp-threads = 3\nhttp-max-body = \"4096\"\n");
    auto f = load({QStringLiteral("--config"), conf, QStringLiteral("--http-max-per-address"), QStringLiteral("8")});
    REQUIRE(f.ok());
    CHECK(f->db == QLatin1String("/tmp/y.sqlite"));
    CHECK(f->configPath == conf);
    CHECK(f->httpMaxConnections == 100);
    CHECK(f->httpMaxPerAddress == 8); // the flag wins
    CHECK(f->httpHeaderTimeout == 2);
    CHECK(f->httpThreads == 3);
    CHECK(f->httpMaxBody == 4096);
    CHECK(f->descriptorsNeeded() == 100 + 256 + 256); // HTTP, SIP2's default cap, the margin

    // SIP2's caps: 0 lifts a cap (then 1,024 connections are counted for the open-files check).
    auto s = load({QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite"), QStringLiteral("--sip2-max-connections"),
                   QStringLiteral("0"), QStringLiteral("--sip2-max-per-address"), QStringLiteral("8"),
                   QStringLiteral("--sip2-login-timeout"), QStringLiteral("15")});
    REQUIRE(s.ok());
    CHECK(s->sip2MaxConnections == 0);
    CHECK(s->sip2MaxPerAddress == 8);
    CHECK(s->sip2LoginTimeout == 15);
    CHECK(s->descriptorsNeeded() == 512 + 1024 + 256);

    auto env = load({}, QStringLiteral("/tmp/env.sqlite"));
    REQUIRE(env.ok());
    CHECK(env->db == QLatin1String("/tmp/env.sqlite"));
}

TEST_CASE("server settings refuse bad values, naming the setting", "[server][settings]")
{
    const QString db = QStringLiteral("--db");
    const QString path = QStringLiteral("/tmp/x.sqlite");
    CHECK(refusal({}).contains(QLatin1String("no database given")));
    CHECK(refusal({db, path, QStringLiteral("--http-max-connections"), QStringLiteral("0")})
          == QLatin1String("bad --http-max-connections (1 to 1000000)."));
    CHECK(refusal({db, path, QStringLiteral("--http-max-per-address"), QStringLiteral("many")})
          == QLatin1String("bad --http-max-per-address (1 to 1000000)."));
    CHECK(refusal({db, path, QStringLiteral("--http-body-timeout"), QStringLiteral("3601")})
          == QLatin1String("bad --http-body-timeout (1 to 3600)."));
    CHECK(refusal({db, path, QStringLiteral("--http-max-body"), QStringLiteral("10")})
          == QLatin1String("bad --http-max-body (1024 to 67108864)."));
    CHECK(refusal({db, path, QStringLiteral("--http-threads"), QStringLiteral("0")})
          == QLatin1String("bad --http-threads (auto or 1 to 256)."));
    CHECK(refusal({db, path, QStringLiteral("--sip2-max-per-address"), QStringLiteral("-1")})
          == QLatin1String("bad --sip2-max-per-address (0 to 1000000)."));
    CHECK(refusal({db, path, QStringLiteral("--sip2-login-timeout"), QStringLiteral("1d")})
          == QLatin1String("bad --sip2-login-timeout (0 to 86400)."));
    CHECK(refusal({db, path, QStringLiteral("--http-port"), QStringLiteral("70000")}) == QLatin1String("bad --http-port or --http-address."));
    CHECK(refusal({db, path, QStringLiteral("--sip2-charset"), QStringLiteral("latin1")}).startsWith(QLatin1String("bad --sip2-port")));
    CHECK(refusal({db, path, QStringLiteral("--sru-database"), QStringLiteral("health")}).startsWith(QLatin1String("bad --sru-max-records")));
    CHECK(refusal({db, path, QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent.pem")})
          == QLatin1String("--tls-cert and --tls-key go together."));
    CHECK(refusal({db, path, QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent.pem"), QStringLiteral("--tls-key"),
                   QStringLiteral("/nonexistent.key")})
              .contains(QLatin1String("cannot read a PEM certificate from /nonexistent.pem")));

    QTemporaryDir dir;
    CHECK(refusal({QStringLiteral("--config"), writeConfig(dir, "db = x\nhttp-max-body = 1\n")}) == QLatin1String("bad --http-max-body (1024 to 67108864)."));
    CHECK(refusal({QStringLiteral("--config"), writeConfig(dir, "db = x\nhttp-max-conections = 5\n")})
              .endsWith(QLatin1String(":2: unknown setting 'http-max-conections'")));
    CHECK(refusal({QStringLiteral("--config"), writeConfig(dir, "http-port\n")}).endsWith(QLatin1String(":1: expected 'name = value'")));
    CHECK(refusal({QStringLiteral("--config"), dir.filePath(QStringLiteral("none.conf"))})
              .startsWith(QLatin1String("cannot read the configuration file")));
}

TEST_CASE("server settings: the open-files limit is raised to the hard limit, with a warning when the caps do not fit", "[server][settings]")
{
    CHECK(ServerSettings::raiseFileLimit(16).isEmpty());
    const QString warning = ServerSettings::raiseFileLimit(2'000'000'000);
    // No system gives two billion descriptors to a process: the warning says what to do.
    CHECK(warning.contains(QLatin1String("LimitNOFILE")));
    CHECK(warning.contains(QLatin1String("2000000000")));
}

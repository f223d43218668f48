#include "core/DatabaseConfig.h"

#include <catch2/catch.hpp>

using Aksara::DatabaseConfig;

TEST_CASE("a file path or sqlite: URL means SQLite", "[storage]")
{
    for (const char *text : {"/var/lib/aksara/library.sqlite", "demo.db", "sqlite:///tmp/x.db", "sqlite:rel/x.db"}) {
        auto c = DatabaseConfig::parse(QString::fromLatin1(text));
        REQUIRE(c.ok());
        CHECK(c->isSqlite());
    }
    CHECK(DatabaseConfig::parse(QStringLiteral("sqlite:///tmp/x.db"))->path == QStringLiteral("/tmp/x.db"));
}

TEST_CASE("postgresql URLs are parsed with their parts", "[storage]")
{
    auto c = DatabaseConfig::parse(QStringLiteral("postgresql://lib:s%40cret@db.example:6543/aksara?sslmode=require"));
    REQUIRE(c.ok());
    CHECK_FALSE(c->isSqlite());
    CHECK(c->host == QStringLiteral("db.example"));
    CHECK(c->port == 6543);
    CHECK(c->user == QStringLiteral("lib"));
    CHECK(c->password == QStringLiteral("s@cret"));
    CHECK(c->database == QStringLiteral("aksara"));
    CHECK(c->options.contains(QStringLiteral("sslmode=require")));
    CHECK_FALSE(c->displayName().contains(QStringLiteral("cret")));

    auto sock = DatabaseConfig::parse(QStringLiteral("postgres://postgres@/lib?host=/tmp/sock&port=54329"));
    REQUIRE(sock.ok());
    CHECK(sock->host == QStringLiteral("/tmp/sock"));
    CHECK(sock->port == 54329);
}

TEST_CASE("malformed database URLs are refused with a clear error", "[storage]")
{
    for (const char *text : {"", "   ", "mysql://x/y", "postgresql://host", "postgresql://host/db?port=abc",
                             "postgresql://host/db?bogus=1", "postgresql://host:99999999/db", "sqlite:"}) {
        auto c = DatabaseConfig::parse(QString::fromLatin1(text));
        INFO(text);
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().code == QStringLiteral("storage.bad_url"));
        CHECK_FALSE(c.error().message.isEmpty());
    }
}

#include "core/SqlScript.h"

#include <catch2/catch.hpp>

TEST_CASE("migration scripts split into statements", "[storage]")
{
    const QString script = QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
        "INSERT INTO a VALUES ('it''s; fine');\n"
        "CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no; way');\n    SELECT 1;\nEND;\n"
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'x';\nEND;\n$$;\n"
        "CREATE TRIGGER u BEFORE DELETE ON a FOR EACH ROW EXECUTE FUNCTION f();\n"
        "SELECT 2");
    const QStringList s = Aksara::splitSqlScript(script);
    REQUIRE(s.size() == 6);
    CHECK(s[0].startsWith(QStringLiteral("CREATE TABLE a")));
    CHECK(s[1] == QStringLiteral("INSERT INTO a VALUES ('it''s; fine')"));
    CHECK(s[2].startsWith(QStringLiteral("CREATE TRIGGER t")));
    CHECK(s[2].endsWith(QStringLiteral("END")));
    CHECK(s[3].contains(QStringLiteral("RAISE EXCEPTION")));
    CHECK(s[4].startsWith(QStringLiteral("CREATE TRIGGER u")));
    CHECK(s[5] == QStringLiteral("SELECT 2"));
}

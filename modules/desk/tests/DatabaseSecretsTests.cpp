// Issue 14, part 3: no window keeps a database password (docs/security.md, "Least privilege"). The
// database dialog every window opens with (modules/shell) and what the windows remember.
#include "QtCatch.h"

#include "shell/DatabaseDialog.h"
#include "shell/GuiMain.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Aksara;

namespace {
QByteArray contents(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
} // namespace

TEST_CASE("windows: a remembered database password is used once and removed from the settings", "[gui][security]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("aksara-desk.conf"));
    {
        // As an older version left it.
        QSettings old(ini, QSettings::IniFormat);
        old.setValue(QStringLiteral("database/url"), QStringLiteral("postgresql://aksara_app:Sekr3t-Pw@db.local:5432/aksara"));
    }
    REQUIRE(contents(ini).contains("Sekr3t-Pw"));
    QSettings settings(ini, QSettings::IniFormat);
    // This start still connects with it...
    CHECK(Shell::takeRememberedDatabase(settings) == QStringLiteral("postgresql://aksara_app:Sekr3t-Pw@db.local:5432/aksara"));
    // ...and the file no longer holds it.
    CHECK_FALSE(contents(ini).contains("Sekr3t-Pw"));
    CHECK(settings.value(QStringLiteral("database/url")).toString() == QStringLiteral("postgresql://aksara_app@db.local:5432/aksara"));
    CHECK(Shell::takeRememberedDatabase(settings) == QStringLiteral("postgresql://aksara_app@db.local:5432/aksara"));

    Shell::rememberDatabase(settings, QStringLiteral("postgresql://aksara_app@db.local/aksara?password=Sekr3t-Pw&sslmode=require"));
    CHECK_FALSE(contents(ini).contains("Sekr3t-Pw"));
    CHECK(settings.value(QStringLiteral("database/url")).toString() == QStringLiteral("postgresql://aksara_app@db.local/aksara?sslmode=require"));
    Shell::rememberDatabase(settings, QStringLiteral("/var/lib/aksara/library.sqlite"));
    CHECK(settings.value(QStringLiteral("database/url")).toString() == QStringLiteral("/var/lib/aksara/library.sqlite"));
}

TEST_CASE("windows: the database dialog asks for the password in its own field and never shows it", "[gui][security]")
{
    Shell::DatabaseDialog dialog(QStringLiteral("postgresql://aksara_app:Sekr3t-Pw@127.0.0.1:1/aksara?connect_timeout=2"));
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
    REQUIRE(url);
    REQUIRE(password);
    REQUIRE(message);
    REQUIRE(test);
    CHECK(dialog.findChild<QRadioButton *>(QStringLiteral("postgresRadio"))->isChecked());
    // The remembered password is not shown, not even in the password field.
    CHECK(url->text() == QStringLiteral("postgresql://aksara_app@127.0.0.1:1/aksara?connect_timeout=2"));
    CHECK(password->text().isEmpty());
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(password->isEnabled());

    password->setText(QStringLiteral("Typed-Pw"));
    CHECK(dialog.url() == QStringLiteral("postgresql://aksara_app@127.0.0.1:1/aksara?connect_timeout=2"));
    CHECK(dialog.connectionUrl().contains(QStringLiteral("Typed-Pw")));
    // The server cannot be reached: the message names it, without the password.
    QTest::mouseClick(test, Qt::LeftButton);
    CHECK_FALSE(message->property("ok").toBool());
    CHECK(message->text().contains(QStringLiteral("127.0.0.1")));
    CHECK_FALSE(message->text().contains(QStringLiteral("Typed-Pw")));

    // A password typed into the URL is not remembered either.
    password->clear();
    url->setText(QStringLiteral("postgresql://aksara_app:In-Url-Pw@127.0.0.1:1/aksara"));
    CHECK(dialog.url() == QStringLiteral("postgresql://aksara_app@127.0.0.1:1/aksara"));
    CHECK(dialog.connectionUrl().contains(QStringLiteral("In-Url-Pw")));
    QTest::mouseClick(test, Qt::LeftButton);
    CHECK_FALSE(message->text().contains(QStringLiteral("In-Url-Pw")));

    // SQLite: no password field.
    dialog.findChild<QRadioButton *>(QStringLiteral("sqliteRadio"))->setChecked(true);
    CHECK_FALSE(password->isEnabled());
}
